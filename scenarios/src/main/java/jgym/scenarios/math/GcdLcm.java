package jgym.scenarios.math;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;

/**
 * Greatest common divisor or least common multiple of two or three numbers, worked by Euclid's algorithm in the trace
 * ({@code 84 mod 36 = 12}, {@code 36 mod 12 = 0}); the LCM follows as {@code a*b/gcd}. The answer is an integer.
 */
public final class GcdLcm implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("count", "max_factor", "max_multiplier");

    /**
     * How problems are drawn. Each number is {@code g * m}: a shared factor g in [1, maxFactor] times its own m in
     * [1, maxMultiplier], so the gcd is rarely 1.
     *
     * @param count         how many numbers, 2 or 3
     * @param maxFactor     the largest shared factor, in [1, 999]
     * @param maxMultiplier the largest own multiplier, in [2, 999]
     */
    public record Config(int count, int maxFactor, int maxMultiplier) {
        public Config {
            Options.range("count", count, 2, 3);
            Options.range("maxFactor", maxFactor, 1, 999);
            Options.range("maxMultiplier", maxMultiplier, 2, 999);
        }
    }

    /** The preset of {@code level}: two numbers up to 600, two up to 2500, then three numbers up to 1200. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(2, 20, 30);
            case 2 -> new Config(2, 50, 50);
            default -> new Config(3, 30, 40);
        };
    }

    /** The preset of {@code config.level()} with options {@code count}, {@code max_factor}, {@code max_multiplier}. */
    public static GcdLcm configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new GcdLcm(new Config(config.intOption("count", p.count(), 2, 3),
                config.intOption("max_factor", p.maxFactor(), 1, 999),
                config.intOption("max_multiplier", p.maxMultiplier(), 2, 999)));
    }

    private final Config config;

    public GcdLcm(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        long g = 1 + rng.nextInt(config.maxFactor());
        long[] n = new long[config.count()];
        for (int i = 0; i < n.length; i++) n[i] = g * (1 + rng.nextInt(config.maxMultiplier()));
        boolean lcm = rng.nextBoolean();
        var trace = new StringBuilder(128);
        long acc = n[0];
        for (int i = 1; i < n.length; i++) {
            long d = euclid(acc, n[i], trace);
            if (lcm) {
                long m = acc / d * n[i];
                trace.append("lcm(").append(acc).append(", ").append(n[i]).append(") = ").append(acc).append('*').append(n[i])
                        .append('/').append(d).append(" = ").append(m).append('\n');
                acc = m;
            } else {
                acc = d;
            }
        }
        var list = new StringBuilder(24);
        for (int i = 0; i < n.length; i++) list.append(i == 0 ? "" : i == n.length - 1 ? " and " : ", ").append(n[i]);
        String what = lcm ? "least common multiple" : "greatest common divisor";
        trace.append("the ").append(what).append(" is ").append(acc);
        return Problem.answer("Find the " + what + " of " + list + ". Answer with a single integer.", Long.toString(acc),
                trace.toString());
    }

    /** gcd(a, b) by Euclid's algorithm, writing one line per division and the result. */
    private static long euclid(long a, long b, StringBuilder trace) {
        long x = Math.max(a, b), y = Math.min(a, b);
        long startX = x, startY = y;
        while (y != 0) {
            long r = x % y;
            trace.append(x).append(" mod ").append(y).append(" = ").append(r).append('\n');
            x = y;
            y = r;
        }
        trace.append("gcd(").append(startX).append(", ").append(startY).append(") = ").append(x).append('\n');
        return x;
    }
}
