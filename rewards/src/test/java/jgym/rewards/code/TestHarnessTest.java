package jgym.rewards.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import jgym.env.Gold;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Trial;
import org.junit.jupiter.api.Test;

class TestHarnessTest {
    private static final Duration MS = Duration.ofMillis(1);
    private final TestHarness harness = new TestHarness(Limits.defaults());
    private final Gold.Tests gold = new Gold.Tests("python", "K = 2\r\n",
            List.of("assert f(1) == 2", "assert f(3) == 6"), "f", "def f(x):\r\n\treturn K * x");

    @Test
    void theTrialCarriesSetupSolutionTestsAndEntryPointWithLineEndingsNormalised() {
        Trial t = harness.trial(Language.PYTHON, gold, gold.reference());
        assertEquals(new Trial(Language.PYTHON, "K = 2\n", "def f(x):\n\treturn K * x",
                List.of("assert f(1) == 2", "assert f(3) == 6"), "f", Limits.defaults()), t);
    }

    @Test
    void theClassesTheReferenceDefinesAreTheOnesTestsMayBuildObjectsOf() {
        var pairs = new Gold.Tests("python", "", List.of("assert longest([Pair(1, 2)]) == 1"), "longest",
                "class Pair(object): \r\n\tdef __init__(self, a, b): \r\n\t\tself.a = a\r\nclass  Node:\n    pass\n"
                        + "def longest(ps):\n    class Inner:\n        pass\n    return len(ps)");
        assertEquals(List.of("Pair", "Node"), harness.trial(Language.PYTHON, pairs, "x = 1").sharedClasses());
    }

    @Test
    void anEntryPointThatIsNoNameIsLeftEmpty() {
        var odd = new Gold.Tests("python", "", List.of("assert True"), "not a name", "x = 1");
        assertEquals("", harness.trial(Language.PYTHON, odd, "x = 1").entryPoint());
    }

    @Test
    void onlyACompletedTestPasses() {
        assertEquals(Verdict.PASSED, TestHarness.verdict(new Outcome.Completed("noise\n", "", "", MS)));
        assertEquals(Verdict.PASSED, TestHarness.verdict(new Outcome.Completed("", "", "", MS)));
    }

    @Test
    void failuresMapByErrorType() {
        assertEquals(Verdict.ASSERTION_FAILED, TestHarness.verdict(failed("AssertionError")));
        assertEquals(Verdict.EXITED_EARLY, TestHarness.verdict(failed("SystemExit")));
        assertEquals(Verdict.EXITED_EARLY, TestHarness.verdict(failed("builtins.SystemExit")));
        assertEquals(Verdict.RAISED, TestHarness.verdict(failed("NameError")));
        assertEquals(Verdict.RAISED, TestHarness.verdict(failed("SyntaxError")));
        assertEquals(Verdict.TIMED_OUT, TestHarness.verdict(new Outcome.TimedOut(Duration.ofSeconds(5), "", "", Duration.ofSeconds(5))));
        assertEquals(Verdict.LIMIT_EXCEEDED, TestHarness.verdict(new Outcome.LimitExceeded(Outcome.Resource.OUTPUT, "65536 bytes", "", "", MS)));
        assertEquals(Verdict.DENIED, TestHarness.verdict(new Outcome.Denied(Outcome.Operation.FILE, "open('/etc/passwd')", "", "", MS)));
    }

    @Test
    void testCasesCarryAReadableDetail() {
        TestCase c = harness.testCase(gold, 1, new Outcome.Failed("NameError", "name 'K' is not defined", "tb", "", "", MS));
        assertEquals(new TestCase(1, "assert f(3) == 6", Verdict.RAISED, "NameError: name 'K' is not defined", MS), c);
        TestCase t = harness.testCase(gold, 0, new Outcome.TimedOut(Duration.ofSeconds(5), "", "", Duration.ofSeconds(5)));
        assertEquals("no result within 5000 ms", t.detail());
        TestCase a = harness.testCase(gold, 0, new Outcome.Failed("AssertionError", "AssertionError", "", "", "", MS));
        assertEquals("AssertionError", a.detail());
        String huge = "x".repeat(10_000);
        TestCase h = harness.testCase(gold, 0, new Outcome.Failed("ValueError", huge, "", "", "", MS));
        assertEquals(TestHarness.MAX_DETAIL + 3, h.detail().length());
    }

    @Test
    void reportsCountAndDescribeTheFirstFailure() {
        var report = new TestReport(List.of(
                new TestCase(0, "a", Verdict.PASSED, "", MS),
                new TestCase(1, "b", Verdict.ASSERTION_FAILED, "AssertionError", MS),
                new TestCase(2, "c", Verdict.TIMED_OUT, "no result within 5000 ms", MS)));
        assertEquals(1, report.passed());
        assertEquals(1.0 / 3.0, report.fraction(), 0.0);
        assertFalse(report.allPassed());
        assertEquals("1/3 tests passed; test 2 assertion_failed: AssertionError", report.describe());
    }

    @Test
    void rejectsATestIndexOutOfRange() {
        var e = assertThrows(IllegalArgumentException.class, () -> harness.testCase(gold, 2, failed("AssertionError")));
        assertTrue(e.getMessage().contains("index") && e.getMessage().contains("2"), e.getMessage());
    }

    private static Outcome failed(String type) {
        return new Outcome.Failed(type, "", "", "", "", MS);
    }
}
