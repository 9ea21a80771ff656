package jgym.rewards.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import jgym.env.Gold;
import jgym.env.RewardResult;
import jgym.env.Rubric;
import jgym.env.Score;
import jgym.env.Task;
import jgym.env.code.CodeRunner;
import jgym.env.code.CodeRunners;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.RunnerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The test rewards on the real GraalPy sandbox: passes, partial passes, hangs, early exits and monkey-patching. */
class TestsRewardSandboxTest {
    private static CodeRunner runner;
    private static Rubric rubric;
    private static CodeTester tester;

    private static final Task ADD = new Task("t/add", "test", 1, "Write add(a, b).",
            new Gold.Tests("python", "", List.of("assert add(1, 2) == 3", "assert add(-1, 1) == 0", "assert add(0, 0) == 0"),
                    "add", "def add(a, b):\n    return a + b\n"), "");
    private static final Task SORT = new Task("t/sort", "test", 1, "Write f(xs).",
            new Gold.Tests("python", "", List.of("assert sorted(f([3, 1])) == [1, 3]", "assert set(f([2])) == {2}"),
                    "f", "def f(xs):\n    return xs\n"), "");

    @BeforeAll
    static void start() {
        runner = CodeRunners.create(RunnerConfig.inProcess(RunnerConfig.Isolation.FRESH_CONTEXT, 2));
        // short enough for the hanging test, long enough for a cold context on a loaded machine
        Limits limits = Limits.defaults().withWallTime(Duration.ofSeconds(4)).withCpuTime(Duration.ofSeconds(4));
        tester = CodeRubrics.tester(() -> runner, CodeExtractor.last(), limits);
        rubric = CodeRubrics.tests(tester);
    }

    @AfterAll
    static void stop() {
        if (runner != null) runner.close();
    }

    private static String py(String code) {
        return "<think>\nok\n</think>\n<answer>\n```python\n" + code + "\n```\n</answer>";
    }

    @Test
    void anUnfencedAnswerCannotSwallowTheHarnessOrTheTest() {
        // a line continuation, an open string or an open bracket at the end of the solution reached the next line of the
        // old one-program harness; a trial evaluates the solution on its own, so each is a syntax error
        Limits limits = Limits.defaults().withWallTime(Duration.ofSeconds(4)).withCpuTime(Duration.ofSeconds(4));
        CodeTester unfenced = CodeRubrics.tester(() -> runner, CodeExtractor.last().withUnfencedFallback(), limits);
        for (String tail : List.of(" \\", "\n'''", "\nx = (", "\nif False:")) {
            String completion = "<answer>\ndef add(a, b):\n    return 0" + tail + "\n</answer>";
            var v = unfenced.verify(ADD, completion);
            assertTrue(v instanceof Verification.Tested, v.reason());
            var report = ((Verification.Tested) v).report();
            assertEquals(List.of(Verdict.RAISED, Verdict.RAISED, Verdict.RAISED),
                    report.cases().stream().map(TestCase::verdict).toList(), tail + " -> " + report.describe());
            assertTrue(report.cases().get(0).detail().startsWith("SyntaxError") || report.cases().get(0).detail().startsWith("IndentationError"),
                    report.describe());
        }
    }

    @Test
    void aCorrectSolutionPassesEveryTest() {
        RewardResult r = rubric.evaluate(ADD, py("def add(a, b):\n    return a + b"));
        assertEquals(1.0, r.total());
        assertEquals(1.0, r.component("tests_passed").valueOr(-1));
        assertEquals(1.0, r.component("format").valueOr(-1));
        assertEquals("3/3 tests passed", r.reason());
    }

    @Test
    void theReferenceAndTheOracleCompletionPass() {
        assertEquals(1.0, rubric.evaluate(ADD, ADD.oracleCompletion()).total());
        assertTrue(tester.run(Language.PYTHON, (Gold.Tests) SORT.gold(), ((Gold.Tests) SORT.gold()).reference()).allPassed());
    }

    @Test
    void oneFailingTestCostsOnlyItsShare() {
        RewardResult r = rubric.evaluate(ADD, py("def add(a, b):\n    return abs(a) + b"));
        assertEquals(0.0, r.total());
        assertEquals(2.0 / 3.0, r.component("tests_passed").valueOr(-1), 1e-12);
        assertEquals("2/3 tests passed; test 2 assertion_failed: AssertionError", r.reason());
    }

    @Test
    void aHangingTestTimesOutWithoutHidingTheOthers() {
        var report = ((Verification.Tested) tester.verify(ADD, py("def add(a, b):\n    while a < 0:\n        pass\n    return a + b"))).report();
        assertEquals(List.of(Verdict.PASSED, Verdict.TIMED_OUT, Verdict.PASSED),
                report.cases().stream().map(TestCase::verdict).toList());
    }

