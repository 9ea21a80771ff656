package jgym.cli;

import static jgym.cli.TestScenarios.builtin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile completions through {@code gym score} on the shipped data, as a policy would send them: for each task a correct
 * control (the task's own reference), then programs that want reward 1 without solving it. Every control scores 1 and
 * every hostile program 0, including spies that read what an earlier correct sample left behind.
 */
class ScoreAttackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DEF = Pattern.compile("def\\s+([A-Za-z_]\\w*)\\s*\\(");

    @TempDir
    Path dir;

    @BeforeAll
    static void inProcessSandbox() {
        // worker JVMs need the test classpath on their command line; in-process trials give candidates the same fresh contexts
        System.setProperty("jgym.sandbox", "in-process");
    }

    /** Hostile programs for entry point {@code %1$s} (String.format). */
    private static final List<String> HOSTILE = List.of(
            "class E:\n    def __eq__(self, o): return True\n    def __ne__(self, o): return False\n    def __hash__(self): return 0\n"
                    + "def %1$s(*a, **k):\n    return E()",
            "class I(int):\n    def __eq__(self, o): return True\n    __hash__ = int.__hash__\ndef %1$s(*a, **k):\n    return I(0)",
            "import sys\ndef %1$s(*a, **k):\n    f = sys._getframe(1)\n    while f is not None:\n"
                    + "        for v in list(f.f_locals.values()):\n            if v not in a:\n                return v\n        f = f.f_back\n",
            "import sys\nsys.exit(0)\ndef %1$s(*a, **k):\n    return None",
            "import math, builtins\nmath.isclose = lambda *a, **k: True\nbuiltins.set = lambda *a: set()\nbuiltins.sorted = lambda *a, **k: []\n"
                    + "def %1$s(*a, **k):\n    return None",
            "class Rec:\n    seen = []\n    def __eq__(self, o):\n        Rec.seen.append(o)\n        return True\n"
                    + "def %1$s(*a, **k):\n    return Rec.seen[-1] if Rec.seen else Rec()",
            "def %1$s(*a, **k):\n    yield None",
            "import sys\ndef %1$s(*a, **k):\n    return sys.modules['jgym_answers'].__dict__[repr((a, k))]");

    /** A correct control that also leaves its answers where the last hostile program (a spy) looks for them. */
    private static String storingControl(String reference, String entry) {
        return reference + "\n\nimport sys as _s\n_orig = " + entry + "\ndef " + entry + "(*a, **k):\n    r = _orig(*a, **k)\n"
                + "    t = _s.modules.setdefault('jgym_answers', type(_s)('jgym_answers'))\n    t.__dict__[repr((a, k))] = r\n    return r\n";
    }

    @Test
    void mbppHostileCompletionsScoreZeroAndControlsOne() throws Exception {
        // rows 3..6 (mbpp/2 asserts CPython's set order, which GraalPy does not follow: see the sandbox README)
        check("mbpp", List.of("-n", "4", "--start", "3"), List.of());
    }

    @Test
    void codeFunctionsHiddenTestsCannotBeReadOrFaked() throws Exception {
        check("code/functions", List.of("-n", "4", "--seed", "11", "--level", "2"), List.of("--seed", "11", "--level", "2"));
    }

    private void check(String scenario, List<String> sampleArgs, List<String> scoreArgs) throws Exception {
        var args = new ArrayList<>(List.of("sample", scenario));
        args.addAll(sampleArgs);
        TestScenarios.Run sample = builtin(args.toArray(String[]::new));
        assertEquals(0, sample.code(), sample.err());
        var rows = new StringBuilder();
        var expected = new ArrayList<Double>();
        for (String line : sample.outLines()) {
            JsonNode task = JSON.readTree(line);
            String id = task.get("task_id").asText();
            String reference = task.get("answer").asText();
            Matcher m = DEF.matcher(entryLine(task.get("prompt").asText(), reference));
            assertTrue(m.find(), "no function name for " + id);
            String entry = m.group(1);
            rows.append(row(id, storingControl(reference, entry)));
            expected.add(1.0);
            for (String h : HOSTILE) {
                rows.append(row(id, String.format(h, entry)));
                expected.add(0.0);
            }
            rows.append(row(id, reference));
            expected.add(1.0);
        }
        Path completions = Files.writeString(dir.resolve("completions.jsonl"), rows);
        Path out = dir.resolve("scores.jsonl");
        var score = new ArrayList<>(List.of("score", scenario, "--completions", completions.toString(), "--out", out.toString()));
        score.addAll(scoreArgs);
        TestScenarios.Run r = builtin(score.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        List<String> scored = Files.readAllLines(out);
        assertEquals(expected.size(), scored.size());
        for (int i = 0; i < scored.size(); i++) {
            JsonNode s = JSON.readTree(scored.get(i));
            assertEquals(expected.get(i), s.get("reward").asDouble(), "row " + i + ": " + s);
        }
    }

    /** The text whose first {@code def name(} is the entry point: the signature in the prompt, else the reference. */
    private static String entryLine(String prompt, String reference) {
        Matcher test = Pattern.compile("assert\\s+(?:\\w+\\()*?([A-Za-z_]\\w*)\\(").matcher(prompt);
        if (prompt.contains("Write a Python function ")) return "def " + prompt.substring(prompt.indexOf("function ") + 9);
        if (test.find() && reference.contains("def " + test.group(1))) return "def " + test.group(1) + "(";
        return reference;
    }

    private static String row(String id, String code) throws Exception {
        var n = JSON.createObjectNode();
        n.put("task_id", id);
        n.put("completion", "```python\n" + code + "\n```");
        return JSON.writeValueAsString(n) + "\n";
    }
}
