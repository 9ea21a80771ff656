package jgym.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Trial;
import org.junit.jupiter.api.Test;

/**
 * The program a whole-program runner (SandboxFusion) gets for one test, run here by the local CPython as such a service
 * would: MBPP 601's reference passes, and an entry point of any kind that returns an always-equal object is refused by
 * the guard's result filter. (What this path still cannot stop, a walk up to the test's frame, is in the README.)
 */
class SingleProgramTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String SENTINEL = "__jgym_end_0123456789abcdef0123456789abcdef";

    /** stdout and stderr of the program for test 0, run by {@code python3 -I}. */
    private static String run(String solution) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(PYTHON), "no CPython at " + PYTHON);
        Trial t = new Trial(Language.PYTHON, "", solution, List.of(TrialHacksTest.CHAIN.get(0)), "max_chain_length",
                Limits.defaults(), List.of("Pair"));
        Process p = new ProcessBuilder(PYTHON.toString(), "-I", "-c", SingleProgram.program(t, 0, SENTINEL).source())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Test
    void theReferencePassesAndAlwaysEqualEntryPointsOfAnyKindAreRefused() throws Exception {
        assertEquals(SENTINEL, run(TrialHacksTest.PAIR + TrialHacksTest.GREEDY).strip());
        String pair = "class Pair:\n    def __init__(self, a, b):\n        pass\n" + TrialHacksTest.ALWAYS;
        for (String entry : List.of("def max_chain_length(*a):\n    return E()\n",
                "class max_chain_length:\n    def __new__(cls, *a):\n        return E()\n",
                "import functools\ndef make(*a):\n    return E()\nmax_chain_length = functools.partial(make)\n",
                "class M(type):\n    def __call__(cls, *a):\n        return E()\nclass max_chain_length(metaclass=M):\n    pass\n")) {
            String out = run(pair + entry);
            assertTrue(out.contains("TypeError: max_chain_length() returned a E, not plain data") && !out.contains(SENTINEL), out);
        }
    }
}
