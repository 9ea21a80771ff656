package jgym.rewards.code;

import java.util.Objects;
import jgym.env.Gold;
import jgym.env.Seeds;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Program;

/**
 * Builds the program that runs one test of a solution, and reads its outcome as a {@link Verdict}.
 *
 * <p>Each test gets a program of its own: the gold's setup, the solution, the one test, then a line that prints a
 * sentinel. A test passes only when the run completes and its output ends with that sentinel, so a solution that
 * raises, calls {@code sys.exit} or {@code os._exit}, raises {@code SystemExit}, or rebinds builtins to skip the
 * assertion never passes: the sentinel is printed only by code placed after the assertion, which runs only if the
 * assertion did. The sentinel is derived from the solution and the test, so the same pair always gives the same program.
 *
 * <p>Line endings are normalised to {@code \n} (real data such as MBPP uses {@code \r\n}). What this does not defend
 * against: a solution returning an object whose {@code __eq__} always answers true, or one that reads the harness's own
 * code to print the sentinel and exit; the sandbox limits what such code can reach, not what it can compare.
 *
 * @param limits the limits each test's program runs under; never null
 */
public record TestHarness(Limits limits) {

    /** Longest error detail kept in a verdict, in characters. */
    public static final int MAX_DETAIL = 300;

    public TestHarness {
        Objects.requireNonNull(limits, "limits");
    }

    /** A program running test {@code index} of {@code gold} against {@code solution}. */
    public Program program(Language language, Gold.Tests gold, String solution, int index) {
        Objects.requireNonNull(solution, "solution");
        if (index < 0 || index >= gold.tests().size()) {
            throw new IllegalArgumentException("index must be in [0, " + gold.tests().size() + "), got " + index);
        }
        String test = gold.tests().get(index);
        String sentinel = sentinel(solution, test, index);
        var src = new StringBuilder(gold.setup().length() + solution.length() + test.length() + 64);
        if (!gold.setup().isBlank()) src.append(normalise(gold.setup())).append('\n');
        src.append(normalise(solution)).append('\n');
        src.append(normalise(test)).append('\n');
        src.append(switch (language) {
            case PYTHON -> "print(\"" + sentinel + "\")\n";
            case JAVASCRIPT -> "console.log(\"" + sentinel + "\");\n";
        });
        return new Program(language, src.toString(), "", limits);
    }

    /** The verdict of test {@code index} from the outcome of {@link #program}. */
    public Verdict verdict(Gold.Tests gold, String solution, int index, Outcome outcome) {
        if (outcome instanceof Outcome.Completed c) {
            return reachedEnd(c.stdout(), sentinel(solution, gold.tests().get(index), index)) ? Verdict.PASSED : Verdict.EXITED_EARLY;
        }
        if (outcome instanceof Outcome.Failed f) return failure(f.errorType());
        if (outcome instanceof Outcome.TimedOut) return Verdict.TIMED_OUT;
        if (outcome instanceof Outcome.LimitExceeded) return Verdict.LIMIT_EXCEEDED;
        return Verdict.DENIED;
    }

    /** The test case record for test {@code index}: its verdict with a readable detail. */
    public TestCase testCase(Gold.Tests gold, String solution, int index, Outcome outcome) {
        Verdict v = verdict(gold, solution, index, outcome);
        String detail;
        if (outcome instanceof Outcome.Completed) {
            detail = v.passed() ? "" : "the program ended before the end of the test";
        } else if (outcome instanceof Outcome.Failed f) {
            String message = Objects.toString(f.message(), "");
            detail = f.errorType() + (message.isBlank() ? "" : ": " + message);
        } else if (outcome instanceof Outcome.TimedOut t) {
            detail = "no result within " + t.limit().toMillis() + " ms";
        } else if (outcome instanceof Outcome.LimitExceeded l) {
            detail = l.resource().name().toLowerCase(java.util.Locale.ROOT) + " limit: " + l.detail();
        } else {
            Outcome.Denied d = (Outcome.Denied) outcome;
            detail = d.operation().name().toLowerCase(java.util.Locale.ROOT) + " denied: " + d.message();
        }
        return new TestCase(index, gold.tests().get(index), v, clip(detail), outcome.elapsed());
    }

    private static Verdict failure(String errorType) {
        String t = errorType == null ? "" : errorType;
        String simple = t.substring(t.lastIndexOf('.') + 1);
        return switch (simple) {
            case "AssertionError" -> Verdict.ASSERTION_FAILED;
            case "SystemExit", "KeyboardInterrupt" -> Verdict.EXITED_EARLY;
            default -> Verdict.RAISED;
        };
    }

    private static boolean reachedEnd(String stdout, String sentinel) {
        return stdout.stripTrailing().endsWith(sentinel);
    }

    /**
     * The end-of-test marker for this solution and test: a fixed prefix and 16 hex digits mixed from both texts'
     * hashes and the index, so a solution cannot print it by knowing the prefix alone.
     */
    static String sentinel(String solution, String test, int index) {
        long h = Seeds.mix(((long) solution.hashCode() << 32) ^ (test.hashCode() & 0xffffffffL), index);
        return "__jgym_test_end_" + String.format("%016x", h);
    }

    /** {@code text} with {@code \r\n} and lone {@code \r} turned into {@code \n}. */
    static String normalise(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String clip(String s) {
        String one = s.strip();
        return one.length() <= MAX_DETAIL ? one : one.substring(0, MAX_DETAIL) + "...";
    }
}