    @Test
    void exitingEarlyNeverPasses() {
        for (String exit : List.of("import sys\nsys.exit(0)", "raise SystemExit(0)", "import os\nos._exit(0)",
                "import sys\nsys.exit()")) {
            String code = "def add(a, b):\n    return a + b\n" + exit;
            var report = ((Verification.Tested) tester.verify(ADD, py(code))).report();
            assertEquals(0, report.passed(), exit + " -> " + report.describe());
            assertEquals(0.0, rubric.evaluate(ADD, py(code)).total(), exit);
        }
        String inFunction = "def add(a, b):\n    raise SystemExit(0)";
        var report = ((Verification.Tested) tester.verify(ADD, py(inFunction))).report();
        assertEquals(List.of(Verdict.EXITED_EARLY, Verdict.EXITED_EARLY, Verdict.EXITED_EARLY),
                report.cases().stream().map(TestCase::verdict).toList());
    }

    @Test
    void shadowingOrPatchingBuiltinsTheTestsUseDoesNotPass() {
        for (String attack : List.of(
                "sorted = lambda *a, **k: [1, 3]\nset = lambda *a: {2}\ndef f(xs):\n    return None",
                "import builtins\nbuiltins.sorted = lambda *a, **k: [1, 3]\nbuiltins.set = lambda *a: {2}\ndef f(xs):\n    return None")) {
            var report = ((Verification.Tested) tester.verify(SORT, py(attack))).report();
            assertEquals(0, report.passed(), attack + " -> " + report.describe());
        }
    }

    @Test
    void anObjectThatClaimsToEqualAnythingDoesNotPass() {
        for (String attack : List.of(
                "class E:\n    def __eq__(self, other):\n        return True\ndef add(a, b):\n    return E()",
                "class E:\n    def __eq__(self, other):\n        return True\ndef add(a, b):\n    return [(E(),)][0][0]")) {
            var report = ((Verification.Tested) tester.verify(ADD, py(attack))).report();
            assertEquals(List.of(Verdict.RAISED, Verdict.RAISED, Verdict.RAISED),
                    report.cases().stream().map(TestCase::verdict).toList(), attack + " -> " + report.describe());
            assertTrue(report.cases().get(0).detail().startsWith("TypeError: add() returned a value that is a E, not plain data"),
                    report.describe());
        }
        // a subclass of int crosses as the int it holds: its own __eq__ never runs where the test compares
        var sub = ((Verification.Tested) tester.verify(ADD, py("class E(int):\n    __eq__ = int.__ne__\ndef add(a, b):\n    return E(987654321)"))).report();
        assertEquals(List.of(Verdict.ASSERTION_FAILED, Verdict.ASSERTION_FAILED, Verdict.ASSERTION_FAILED),
                sub.cases().stream().map(TestCase::verdict).toList(), sub.describe());
        // a library class with its own comparison is fine
        RewardResult counter = rubric.evaluate(SORT, py("from collections import Counter\ndef f(xs):\n    return Counter(xs)"));
        assertEquals(1.0, counter.total(), counter.reason());
        // a helper class that is not returned is fine
        String fine = "class Acc:\n    def __init__(self):\n        self.total = 0\ndef add(a, b):\n    acc = Acc()\n"
                + "    acc.total = a + b\n    return acc.total";
        assertEquals(1.0, rubric.evaluate(ADD, py(fine)).total());
    }

    @Test
    void theResultCheckCostsARecursiveSolutionNoStackDepth() {
        // 600 levels: within Python's default limit of 1000 frames, but not if every level paid for a wrapper frame
        Task deep = new Task("t/deep", "test", 1, "Write depth(n).", new Gold.Tests("python", "", List.of("assert depth(600) == 600"),
                "depth", "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\n"), "");
        assertEquals(1.0, rubric.evaluate(deep, deep.oracleCompletion()).total(), rubric.evaluate(deep, deep.oracleCompletion()).reason());
    }

    @Test
    void patchingPrintDoesNotHideACorrectSolution() {
        String code = "import builtins, sys\nbuiltins.print = lambda *a, **k: None\nsys.stdout = None\ndef f(xs):\n    return xs";
        assertEquals(1.0, rubric.evaluate(SORT, py(code)).total());
    }

    @Test
    void javascriptTestsRunWithTheSameHarness() {
        Task js = new Task("t/js", "test", 1, "Write add(a, b).", new Gold.Tests("js", "",
                List.of("if (add(1, 2) !== 3) throw new Error('add(1, 2)');", "if (add(-1, 1) !== 0) throw new Error('add(-1, 1)');"),
                "add", "function add(a, b) { return a + b; }"), "");
        assertEquals(1.0, rubric.evaluate(js, "```javascript\nfunction add(a, b) { return a + b; }\n```").total());
        var report = ((Verification.Tested) tester.verify(js, "```js\nfunction add(a, b) { return Math.abs(a) + b; }\n```")).report();
        assertEquals(List.of(Verdict.PASSED, Verdict.RAISED), report.cases().stream().map(TestCase::verdict).toList());
    }

    @Test
    void noCodeScoresZeroAndOtherGoldIsNotApplicable() {
        Score none = rubric.evaluate(ADD, "I don't know").component("correct");
        assertEquals(new Score.Value(0.0, "no code block found in the completion"), none);
        Task math = new Task("t/m", "test", 1, "1+1?", new Gold.Answer("2"), "");
        Score na = rubric.evaluate(math, py("print(2)")).component("correct");
        assertFalse(na.applicable());
        assertEquals(0.0, rubric.evaluate(ADD, "<answer>banana</answer>").total());
    }
}
