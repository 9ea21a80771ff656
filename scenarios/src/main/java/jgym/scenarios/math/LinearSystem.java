package jgym.scenarios.math;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;

/**
 * Systems of two linear equations in x and y with exactly one solution, solved in the trace by Cramer's rule
 * ({@code D = a1*b2 - a2*b1}, {@code x = Dx/D}, {@code y = Dy/D}). The answer is {@code x, y}, e.g. {@code 3, -2}.
 */
public final class LinearSystem implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("max_coefficient", "max_value", "fractional");

    /**
     * How systems are drawn.
     *
     * @param maxCoefficient non-zero coefficients are drawn from [-maxCoefficient, maxCoefficient], in [2, 99]
     * @param maxValue       integer solutions, or the right-hand sides when fractional, lie in [-maxValue, maxValue], in [5, 9999]
     * @param fractional     whether the right-hand sides are drawn freely (fractional solutions); otherwise x and y are integers
     */
    public record Config(int maxCoefficient, int maxValue, boolean fractional) {
        public Config {
            Options.range("maxCoefficient", maxCoefficient, 2, 99);
            Options.range("maxValue", maxValue, 5, 9999);
        }
    }

    /** The preset of {@code level}: small integer systems, larger integer systems, then fractional solutions. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(5, 20, false);
            case 2 -> new Config(12, 50, false);
            default -> new Config(12, 60, true);
        };
    }

    /** The preset of {@code config.level()} with options {@code max_coefficient}, {@code max_value}, {@code fractional}. */
    public static LinearSystem configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new LinearSystem(new Config(config.intOption("max_coefficient", p.maxCoefficient(), 2, 99),
                config.intOption("max_value", p.maxValue(), 5, 9999), Options.bool(config, "fractional", p.fractional())));
    }

    private final Config config;

    public LinearSystem(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        long a1, b1, a2, b2, det;
        do {
            a1 = coefficient(rng);
            b1 = coefficient(rng);
            a2 = coefficient(rng);
            b2 = coefficient(rng);
            det = a1 * b2 - a2 * b1;
        } while (det == 0);
        long c1, c2;
        if (config.fractional()) {
            c1 = value(rng);
            c2 = value(rng);
        } else {
            long x = value(rng), y = value(rng);
            c1 = a1 * x + b1 * y;
            c2 = a2 * x + b2 * y;
        }
        long dx = c1 * b2 - c2 * b1;
        long dy = a1 * c2 - a2 * c1;
        LongRational x = LongRational.of(dx, det);
        LongRational y = LongRational.of(dy, det);
        String eq1 = Terms.linear(a1, 'x', 0) + Terms.signedTerm(b1, 'y') + " = " + c1;
        String eq2 = Terms.linear(a2, 'x', 0) + Terms.signedTerm(b2, 'y') + " = " + c2;
        String answer = x + ", " + y;
        String trace = "D = " + a1 + "*" + Terms.group(b2) + " - " + Terms.group(a2) + "*" + Terms.group(b1) + " = " + det
                + "\nDx = " + c1 + "*" + Terms.group(b2) + " - " + Terms.group(c2) + "*" + Terms.group(b1) + " = " + dx
                + "\nDy = " + a1 + "*" + Terms.group(c2) + " - " + Terms.group(a2) + "*" + Terms.group(c1) + " = " + dy
                + "\nx = " + quotient(dx, det, x)
                + "\ny = " + quotient(dy, det, y)
                + "\nx, y = " + answer;
        String prompt = "Solve the system: " + eq1 + " and " + eq2 + ". Answer with x and y separated by a comma, "
                + "e.g. 3, -1/2 (integers or fractions a/b in lowest terms).";
        return Problem.answer(prompt, answer, trace);
    }

    /** {@code n/d = r}, or just {@code n/d} when that is already r in lowest terms. */
    private static String quotient(long n, long d, LongRational r) {
        String q = n + "/" + Terms.group(d);
        return d != 1 && r.num() == n && r.den() == d ? q : q + " = " + r;
    }

    private long coefficient(SplittableRandom rng) {
        long m = 1 + rng.nextInt(config.maxCoefficient());
        return rng.nextBoolean() ? m : -m;
    }

    private long value(SplittableRandom rng) {
        return rng.nextInt(2 * config.maxValue() + 1) - config.maxValue();
    }
}
