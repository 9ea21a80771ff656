package jgym.rewards.code;

import java.util.Objects;
import java.util.function.Supplier;
import jgym.env.Rubric;
import jgym.env.code.CodeRunner;
import jgym.env.code.CodeRunners;
import jgym.env.code.Limits;
import jgym.rewards.FormatReward;

/**
 * Ready-made rubrics for tasks checked by tests ({@link jgym.env.Gold.Tests}).
 *
 * <p>Terms: {@code "correct"} (every test passes, weight 1 by default), {@code "tests_passed"} (the share of tests
 * passed) and {@code "format"} ({@link FormatReward}); the last two have weight 0 unless asked for, so they are logged
 * but do not pay. One test run serves all terms (see {@link CodeTester}).
 */
public final class CodeRubrics {
    private CodeRubrics() {}

    /** Tests run with {@link Limits#defaults()}: 5 s wall and CPU time, 64 KiB of output per test. */
    public static final Limits DEFAULT_LIMITS = Limits.defaults();

    /**
     * The binary rubric on the process-wide sandbox ({@link CodeRunners#shared()}, found on first use, so making the
     * rubric needs no sandbox on the classpath, only scoring does); code is the last fenced block.
     */
    public static Rubric tests() {
        return tests(CodeRunners::shared, CodeExtractor.last(), DEFAULT_LIMITS);
    }

    /** The binary rubric on {@code runner}; the caller keeps ownership of it. */
    public static Rubric tests(CodeRunner runner) {
        Objects.requireNonNull(runner, "runner");
        return tests(() -> runner, CodeExtractor.last(), DEFAULT_LIMITS);
    }

    /** The binary rubric: {@code "correct"} weight 1, {@code "tests_passed"} and {@code "format"} weight 0. */
    public static Rubric tests(Supplier<CodeRunner> runner, CodeExtractor extractor, Limits limits) {
        return rubric(tester(runner, extractor, limits), 1.0, 0.0);
    }

    /** Partial credit: {@code "tests_passed"} (the share passed) weight 1, {@code "correct"} and {@code "format"} weight 0. */
    public static Rubric partialCredit(Supplier<CodeRunner> runner, CodeExtractor extractor, Limits limits) {
        return rubric(tester(runner, extractor, limits), 0.0, 1.0);
    }

    /** The binary rubric on {@code tester} (so several rubrics, or a caller, can share its runs). */
    public static Rubric tests(CodeTester tester) {
        return rubric(java.util.Objects.requireNonNull(tester, "tester"), 1.0, 0.0);
    }

    /** A tester on {@code runner}. */
    public static CodeTester tester(Supplier<CodeRunner> runner, CodeExtractor extractor, Limits limits) {
        return new CodeTester(runner, extractor, new TestHarness(limits));
    }

    private static Rubric rubric(CodeTester tester, double allWeight, double fractionWeight) {
        // "correct" comes first even at weight 0: by convention the first term is the correctness check
        return new Rubric(java.util.List.of(
                new Rubric.Term("correct", allWeight, new TestsReward(TestsReward.Credit.ALL_OR_NOTHING, tester)),
                new Rubric.Term("tests_passed", fractionWeight, new TestsReward(TestsReward.Credit.FRACTION, tester)),
                new Rubric.Term("format", 0.0, new FormatReward())));
    }
}
