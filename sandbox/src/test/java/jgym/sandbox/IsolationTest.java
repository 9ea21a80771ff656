package jgym.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.stream.Stream;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import jgym.env.code.RunnerConfig.Isolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No state leaks from one program to the next in a recycled context: each case runs a poisoning program, then a
 * victim whose expected output is written by hand, on one runner with a single context slot (checked: the victim ran
 * in the same context as the poison, so the test would fail if restoration did not happen).
 */
class IsolationTest {
    private static GraalRunner recycled;

    @BeforeAll
    static void start() {
        recycled = new GraalRunner(Isolation.RECYCLED_CONTEXT, 1);
    }

    @AfterAll
    static void stop() {
        recycled.close();
    }

    static Stream<Arguments> poisons() {
        return Stream.of(
                Arguments.of("rebind print", "import builtins\nbuiltins.print = lambda *a, **k: None", "print('victim')", "victim\n"),
                Arguments.of("rebind len in builtins", "import builtins\nbuiltins.len = lambda x: 7", "print(len([1, 2]))", "2\n"),
                Arguments.of("global variable", "secret = 41\nimport __main__\n__main__.secret = 41", "print('secret' in globals())", "False\n"),
                Arguments.of("fake module in sys.modules", "import sys, types\nm = types.ModuleType('math')\nm.sqrt = lambda x: 3\nsys.modules['math'] = m",
                        "import math\nprint(math.sqrt(16))", "4.0\n"),
                Arguments.of("new module attribute", "import math\nmath.pi = 3", "import math\nprint(round(math.pi, 5))", "3.14159\n"),
                Arguments.of("patched stdlib class", "import collections\ncollections.Counter.most_common = lambda self, n=None: [('x', 99)]",
                        "from collections import Counter\nprint(Counter('aab').most_common(1))", "[('a', 2)]\n"),
                Arguments.of("replaced function code", "import heapq\nheapq.nlargest.__code__ = (lambda n, it, key=None: [0]).__code__",
                        "import heapq\nprint(heapq.nlargest(2, [1, 5, 3]))", "[5, 3]\n"),
                Arguments.of("AssertionError rebound", "import builtins\nclass Quiet(Exception): pass\nbuiltins.AssertionError = Quiet",
                        "try:\n    assert False\nexcept AssertionError:\n    print('caught')", "caught\n"),
                Arguments.of("regex cache poisoned", "import re\nre._cache.clear()\nre.compile('a+')\nfor k in list(re._cache): re._cache[k] = re.compile('b+')",
                        "import re\nprint(bool(re.match('a+', 'aaa')))", "True\n"),
                Arguments.of("recursion limit lowered", "import sys\nsys.setrecursionlimit(60)",
                        "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(200))", "200\n"),
                Arguments.of("stdout replaced", "import sys, io\nsys.stdout = io.StringIO()", "print('seen')", "seen\n"),
                Arguments.of("import hook", "import sys\nclass Hook:\n    def find_spec(self, name, path, target=None):\n        raise ImportError('blocked')\nsys.meta_path.insert(0, Hook())",
                        "import sys\nprint(type(sys.meta_path[0]).__name__ != 'Hook')\nimport fractions\nprint(fractions.Fraction(1, 2))", "True\n1/2\n"),
                Arguments.of("builtins deleted", "import builtins\ndel builtins.sorted\ndel builtins.range", "print(sorted(range(3), reverse=True))", "[2, 1, 0]\n"),
                Arguments.of("int str digits and defaults", "import functools\nfunctools.reduce.__doc__ = 'x'\nimport textwrap\ntextwrap.dedent.__defaults__ = None",
                        "import functools\nprint(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))", "24\n"),
                Arguments.of("stdin left half read", "import sys\nprint(sys.stdin.readline().strip())", "import sys\nprint(repr(sys.stdin.read()))", "''\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poisons")
    void aPoisonedContextIsRestoredBeforeTheNextProgram(String name, String poison, String victim, String expected) {
        int before = recycled.recycledContextsCreated();
        recycled.run(new Program(jgym.env.code.Language.PYTHON, poison, "first line\nsecond line\n", jgym.env.code.Limits.defaults()));
        Outcome o = recycled.run(Program.python(victim));
        Outcome.Completed c = assertInstanceOf(Outcome.Completed.class, o, o::toString);
        assertEquals(expected, c.stdout());
        int after = recycled.recycledContextsCreated();
        assertEquals(before == 0 ? 1 : before, after, "victim must have run in the poisoned (recycled) context");
    }

    @Test
    void aFreshContextSeesNoEarlierGlobalEither() {
        try (GraalRunner fresh = new GraalRunner(Isolation.FRESH_CONTEXT, 1)) {
            fresh.run(Program.python("import builtins\nbuiltins.print = None\nx = 1"));
            Outcome.Completed c = assertInstanceOf(Outcome.Completed.class, fresh.run(Program.python("print('x' in globals())")));
            assertEquals("False\n", c.stdout());
        }
    }
}
