package jgym.scenarios.math;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;

/**
 * Modular arithmetic: a remainder {@code a mod m} (level 1), {@code (a*b + c) mod m} (level 2) and a power
 * {@code a^e mod m} by repeated multiplication (level 3). The answer is the least non-negative residue.
 */
public final class Modular implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("max_modulus", "max_operand", "max_exponent");

    /** The kind of expression reduced modulo m. */
    public enum Kind {
        /** {@code a mod m}. */
        REMAINDER,
        /** {@code (a*b + c) mod m}, c possibly negative. */
        LINEAR,
        /** {@code a^e mod m}. */
        POWER
    }

    /**
     * How problems are drawn.
     *
     * @param kind       what is reduced
     * @param maxModulus the modulus is drawn from [2, maxModulus], in [2, 9999]
     * @param maxOperand operands are drawn from [1, maxOperand], in [2, 99999]
     * @param maxExponent exponents for {@link Kind#POWER} are drawn from [2, maxExponent], in [2, 30]
     */
    public record Config(Kind kind, int maxModulus, int maxOperand, int maxExponent) {
        public Config {
            java.util.Objects.requireNonNull(kind, "kind");
            Options.range("maxModulus", maxModulus, 2, 9999);
            Options.range("maxOperand", maxOperand, 2, 99999);
            Options.range("maxExponent", maxExponent, 2, 30);
        }
    }

    /** The preset of {@code level}. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(Kind.REMAINDER, 99, 9999, 2);
            case 2 -> new Config(Kind.LINEAR, 99, 999, 2);
            default -> new Config(Kind.POWER, 97, 999, 12);
        };
    }

    /** The preset of {@code config.level()} with options {@code max_modulus}, {@code max_operand}, {@code max_exponent}. */
    public static Modular configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Modular(new Config(p.kind(), config.intOption("max_modulus", p.maxModulus(), 2, 9999),
                config.intOption("max_operand", p.maxOperand(), 2, 99999),
                config.intOption("max_exponent", p.maxExponent(), 2, 30)));
    }

    private final Config config;

    public Modular(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        long m = 2 + rng.nextInt(config.maxModulus() - 1);
        long a = operand(rng);
        var trace = new StringBuilder(96);
        String question;
        long r;
        switch (config.kind()) {
            case REMAINDER -> {
                question = a + " mod " + m;
                r = divide(a, m, trace);
            }
            case LINEAR -> {
                long b = operand(rng);
                long c = operand(rng) * (rng.nextBoolean() ? 1 : -1);
                question = "(" + a + "*" + b + Terms.signed(c).replace(" ", "") + ") mod " + m;
                long v = a * b + c;
                trace.append(a).append('*').append(b).append(Terms.signed(c).replace(" ", "")).append(" = ").append(v).append('\n');
                r = divide(v, m, trace);
            }
            default -> {
                int e = 2 + rng.nextInt(config.maxExponent() - 1);
                question = a + "^" + e + " mod " + m;
                long base = a % m;
                trace.append(a).append(" mod ").append(m).append(" = ").append(base).append('\n');
                long p = base;
                for (int k = 2; k <= e; k++) {
                    long next = p * base % m;
                    trace.append(a).append('^').append(k).append(" = ").append(p).append('*').append(base).append(" = ")
                            .append(p * base).append(" = ").append(next).append(" mod ").append(m).append('\n');
                    p = next;
                }
                r = p;
            }
        }
        trace.append(question).append(" = ").append(r);
        return Problem.answer("Compute " + question + ". Answer with a single integer from 0 to " + (m - 1) + ".",
                Long.toString(r), trace.toString());
    }

    /** The least non-negative residue of v modulo m, writing {@code v = q*m + r}. */
    private static long divide(long v, long m, StringBuilder trace) {
        long q = Math.floorDiv(v, m);
        long r = Math.floorMod(v, m);
        trace.append(v).append(" = ").append(q).append('*').append(m).append(" + ").append(r).append('\n');
        return r;
    }

    private long operand(SplittableRandom rng) {
        return 1 + rng.nextInt(config.maxOperand());
    }
}
