package jgym.rewards.code;

/** How one test of a program ended, as a grader reads it: only {@link #PASSED} counts as a pass. */
public enum Verdict {
    /** The program ran to its end and printed the harness's end-of-test sentinel after the test. */
    PASSED,
    /** The test's assertion failed ({@code AssertionError}). */
    ASSERTION_FAILED,
    /** The program raised another error (a syntax error, a name error, an exception in the solution). */
    RAISED,
    /** The program stopped before the end of the test without an error: {@code sys.exit}, {@code SystemExit}, {@code os._exit}. */
    EXITED_EARLY,
    /** The program ran past its wall-clock limit. */
    TIMED_OUT,
    /** The program used too much CPU time, output or memory. */
    LIMIT_EXCEEDED,
    /** The sandbox refused an operation the program attempted (files, processes, network, ...). */
    DENIED;

    /** True only for {@link #PASSED}. */
    public boolean passed() {
        return this == PASSED;
    }
}
