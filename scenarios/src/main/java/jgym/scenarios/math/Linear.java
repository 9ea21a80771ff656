package jgym.scenarios.math;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;

/**
 * Linear equations in one unknown: {@code 3x + 7 = 22} (level 1), unknowns on both sides (2), fractional solutions (3)
 * and brackets to expand (4). The answer is the unknown's value as an integer or a fraction {@code a/b} in lowest terms.
 */
public final class Linear implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 4;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("max_coefficient", "max_constant", "fractional");

    private static final String VARIABLES = "xyznkmpt";

    /**
     * How equations are drawn.
     *
     * @param bothSides      whether the unknown appears on both sides ({@code ax + b = cx + d}) rather than one
     * @param brackets       whether both sides are written with brackets, {@code a(x + b) = c(x + d) + e}; needs bothSides
     * @param fractional     whether the solution may be a fraction; otherwise it is an integer
     * @param maxCoefficient coefficients are drawn from [-maxCoefficient, maxCoefficient], in [2, 99]
     * @param maxConstant    constants (and integer solutions) are drawn from [-maxConstant, maxConstant], in [5, 9999]
     */
    public record Config(boolean bothSides, boolean brackets, boolean fractional, int maxCoefficient, int maxConstant) {
        public Config {
            Options.range("maxCoefficient", maxCoefficient, 2, 99);
            Options.range("maxConstant", maxConstant, 5, 9999);
            if (brackets && !bothSides) throw new IllegalArgumentException("brackets needs bothSides = true, got bothSides = false");
        }
    }

    /** The preset of {@code level}. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(false, false, false, 12, 99);
            case 2 -> new Config(true, false, false, 12, 99);
            case 3 -> new Config(true, false, true, 15, 99);
            default -> new Config(true, true, true, 12, 20);
        };
    }

    /** The preset of {@code config.level()} with options {@code max_coefficient}, {@code max_constant}, {@code fractional}. */
    public static Linear configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Linear(new Config(p.bothSides(), p.brackets(), Options.bool(config, "fractional", p.fractional()),
                config.intOption("max_coefficient", p.maxCoefficient(), 2, 99),
                config.intOption("max_constant", p.maxConstant(), 5, 9999)));
    }

    private final Config config;

    public Linear(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        char v = VARIABLES.charAt(rng.nextInt(VARIABLES.length()));
        var trace = new StringBuilder(128);
        String equation;
        long a, b, c, d; // the equation in normal form a*v + b = c*v + d
        if (config.brackets()) {
            long p = multiplier(rng), q = constant(rng), r = multiplier(rng), s = constant(rng);
            while (p == r) r = multiplier(rng);
            // e is free for a fractional solution; otherwise it is chosen so that an integer x solves the equation
            long e = config.fractional() ? constant(rng) : p * q - r * s + (p - r) * constant(rng);
            equation = p + "(" + Terms.linear(1, v, q) + ") = " + r + "(" + Terms.linear(1, v, s) + ")" + Terms.signed(e);
            a = p;
            b = p * q;
            c = r;
            d = r * s + e;
            trace.append(equation).append('\n').append("expand: ").append(Terms.linear(a, v, b)).append(" = ")
                    .append(Terms.linear(c, v, d)).append('\n');
        } else {
            a = coefficient(rng);
            c = config.bothSides() ? coefficient(rng) : 0;
            while (a == c) c = coefficient(rng);
            b = constant(rng);
            if (config.fractional()) {
                d = constant(rng);
            } else {
                long x = constant(rng);
                d = (a - c) * x + b;
            }
            equation = Terms.linear(a, v, b) + " = " + Terms.linear(c, v, d);
            trace.append(equation).append('\n');
        }
        long k = a - c;
        long rhs = d - b;
        if (b != 0 || c != 0) { // collect the unknown on the left and the numbers on the right
            trace.append(Terms.linear(a, v, 0)).append(Terms.signedTerm(-c, v)).append(" = ").append(d).append(Terms.signed(-b)).append('\n');
        }
        trace.append(Terms.linear(k, v, 0)).append(" = ").append(rhs).append('\n');
        LongRational x = LongRational.of(rhs, k);
        trace.append(v).append(" = ").append(rhs).append('/').append(Terms.group(k));
        if (k == 1 || x.num() != rhs || x.den() != k) trace.append(" = ").append(x); // skip "= 7/3" after a fraction already in lowest terms
        String prompt = "Solve for " + v + ": " + equation + ". Answer with the value of " + v
                + " as an integer or a fraction a/b in lowest terms.";
        return Problem.answer(prompt, x.toString(), trace.toString());
    }

    /** A non-zero coefficient in [-maxCoefficient, maxCoefficient]. */
    private long coefficient(SplittableRandom rng) {
        long m = 1 + rng.nextInt(config.maxCoefficient());
        return rng.nextBoolean() ? m : -m;
    }

    /** A coefficient in [-maxCoefficient, maxCoefficient] other than -1, 0 and 1 (written in front of a bracket). */
    private long multiplier(SplittableRandom rng) {
        long m = 2 + rng.nextInt(config.maxCoefficient() - 1);
        return rng.nextBoolean() ? m : -m;
    }

    private long constant(SplittableRandom rng) {
        return rng.nextInt(2 * config.maxConstant() + 1) - config.maxConstant();
    }
}
