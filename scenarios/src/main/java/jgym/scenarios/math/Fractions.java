package jgym.scenarios.math;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;

/**
 * Fraction arithmetic: simplify a fraction, or add and subtract fractions over a common denominator. The answer is
 * {@code a/b} in lowest terms, or an integer when the result is whole.
 */
public final class Fractions implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("terms", "max_denominator", "subtraction");

    /**
     * How problems are drawn.
     *
     * @param terms          fractions to add or subtract, in [1, 6]; 1 means "simplify this fraction"
     * @param maxDenominator denominators are drawn from [2, maxDenominator], in [2, 999]
     * @param subtraction    whether terms may be subtracted as well as added
     */
    public record Config(int terms, int maxDenominator, boolean subtraction) {
        public Config {
            Options.range("terms", terms, 1, 6);
            Options.range("maxDenominator", maxDenominator, 2, 999);
        }
    }

    /** The preset of {@code level}: 1 mixes simplifying and adding two fractions, 2 adds and subtracts, 3 uses four terms. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(2, 10, false);
            case 2 -> new Config(3, 12, true);
            default -> new Config(4, 20, true);
        };
    }

    /** The preset of {@code config.level()} with options {@code terms}, {@code max_denominator}, {@code subtraction}. */
    public static Fractions configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Fractions(new Config(config.intOption("terms", p.terms(), 1, 6),
                config.intOption("max_denominator", p.maxDenominator(), 2, 999),
                Options.bool(config, "subtraction", p.subtraction())));
    }

    private final Config config;

    public Fractions(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        // A quarter of the problems at every level are simplifications, so that skill is never forgotten.
        return config.terms() == 1 || rng.nextInt(4) == 0 ? simplify(rng) : sum(rng);
    }

    private Problem simplify(SplittableRandom rng) {
        long den = 2 + rng.nextInt(config.maxDenominator() - 1);
        long num = 1 + rng.nextInt((int) (2 * den));
        long k = 2 + rng.nextInt(11);
        long n = num * k, d = den * k;
        long g = LongRational.gcd(n, d);
        LongRational r = LongRational.of(n, d);
        String trace = "gcd(" + n + ", " + d + ") = " + g + "\n" + n + "/" + g + " = " + (n / g) + ", " + d + "/" + g + " = "
                + (d / g) + "\nso " + n + "/" + d + " = " + r;
        return Problem.answer("Simplify " + n + "/" + d + ". Answer with a fraction a/b in lowest terms, or an integer if it is whole.",
                r.toString(), trace);
    }

    private Problem sum(SplittableRandom rng) {
        int n = Math.max(2, config.terms());
        long[] nums = new long[n];
        long[] dens = new long[n];
        boolean[] minus = new boolean[n];
        long lcm = 1;
        for (int i = 0; i < n; i++) {
            dens[i] = 2 + rng.nextInt(config.maxDenominator() - 1);
            nums[i] = 1 + rng.nextInt((int) dens[i] - 1); // a proper fraction
            minus[i] = i > 0 && config.subtraction() && rng.nextBoolean();
            lcm = lcm / LongRational.gcd(lcm, dens[i]) * dens[i];
        }
        var question = new StringBuilder(48);
        var common = new StringBuilder(64);
        var numerators = new StringBuilder(48);
        long total = 0;
        for (int i = 0; i < n; i++) {
            long scaled = nums[i] * (lcm / dens[i]);
            String op = i == 0 ? "" : minus[i] ? " - " : " + ";
            question.append(op).append(nums[i]).append('/').append(dens[i]);
            common.append(op).append(scaled).append('/').append(lcm);
            numerators.append(op).append(scaled);
            total += minus[i] ? -scaled : scaled;
        }
        LongRational r = LongRational.of(total, lcm);
        String trace = "common denominator " + lcm + "\n" + question + " = " + common + "\n= (" + numerators + ")/" + lcm
                + "\n= " + total + "/" + lcm + (r.num() == total && r.den() == lcm ? "" : "\n= " + r);
        return Problem.answer("Calculate " + question + ". Answer with a fraction a/b in lowest terms, or an integer if it is whole.",
                r.toString(), trace);
    }
}
