package jgym.scenarios.algebra;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Expanding a product of binomials into a polynomial in x: two factors (levels 1-2, the second with leading
 * coefficients), three factors (level 3). The trace multiplies one factor at a time; the answer is scored by symbolic
 * equivalence, so any order of terms is right, but it must be expanded: no parentheses (the product restated is not an answer).
 */
public final class Expand implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of();

    /** @param factors binomials multiplied, in [2, 4]; @param leading whether leading coefficients other than 1 appear */
    public record Config(int factors, boolean leading) {
        public Config {
            Options.range("factors", factors, 2, 4);
        }
    }

    /** Level 1: (x + a)(x + b); 2: (ax + b)(cx + d); 3: three factors (ax + b). */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(2, false);
            case 2 -> new Config(2, true);
            default -> new Config(3, true);
        };
    }

    /** The preset of {@code config.level()}; no options. */
    public static Expand configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        return new Expand(preset(config.level()));
    }

    private final Config config;

    public Expand(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        long[] poly = {1};
        var product = new StringBuilder();
        var trace = new StringBuilder();
        for (int f = 0; f < config.factors(); f++) {
            long a = config.leading() ? 1 + rng.nextInt(4) : 1;
            long b = rng.nextInt(19) - 9;
            if (b == 0) b = 5;
            product.append('(').append(a == 1 ? "" : a).append("x ").append(b < 0 ? "- " : "+ ").append(Math.abs(b)).append(')');
            long[] next = new long[poly.length + 1];
            for (int i = 0; i < poly.length; i++) {
                next[i + 1] += poly[i] * a;
                next[i] += poly[i] * b;
            }
            poly = next;
            if (f > 0) trace.append("times ").append(product.substring(product.lastIndexOf("("))).append(": ").append(show(poly)).append('\n');
            else trace.append("start: ").append(show(poly)).append('\n');
        }
        String answer = show(poly);
        trace.append("expanded: ").append(answer);
        String prompt = "Expand " + product + " into a polynomial in x, like 2x^2 - 3x + 1.";
        return Problem.answer(prompt, answer, trace.toString());
    }

    /** {@code coefficients[i]} is the coefficient of x^i; written from the highest power down. */
    static String show(long[] coefficients) {
        var s = new StringBuilder();
        for (int i = coefficients.length - 1; i >= 0; i--) {
            long c = coefficients[i];
            if (c == 0) continue;
            if (s.length() > 0) s.append(c < 0 ? " - " : " + ");
            else if (c < 0) s.append('-');
            long m = Math.abs(c);
            if (m != 1 || i == 0) s.append(m);
            if (i >= 1) s.append('x');
            if (i >= 2) s.append('^').append(i);
        }
        return s.length() == 0 ? "0" : s.toString();
    }
}
