package jgym.rewards.code;

import java.util.Locale;
import java.util.Objects;
import jgym.env.Gold;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Trial;

/**
 * Turns a solution and a task's {@link Gold.Tests} into a {@link Trial}, and reads each test's outcome as a
 * {@link Verdict}.
 *
 * <p>The checker and the solution never share a heap: the solution runs in a context of its own, the tests (with their
 * expected values, every comparison, and the dataset's setup and helpers) in a trusted one, and only plain data crosses
 * between them (see {@link Trial} and the sandbox README's threat model). So an "always equal" object, a patched
 * {@code math.isclose}, a rebound {@code set}, a redefined helper, an early {@code sys.exit}, or a walk up the stack to
 * the expected value cannot make a test pass: a test passes only when the trusted test runs to its end.
 *
 * <p>Line endings are normalised to {@code \n} (real data such as MBPP uses {@code \r\n}).
 *
 * @param limits the limits loading the solution and each test run under; never null
 */
public record TestHarness(Limits limits) {

    /** Longest error detail kept in a verdict, in characters. */
    public static final int MAX_DETAIL = 300;

    public TestHarness {
        Objects.requireNonNull(limits, "limits");
    }

    /** The trial of {@code solution} against every test of {@code gold}. */
    public Trial trial(Language language, Gold.Tests gold, String solution) {
        Objects.requireNonNull(solution, "solution");
        String entry = gold.entryPoint().matches("[A-Za-z_$][A-Za-z0-9_$]*") ? gold.entryPoint() : "";
        return new Trial(language, normalise(gold.setup()), normalise(solution),
                gold.tests().stream().map(TestHarness::normalise).toList(), entry, limits, classes(gold.reference()));
    }

    private static final java.util.regex.Pattern CLASS = java.util.regex.Pattern.compile("(?m)^class\\s+([A-Za-z_][A-Za-z0-9_]*)");

    /** The top-level classes of {@code reference}: the ones a test may build objects of (see {@link Trial#sharedClasses}). */
    static java.util.List<String> classes(String reference) {
        var m = CLASS.matcher(normalise(reference));
        var out = new java.util.ArrayList<String>();
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** The verdict of a test that ended with {@code outcome}. */
    public static Verdict verdict(Outcome outcome) {
        if (outcome instanceof Outcome.Completed) return Verdict.PASSED;
        if (outcome instanceof Outcome.Failed f) return failure(f.errorType());
        if (outcome instanceof Outcome.TimedOut) return Verdict.TIMED_OUT;
        if (outcome instanceof Outcome.LimitExceeded) return Verdict.LIMIT_EXCEEDED;
        return Verdict.DENIED;
    }

    /** The test case record for test {@code index} of {@code gold}: its verdict with a readable detail. */
    public TestCase testCase(Gold.Tests gold, int index, Outcome outcome) {
        if (index < 0 || index >= gold.tests().size()) {
            throw new IllegalArgumentException("index must be in [0, " + gold.tests().size() + "), got " + index);
        }
        Verdict v = verdict(outcome);
        String detail;
        if (outcome instanceof Outcome.Completed) {
            detail = "";
        } else if (outcome instanceof Outcome.Failed f) {
            String message = Objects.toString(f.message(), "");
            detail = f.errorType() + (message.isBlank() || message.equals(f.errorType()) ? "" : ": " + message);
        } else if (outcome instanceof Outcome.TimedOut t) {
            detail = "no result within " + t.limit().toMillis() + " ms";
        } else if (outcome instanceof Outcome.LimitExceeded l) {
            detail = l.resource().name().toLowerCase(Locale.ROOT) + " limit: " + l.detail();
        } else {
            Outcome.Denied d = (Outcome.Denied) outcome;
            detail = d.operation().name().toLowerCase(Locale.ROOT) + " denied: " + d.message();
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

    /** {@code text} with {@code \r\n} and lone {@code \r} turned into {@code \n}. */
    static String normalise(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String clip(String s) {
        String one = s.strip();
        return one.length() <= MAX_DETAIL ? one : one.substring(0, MAX_DETAIL) + "...";
    }
}
