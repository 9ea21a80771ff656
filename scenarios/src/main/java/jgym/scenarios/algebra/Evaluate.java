package jgym.scenarios.algebra;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Evaluating a polynomial at an integer: {@code p(x)} for a quadratic (level 1), a cubic (level 2), a quartic with a
 * negative argument (level 3). The trace evaluates by Horner's rule.
 */
public final class Evaluate implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("degree");

    /** @param degree in [1, 6]; @param range coefficients and x in [-range, range], in [2, 20] */
    public record Config(int degree, int range) {
        public Config {
            Options.range("degree", degree, 1, 6);
            Options.range("range", range, 2, 20);
        }
    }

    /** Level 1: degree 2; 2: degree 3; 3: degree 4; coefficients and x up to 9 in size. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return new Config(level + 1, 9);
    }

    /** The preset of {@code config.level()} with option {@code degree}. */
    public static Evaluate configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Evaluate(new Config(config.intOption("degree", p.degree(), 1, 6), p.range()));
    }

    private final Config config;

    public Evaluate(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int d = config.degree();
        int r = config.range();
        long[] c = new long[d + 1];
        for (int i = 0; i <= d; i++) c[i] = rng.nextInt(2 * r + 1) - r;
        if (c[d] == 0) c[d] = 1 + rng.nextInt(r);
        long x = rng.nextInt(2 * r + 1) - r;
        var trace = new StringBuilder("Horner: start with " + c[d] + "\n");
        long acc = c[d];
        for (int i = d - 1; i >= 0; i--) {
            long next = acc * x + c[i];
            trace.append(acc).append(" * ").append(x).append(" + ").append(c[i]).append(" = ").append(next).append('\n');
            acc = next;
        }
        trace.append("p(").append(x).append(") = ").append(acc);
        String prompt = "Let p(x) = " + Expand.show(c) + ". What is p(" + x + ")? Answer with a number.";
        return Problem.answer(prompt, Long.toString(acc), trace.toString());
    }
}
