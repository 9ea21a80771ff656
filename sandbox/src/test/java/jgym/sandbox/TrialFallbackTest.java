package jgym.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.RunnerConfig.Isolation;
import jgym.env.code.Trial;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tests that build objects of the reference's classes ({@link Trial#sharedClasses}) are split like the rest: the objects
 * cross as their constructor's arguments and the candidate builds them with its own class. A correct solution passes,
 * a wrong one and an always-equal one fail, and a fake end marker is no pass. A test that hands the candidate a lambda
 * cannot be split, and fails saying so.
 */
class TrialFallbackTest {
    private static GraalRunner runner;

    @BeforeAll
    static void start() {
        runner = new GraalRunner(Isolation.FRESH_CONTEXT, 1);
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    private static final List<String> PAIRS = List.of("assert longest([Pair(1, 2), Pair(3, 4), Pair(5, 6)]) == 3",
            "assert longest([Pair(5, 24), Pair(1, 2)]) == 2");
    private static final String PAIR = "class Pair:\n    def __init__(self, a, b):\n        self.a, self.b = a, b\n";

    private static List<Outcome> trial(String solution, List<String> tests, String entry) {
        return runner.trial(new Trial(Language.PYTHON, "", solution, tests, entry, Limits.defaults(), List.of("Pair")));
    }

    @Test
    void aTestThatBuildsObjectsOfTheReferencesClassesIsSplit() {
        for (Outcome o : trial(PAIR + "def longest(ps):\n    return len(ps)", PAIRS, "longest")) assertInstanceOf(Outcome.Completed.class, o);
        for (Outcome o : trial(PAIR + "def longest(ps):\n    return 0", PAIRS, "longest")) {
            assertEquals("AssertionError", assertInstanceOf(Outcome.Failed.class, o).errorType());
        }
        String alwaysEqual = PAIR + "class E:\n    def __eq__(self, o):\n        return True\ndef longest(ps):\n    return E()";
        for (Outcome o : trial(alwaysEqual, PAIRS, "longest")) assertEquals("TypeError", assertInstanceOf(Outcome.Failed.class, o).errorType());
        String fakeEnd = PAIR + "def longest(ps):\n    print('__jgym_end_' + '0' * 32)\n    return 0";
        for (Outcome o : trial(fakeEnd, PAIRS, "longest")) assertInstanceOf(Outcome.Failed.class, o);
        // the harness's own steps are out of the program's reach: nothing to rebind, nothing to skip
        String rebinds = PAIR + "__jgym_restore = lambda *a, **k: None\n__jgym_guard = None\nclass E:\n    def __eq__(self, o):\n"
                + "        return True\ndef longest(ps):\n    return E()";
        for (Outcome o : trial(rebinds, PAIRS, "longest")) assertEquals("TypeError", assertInstanceOf(Outcome.Failed.class, o).errorType());
        // the test's own comparison of two Pairs compares the checker's objects, never with the candidate's __eq__
        String comparing = "class Pair:\n    def __init__(self, a, b):\n        self.a, self.b = a, b\n    def __eq__(self, o):\n"
                + "        return True\ndef longest(ps):\n    return len(ps)";
        List<String> compares = List.of("assert longest([Pair(1, 2)]) == 1 and Pair(1, 2) == Pair(3, 4)");
        for (Outcome o : trial(comparing, compares, "longest")) assertEquals("AssertionError", assertInstanceOf(Outcome.Failed.class, o).errorType());
    }

    @Test
    void aClassTheReferenceDoesNotShareIsOfferedLikeAFunctionAndItsObjectsDoNotCross() {
        // the test calls helper(); a candidate that makes helper an always-equal class cannot force the one-program path
        List<String> tests = List.of("assert helper(1) == 2", "assert twice(1) == 3");
        String sneaky = "class helper:\n    def __init__(self, x):\n        pass\n    def __eq__(self, o):\n        return True\n"
                + "def twice(x):\n    return x + 2";
        List<Outcome> o = runner.trial(new Trial(Language.PYTHON, "", sneaky, tests, "twice", Limits.defaults()));
        assertEquals("TypeError", assertInstanceOf(Outcome.Failed.class, o.get(0)).errorType());
        assertInstanceOf(Outcome.Completed.class, o.get(1));
    }

    @Test
    void aTestThatHandsTheCandidateALambdaFailsSayingWhy() {
        // running it in one heap with the candidate would hand the candidate the test's frames: no candidate passes it
        List<String> tests = List.of("assert apply(lambda x: x * 2, 3) == 6");
        for (String solution : List.of("def apply(f, x):\n    return f(x)", "import sys\ndef apply(f, x):\n    sys.exit(0)")) {
            for (Outcome o : trial(solution, tests, "apply")) {
                Outcome.Failed f = assertInstanceOf(Outcome.Failed.class, o);
                assertEquals("TypeError", f.errorType());
                assertEquals("apply() is called with something that is not plain data: a test that hands the candidate code or"
                        + " objects other than those of the reference's classes cannot be checked", f.message());
            }
        }
        // a built-in crosses by name: the candidate gets its own str
        List<String> builtin = List.of("assert apply(str, 4) == '4'");
        assertInstanceOf(Outcome.Completed.class, trial("def apply(f, x):\n    return f(x)", builtin, "apply").get(0));
        assertEquals("SystemExit", assertInstanceOf(Outcome.Failed.class,
                trial("import sys\ndef apply(f, x):\n    sys.exit(0)", builtin, "apply").get(0)).errorType());
    }
}
