package jgym.scenarios.algebra;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Solving a quadratic equation {@code a x^2 + b x + c = 0} with real roots: integer roots of a monic equation
 * (level 1), rational roots (level 2), irrational roots {@code (-b \pm \sqrt{D}) / 2a} (level 3). The answer lists the
 * roots separated by commas, in any order; it is scored by symbolic equivalence, so {@code \frac{3}{2}} and
 * {@code 1.5}, or either spelling of a root, are the same.
 */
public final class Quadratic implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("range");

    /** @param kind 1 integer roots, 2 rational roots, 3 irrational roots; @param range roots or coefficients in [-range, range], in [2, 50] */
    public record Config(int kind, int range) {
        public Config {
            Options.range("kind", kind, 1, 3);
            Options.range("range", range, 2, 50);
        }
    }

    /** Level {@code l} is kind {@code l}, with roots or coefficients up to 9 in size. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return new Config(level, 9);
    }

    /** The preset of {@code config.level()} with option {@code range}. */
    public static Quadratic configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Quadratic(new Config(p.kind(), config.intOption("range", p.range(), 2, 50)));
    }

    private final Config config;

    public Quadratic(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int r = config.range();
        long a;
        long b;
        long c;
        if (config.kind() == 3) {
            while (true) {
                a = 1 + rng.nextInt(3);
                b = rng.nextInt(2 * r + 1) - r;
                c = rng.nextInt(2 * r + 1) - r;
                long d = b * b - 4 * a * c;
                long root = (long) Math.sqrt((double) d);
                if (d > 0 && root * root != d && (root + 1) * (root + 1) != d && c != 0) break;
            }
        } else {
            long p = config.kind() == 1 ? 1 : 1 + rng.nextInt(4);
            long q = config.kind() == 1 ? 1 : 1 + rng.nextInt(4);
            long m = rng.nextInt(2 * r + 1) - r;
            long n = rng.nextInt(2 * r + 1) - r;
            // (p x - m)(q x - n) = pq x^2 - (pn + qm) x + mn: roots m/p and n/q
            a = p * q;
            b = -(p * n + q * m);
            c = m * n;
        }
        long d = b * b - 4 * a * c;
        var trace = new StringBuilder();
        trace.append("a = ").append(a).append(", b = ").append(b).append(", c = ").append(c).append('\n');
        trace.append("D = b^2 - 4ac = ").append(b * b).append(" - ").append(4 * a * c).append(" = ").append(d).append('\n');
        String answer;
        long root = Math.round(Math.sqrt((double) d));
        if (root * root == d) {
            String x1 = fraction(-b + root, 2 * a);
            String x2 = fraction(-b - root, 2 * a);
            trace.append("sqrt(D) = ").append(root).append("; x = (").append(-b).append(" +/- ").append(root).append(") / ").append(2 * a).append('\n');
            answer = x1.equals(x2) ? x1 : x1 + ", " + x2;
        } else {
            trace.append("D is not a square; x = (").append(-b).append(" +/- sqrt(").append(d).append(")) / ").append(2 * a).append('\n');
            answer = "\\frac{" + -b + " + \\sqrt{" + d + "}}{" + 2 * a + "}, \\frac{" + -b + " - \\sqrt{" + d + "}}{" + 2 * a + "}";
        }
        trace.append("roots: ").append(answer);
        String prompt = "Solve for x: " + poly(a, b, c) + " = 0. Give every real root, separated by commas"
                + (config.kind() == 3 ? " (exact form, e.g. \\frac{1 + \\sqrt{5}}{2})" : " (fractions in lowest terms)") + ".";
        return Problem.answer(prompt, answer, trace.toString());
    }

    static String fraction(long num, long den) {
        if (den < 0) {
            num = -num;
            den = -den;
        }
        long g = java.math.BigInteger.valueOf(num).gcd(java.math.BigInteger.valueOf(den)).longValue();
        if (g == 0) return "0";
        num /= g;
        den /= g;
        return den == 1 ? Long.toString(num) : num + "/" + den;
    }

    static String poly(long a, long b, long c) {
        var s = new StringBuilder();
        s.append(a == 1 ? "" : a).append("x^2");
        if (b != 0) s.append(b < 0 ? " - " : " + ").append(Math.abs(b) == 1 ? "" : Math.abs(b)).append('x');
        if (c != 0) s.append(c < 0 ? " - " : " + ").append(Math.abs(c));
        return s.toString();
    }
}
