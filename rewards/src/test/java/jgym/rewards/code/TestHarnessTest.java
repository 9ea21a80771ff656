package jgym.rewards.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import jgym.env.Gold;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import org.junit.jupiter.api.Test;

class TestHarnessTest {
    private static final Duration MS = Duration.ofMillis(1);
    private final TestHarness harness = new TestHarness(Limits.defaults());
    private final Gold.Tests gold = new Gold.Tests("python", "K = 2\r\n",
            List.of("assert f(1) == 2", "assert f(3) == 6"), "f", "def f(x):\r\n\treturn K * x");

    @Test
    void eachTestGetsItsOwnProgramInTheOrderSetupSolutionTestSentinel() {
        Program p = harness.program(Language.PYTHON, gold, gold.reference(), 1);
        String sentinel = TestHarness.sentinel(gold.reference(), "assert f(3) == 6", 1);
        String expected = TestHarness.PYTHON_GUARD + "K = 2\n\ndef f(x):\n\treturn K * x\n__jgym_restore((), \"f\")\n"
                + "assert f(3) == 6\nprint(\"" + sentinel + "\")\n";
        assertEquals(expected, p.source());
        assertEquals(Language.PYTHON, p.language());
        assertEquals("", p.stdin());
        assertFalse(p.source().contains("assert f(1) == 2"), "test 0 must not be in test 1's program");
    }

    @Test
    void theRestoreCallNamesTheTestsIdentifiersButNotTheEntryPointOrAttributes() {
        assertEquals("(\"math_\", \"set\", \"sorted\", \"x\", )",
                TestHarness.pythonNames("assert set(f(x)) == sorted(math_.y) and not None", "f"));
        assertEquals("(\"math\", )", TestHarness.pythonNames("assert math.isclose(f(1), 2.0)", "f"));
        assertEquals("()", TestHarness.pythonNames("assert f(1) == 2", "f"));
    }

    @Test
    void sentinelsAreStableAndDifferPerSolutionAndTest() {
        String a = TestHarness.sentinel("def f(): pass", "assert f() is None", 0);
        assertEquals(a, TestHarness.sentinel("def f(): pass", "assert f() is None", 0));
        assertNotEquals(a, TestHarness.sentinel("def f(): pass", "assert f() is None", 1));
        assertNotEquals(a, TestHarness.sentinel("def f(): return 1", "assert f() is None", 0));
        assertNotEquals(a, TestHarness.sentinel("def f(): pass", "assert f() == None", 0));
        assertTrue(a.matches("__jgym_test_end_[0-9a-f]{16}"), a);
    }

    @Test
    void onlyACompletedRunThatPrintedTheSentinelPasses() {
        String s = TestHarness.sentinel(gold.reference(), gold.tests().get(0), 0);
        assertEquals(Verdict.PASSED, verdict(new Outcome.Completed("noise\n" + s + "\n", "", "", MS)));
        assertEquals(Verdict.PASSED, verdict(new Outcome.Completed("no newline" + s + "\n\n", "", "", MS)));
        assertEquals(Verdict.EXITED_EARLY, verdict(new Outcome.Completed("", "", "", MS)));
        assertEquals(Verdict.EXITED_EARLY, verdict(new Outcome.Completed(s + "\nprinted after the sentinel\n", "", "", MS)));
        String other = TestHarness.sentinel(gold.reference(), gold.tests().get(1), 1);
        assertEquals(Verdict.EXITED_EARLY, verdict(new Outcome.Completed(other + "\n", "", "", MS)));
    }

    @Test
    void failuresMapByErrorType() {
        assertEquals(Verdict.ASSERTION_FAILED, verdict(failed("AssertionError")));
        assertEquals(Verdict.EXITED_EARLY, verdict(failed("SystemExit")));
        assertEquals(Verdict.EXITED_EARLY, verdict(failed("builtins.SystemExit")));
        assertEquals(Verdict.RAISED, verdict(failed("NameError")));
        assertEquals(Verdict.RAISED, verdict(failed("SyntaxError")));
        assertEquals(Verdict.TIMED_OUT, verdict(new Outcome.TimedOut(Duration.ofSeconds(5), "", "", Duration.ofSeconds(5))));
        assertEquals(Verdict.LIMIT_EXCEEDED, verdict(new Outcome.LimitExceeded(Outcome.Resource.OUTPUT, "65536 bytes", "", "", MS)));
        assertEquals(Verdict.DENIED, verdict(new Outcome.Denied(Outcome.Operation.FILE, "open('/etc/passwd')", "", "", MS)));
    }

    @Test
    void testCasesCarryAReadableDetail() {
        TestCase c = harness.testCase(gold, gold.reference(), 1, new Outcome.Failed("NameError", "name 'K' is not defined", "tb", "", "", MS));
        assertEquals(new TestCase(1, "assert f(3) == 6", Verdict.RAISED, "NameError: name 'K' is not defined", MS), c);
        TestCase t = harness.testCase(gold, gold.reference(), 0, new Outcome.TimedOut(Duration.ofSeconds(5), "", "", Duration.ofSeconds(5)));
        assertEquals("no result within 5000 ms", t.detail());
        String huge = "x".repeat(10_000);
        TestCase h = harness.testCase(gold, gold.reference(), 0, new Outcome.Failed("ValueError", huge, "", "", "", MS));
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
        var e = assertThrows(IllegalArgumentException.class, () -> harness.program(Language.PYTHON, gold, "x", 2));
        assertTrue(e.getMessage().contains("index") && e.getMessage().contains("2"), e.getMessage());
    }

    private Verdict verdict(Outcome o) {
        return harness.verdict(gold, gold.reference(), 0, o);
    }

    private static Outcome failed(String type) {
        return new Outcome.Failed(type, "", "", "", "", MS);
    }
}
