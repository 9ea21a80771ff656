package jgym.scenarios.math;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;

/**
 * The next term of an integer sequence: arithmetic (level 1), geometric (from level 2), quadratic (from level 3) and
 * Fibonacci-like (level 4). The trace finds the rule from differences or ratios and applies it once.
 */
public final class Sequence implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 4;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("shown", "max_start", "max_step");

    /** A rule a sequence follows. */
    public enum Kind {
        /** Constant difference. */
        ARITHMETIC,
        /** Constant ratio (an integer from -5 to 5, not 0, 1 or -1). */
        GEOMETRIC,
        /** Constant second difference: {@code p*n^2 + q*n + s}. */
        QUADRATIC,
        /** Each term is the sum of the two before it. */
        FIBONACCI
    }

    /**
     * How sequences are drawn.
     *
     * @param kinds    the rules to draw from, uniformly; not empty
     * @param shown    how many terms the prompt shows, in [4, 10]
     * @param maxStart first terms of arithmetic and quadratic sequences are drawn from [-maxStart, maxStart], in [5, 9999]
     *                 (geometric ones start in [-20, 20] without 0, so that six terms stay readable)
     * @param maxStep  differences are drawn from [-maxStep, maxStep] without 0, and the two first terms of a
     *                 Fibonacci-like sequence from [1, maxStep]; in [2, 999]
     */
    public record Config(List<Kind> kinds, int shown, int maxStart, int maxStep) {
        public Config {
            kinds = List.copyOf(kinds);
            if (kinds.isEmpty()) throw new IllegalArgumentException("kinds must not be empty");
            Options.range("shown", shown, 4, 10);
            Options.range("maxStart", maxStart, 5, 9999);
            Options.range("maxStep", maxStep, 2, 999);
        }
    }

    /** The preset of {@code level}; each level adds one rule to those before it. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        List<Kind> all = List.of(Kind.values());
        return new Config(all.subList(0, level), level < 3 ? 5 : 6, 999, 20);
    }

    /** The preset of {@code config.level()} with options {@code shown}, {@code max_start}, {@code max_step}. */
    public static Sequence configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Sequence(new Config(p.kinds(), config.intOption("shown", p.shown(), 4, 10),
                config.intOption("max_start", p.maxStart(), 5, 9999), config.intOption("max_step", p.maxStep(), 2, 999)));
    }

    private static final int[] RATIOS = {-5, -4, -3, -2, 2, 3, 4, 5};

    private final Config config;

    public Sequence(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        Kind kind = config.kinds().get(rng.nextInt(config.kinds().size()));
        int n = config.shown();
        long[] t = new long[n + 1]; // the shown terms and the answer
        var trace = new StringBuilder(128);
        switch (kind) {
            case ARITHMETIC -> {
                long d = step(rng);
                t[0] = start(rng);
                for (int i = 1; i <= n; i++) t[i] = t[i - 1] + d;
                list(trace.append("differences: "), t, n, 1).append('\n');
                trace.append("next = ").append(t[n - 1]).append(Terms.signed(d));
            }
            case GEOMETRIC -> {
                long r = RATIOS[rng.nextInt(RATIOS.length)];
                t[0] = (1 + rng.nextInt(20)) * (rng.nextBoolean() ? 1 : -1);
                for (int i = 1; i <= n; i++) t[i] = t[i - 1] * r;
                trace.append("ratios:");
                for (int i = 1; i < n; i++) trace.append(i == 1 ? " " : ", ").append(t[i]).append('/').append(Terms.group(t[i - 1])).append(" = ").append(r);
                trace.append("\nnext = ").append(t[n - 1]).append('*').append(Terms.group(r));
            }
            case QUADRATIC -> {
                long p = (1 + rng.nextInt(3)) * (rng.nextBoolean() ? 1 : -1);
                long q = step(rng);
                long s = start(rng);
                for (int i = 0; i <= n; i++) t[i] = p * i * i + q * i + s;
                list(trace.append("differences: "), t, n, 1).append('\n');
                list(trace.append("second differences: "), t, n, 2).append('\n');
                long lastDiff = t[n - 1] - t[n - 2];
                trace.append("next difference = ").append(lastDiff).append(Terms.signed(2 * p)).append(" = ").append(lastDiff + 2 * p).append('\n');
                trace.append("next = ").append(t[n - 1]).append(Terms.signed(lastDiff + 2 * p));
            }
            default -> {
                t[0] = 1 + rng.nextInt(config.maxStep());
                t[1] = 1 + rng.nextInt(config.maxStep());
                for (int i = 2; i <= n; i++) t[i] = t[i - 1] + t[i - 2];
                trace.append("each term is the sum of the two before: ");
                for (int i = 2; i < n; i++) trace.append(i == 2 ? "" : ", ").append(t[i - 2]).append('+').append(t[i - 1]).append(" = ").append(t[i]);
                trace.append("\nnext = ").append(t[n - 2]).append(" + ").append(t[n - 1]);
            }
        }
        trace.append(" = ").append(t[n]);
        var shown = new StringBuilder(48);
        for (int i = 0; i < n; i++) shown.append(i == 0 ? "" : ", ").append(t[i]);
        return Problem.answer("What is the next term of the sequence " + shown + ", ...? Answer with a single integer.",
                Long.toString(t[n]), trace.toString());
    }

    /** Appends the order-th differences of t[0..n-1] (1: first differences, 2: second differences). */
    private static StringBuilder list(StringBuilder sb, long[] t, int n, int order) {
        for (int i = order; i < n; i++) {
            long d = order == 1 ? t[i] - t[i - 1] : t[i] - 2 * t[i - 1] + t[i - 2];
            sb.append(i == order ? "" : ", ").append(d);
        }
        return sb;
    }

    private long step(SplittableRandom rng) {
        long d = 1 + rng.nextInt(config.maxStep());
        return rng.nextBoolean() ? d : -d;
    }

    private long start(SplittableRandom rng) {
        return rng.nextInt(2 * config.maxStart() + 1) - config.maxStart();
    }
}
