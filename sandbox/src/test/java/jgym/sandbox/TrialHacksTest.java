package jgym.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jgym.env.code.CodeRunner;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.RunnerConfig.Isolation;
import jgym.env.code.Trial;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hacks that once scored on trials (issue 21), each with the exact outcome it must get now, and the controls that must
 * still pass: an entry point that is not a plain function, a walk up to the test's frame, an argument emptied under a
 * test that measures it after the call, and exceptions that CPython's {@code except Exception} would not catch.
 * {@link TrialWorkerTest} runs {@link #checkAll} again in a worker JVM.
 */
class TrialHacksTest {
    private static GraalRunner runner;

    @BeforeAll
    static void start() {
        runner = new GraalRunner(Isolation.FRESH_CONTEXT, 1);
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    /** MBPP 601's tests: they build objects of the class Pair that the reference defines. */
    static final List<String> CHAIN = List.of(
            "assert max_chain_length([Pair(5, 24), Pair(15, 25),Pair(27, 40), Pair(50, 60)], 4) == 3",
            "assert max_chain_length([Pair(1, 2), Pair(3, 4),Pair(5, 6), Pair(7, 8)], 4) == 4");
    static final String PAIR = "class Pair:\n    def __init__(self, a, b):\n        self.a, self.b = a, b\n";
    static final String GREEDY = "def max_chain_length(arr, n):\n    count, end = 0, float('-inf')\n"
            + "    for p in sorted(arr[:n], key=lambda p: p.b):\n        if p.a > end:\n            count, end = count + 1, p.b\n    return count\n";
    static final String ALWAYS = "class E:\n    def __eq__(self, other):\n        return True\n";

    private static List<Outcome> chain(CodeRunner r, String solution, List<String> tests) {
        return r.trial(new Trial(Language.PYTHON, "", solution, tests, "max_chain_length", Limits.defaults(), List.of("Pair")));
    }

    private static List<Outcome> plain(CodeRunner r, String solution, String entry, String... tests) {
        return r.trial(new Trial(Language.PYTHON, "", solution, List.of(tests), entry, Limits.defaults()));
    }

    private static void passes(List<Outcome> outcomes) {
        for (Outcome o : outcomes) assertInstanceOf(Outcome.Completed.class, o, o.toString());
    }

    private static void fails(String errorType, String messagePart, List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            Outcome.Failed f = assertInstanceOf(Outcome.Failed.class, o, o.toString());
            assertEquals(errorType, f.errorType(), f.toString());
            assertTrue(f.message().contains(messagePart), f.toString());
        }
    }

    /** Fails as {@code errorType}, or as the checker's own SandboxError (never a pass). */
    private static void failsOrCheckerBreaks(String errorType, List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            Outcome.Failed f = assertInstanceOf(Outcome.Failed.class, o, o.toString());
            boolean broke = f.errorType().equals("SandboxError") && f.message().contains("the checker could not read how the test ended");
            assertTrue(f.errorType().equals(errorType) || broke, f.toString());
        }
    }

    /** Every case below on {@code r}. */
    static void checkAll(CodeRunner r) {
        entryPointsThatAreNotPlainFunctionsAreProxiedLikeFunctions(r);
        theTestsFrameIsNotReachable(r);
        argumentsAreCopiesUnlessTheTestCallsTheCandidateAsAStatement(r);
        exceptionsCrossAsCPythonRaisesThem(r);
    }

    static void entryPointsThatAreNotPlainFunctionsAreProxiedLikeFunctions(CodeRunner r) {
        passes(chain(r, PAIR + GREEDY, CHAIN));
        passes(chain(r, PAIR + GREEDY.replace("def max_chain_length", "def solve") + "class max_chain_length:\n"
                + "    def __new__(cls, arr, n):\n        return solve(arr, n)\n", CHAIN));
        String notPlain = "max_chain_length() returned a value that is a E, not plain data";
        fails("TypeError", notPlain, chain(r, PAIR + ALWAYS + "class max_chain_length:\n    def __new__(cls, *a):\n        return E()\n", CHAIN));
        fails("TypeError", notPlain, chain(r, PAIR + ALWAYS + "import functools\ndef make(*a):\n    return E()\n"
                + "max_chain_length = functools.partial(make)\n", CHAIN));
        fails("TypeError", notPlain, chain(r, PAIR + ALWAYS.replace("class E:\n", "class E:\n    def __call__(self, *a):\n        return self\n")
                + "max_chain_length = E()\n", CHAIN));
        fails("TypeError", notPlain, chain(r, PAIR + ALWAYS + "class M(type):\n    def __call__(cls, *a):\n        return E()\n"
                + "class max_chain_length(metaclass=M):\n    pass\n", CHAIN));
        // a Pair of the candidate's that compares equal to anything never reaches the test either
        fails("TypeError", "is a Pair, not plain data", chain(r, "class Pair:\n    def __init__(self, a, b):\n        pass\n"
                + "    def __eq__(self, o):\n        return True\ndef max_chain_length(arr, n):\n    return arr[0]\n", CHAIN));
    }

    static void theTestsFrameIsNotReachable(CodeRunner r) {
        String walk = "import sys\nseen = []\ndef look(f):\n    while f is not None:\n"
                + "        seen.append(f.f_code.co_filename)\n        if f.f_code.co_filename == 'test.py':\n"
                + "            return [c for c in f.f_code.co_consts if type(c) is int][-1]\n        f = f.f_back\n    return -1\n";
        fails("AssertionError", "", chain(r, PAIR + walk + "def max_chain_length(arr, n):\n    return look(sys._getframe())\n", CHAIN));
        fails("AssertionError", "", chain(r, PAIR + walk + "def max_chain_length(arr, n):\n    try:\n        raise ValueError\n"
                + "    except ValueError as e:\n        return look(e.__traceback__.tb_frame)\n", CHAIN));
        fails("AssertionError", "", chain(r, walk + "class Pair:\n    def __init__(self, a, b):\n        self.seen = look(sys._getframe())\n"
                + "def max_chain_length(arr, n):\n    return arr[0].seen\n", CHAIN));
        fails("AssertionError", "", plain(r, walk + "def add(a, b):\n    return look(sys._getframe())\n", "add", "assert add(1, 2) == 3"));
    }

    static void argumentsAreCopiesUnlessTheTestCallsTheCandidateAsAStatement(CodeRunner r) {
        String measured = "xs = [3, 1, 2]\nassert count(xs) == len(xs)";
        passes(plain(r, "def count(xs):\n    return len(xs)", "count", measured));
        fails("AssertionError", "", plain(r, "def count(xs):\n    xs.clear()\n    return 0", "count", measured));
        fails("AssertionError", "", plain(r, "def count(xs):\n    xs.clear()\n    return 0", "count", "xs = [3, 1, 2]\nn = count(xs)\nassert n == len(xs)"));
        fails("AssertionError", "", chain(r, "class Pair:\n    def __init__(self, a, b):\n        pass\n"
                + "def max_chain_length(arr, n):\n    arr.clear()\n    return 0", List.of("ps = [Pair(1, 2), Pair(3, 4)]\nassert max_chain_length(ps, 2) == len(ps)")));
        // built-ins the test hands over cross by name (MBPP 533: remove_datatype(xs, int))
        passes(plain(r, "def keep(xs, t):\n    return [x for x in xs if isinstance(x, t)]", "keep", "assert keep((4, 5.5, 'a', 7), int) == [4, 7]",
                "assert keep([1, 'b'], str) == ['b']", "assert keep([[1], 2], list) == [[1]]"));
        // a call made as a statement is how a test reads an in-place change: that change comes back, as in CPython
        passes(plain(r, "def sort_in_place(xs):\n    xs.sort()", "sort_in_place", "xs = [3, 1, 2]\nsort_in_place(xs)\nassert xs == [1, 2, 3]"));
        passes(plain(r, "def sort_in_place(xs):\n    xs.sort()", "sort_in_place",
                "def check(candidate):\n    xs = [3, 1, 2]\n    candidate(xs)\n    assert xs == [1, 2, 3]\ncheck(sort_in_place)"));
    }

    static void exceptionsCrossAsCPythonRaisesThem(CodeRunner r) {
        String mustRaise = "try:\n    parse('x')\nexcept Exception:\n    pass\nelse:\n    raise AssertionError('parse(x) must raise')";
        passes(plain(r, "def parse(s):\n    return int(s)", "parse", mustRaise));
        passes(plain(r, "class ParseError(ValueError):\n    pass\ndef parse(s):\n    raise ParseError(s)", "parse",
                "try:\n    parse('x')\nexcept ValueError:\n    pass\nelse:\n    raise AssertionError('parse(x) must raise')"));
        // After other tests in the same JVM, GraalPy 25.2.4 sometimes cannot materialise a BaseException's frames
        // in the checker ("Invalid op at bytecode index 0"); the trial then ends as SandboxError: still a failure.
        failsOrCheckerBreaks("Stop", plain(r, "class Stop(BaseException):\n    pass\ndef parse(s):\n    raise Stop()", "parse", mustRaise));
        failsOrCheckerBreaks("KeyboardInterrupt", plain(r, "def parse(s):\n    raise KeyboardInterrupt", "parse", mustRaise));
        failsOrCheckerBreaks("GeneratorExit", plain(r, "def parse(s):\n    raise GeneratorExit", "parse", mustRaise));
        failsOrCheckerBreaks("Exception", plain(r, "class Exception(BaseException):\n    pass\ndef parse(s):\n    raise Exception('x')", "parse", mustRaise));
        // a StopIteration would end a trusted map() early (all(map(f, xs)) true): it stays a plain Exception
        fails("Exception", "StopIteration", plain(r, "def is_even(x):\n    raise StopIteration", "is_even", "assert all(map(is_even, [1, 3])) is False"));
    }

    @Test
    void entryPointsThatAreNotPlainFunctionsAreProxiedLikeFunctions() {
        entryPointsThatAreNotPlainFunctionsAreProxiedLikeFunctions(runner);
    }

    @Test
    void theTestsFrameIsNotReachable() {
        theTestsFrameIsNotReachable(runner);
    }

    @Test
    void argumentsAreCopiesUnlessTheTestCallsTheCandidateAsAStatement() {
        argumentsAreCopiesUnlessTheTestCallsTheCandidateAsAStatement(runner);
    }

    @Test
    void exceptionsCrossAsCPythonRaisesThem() {
        exceptionsCrossAsCPythonRaisesThem(runner);
    }

    @Test
    void aTestThatHandsTheCandidateCodeFailsWithItsReason() {
        // a lambda cannot cross as plain data, and running the candidate in the test's heap would hand it the test's
        // frame: such a test fails, saying why, whatever the candidate is
        List<Outcome> o = plain(runner, "def apply(f, x):\n    return f(x)", "apply", "assert apply(lambda x: x * 2, 3) == 6");
        fails("TypeError", "apply() is called with something that is not plain data", o);
    }
}
