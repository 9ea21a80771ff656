package jgym.sandbox;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import jgym.env.code.RunnerConfig.Isolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Programs that try to learn about the host: what comes back names no path, pid, kernel release or load. */
class HostFactsTest {
    private static GraalRunner runner;

    @BeforeAll
    static void start() {
        runner = new GraalRunner(Isolation.FRESH_CONTEXT, 1);
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    private static final List<String> PROBES = List.of(
            "import os\nprint(os.uname())",
            "import posix\nprint(posix.uname(), posix.getpid())",
            "import os\nprint(os.getpid(), os.getppid(), os.getloadavg())",
            "import sys\nprint(sys.prefix, sys.exec_prefix, sys.executable, sys.path)",
            "import re, json\nprint(re.__file__, json.__file__)",
            "import json\njson.loads('{')",
            "import os\nprint(dict(os.environ))",
            "import sys\nprint(sys.version, sys.platform)",
            "import sysconfig\nprint(sysconfig.get_paths())",
            "import importlib.util\nprint(importlib.util.find_spec('collections').origin)");

    @Test
    void noProbeLearnsAHostFact() {
        String home = System.getProperty("user.home");
        String kernel = System.getProperty("os.version");
        String pid = Long.toString(ProcessHandle.current().pid());
        for (String probe : PROBES) {
            Outcome o = runner.run(Program.python(probe));
            String all = o.toString();
            assertFalse(all.contains(home + "/"), probe + " -> " + all);
            assertFalse(all.contains(".cache/org.graalvm"), probe + " -> " + all);
            assertFalse(all.contains(kernel), probe + " -> " + all);
            assertFalse(all.matches("(?s).*\\b" + pid + "\\b.*"), probe + " -> " + all);
            assertFalse(all.contains(System.getProperty("java.home")), probe + " -> " + all);
        }
    }
}
