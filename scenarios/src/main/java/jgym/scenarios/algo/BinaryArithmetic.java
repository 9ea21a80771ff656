package jgym.scenarios.algo;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Adding (and, from level 2, subtracting) binary numbers column by column, with the carry or borrow of every column in
 * the trace; the answer is in binary.
 */
public final class BinaryArithmetic implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("bits");

    /**
     * @param bits     operands have at most this many bits, in [2, 30]
     * @param subtract whether half of the problems subtract (the larger minus the smaller)
     */
    public record Config(int bits, boolean subtract) {
        public Config {
            Options.range("bits", bits, 2, 30);
        }
    }

    /** Level 1: 4-bit sums; 2: 8-bit sums and differences; 3: 16-bit. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(4, false);
            case 2 -> new Config(8, true);
            default -> new Config(16, true);
        };
    }

    /** The preset of {@code config.level()} with option {@code bits}. */
    public static BinaryArithmetic configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new BinaryArithmetic(new Config(config.intOption("bits", p.bits(), 2, 30), p.subtract()));
    }

    private final Config config;

    public BinaryArithmetic(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int limit = 1 << config.bits();
        int a = 1 + rng.nextInt(limit - 1);
        int b = 1 + rng.nextInt(limit - 1);
        boolean minus = config.subtract() && rng.nextBoolean();
        if (minus && b > a) {
            int t = a;
            a = b;
            b = t;
        }
        int result = minus ? a - b : a + b;
        String x = Integer.toBinaryString(a);
        String y = Integer.toBinaryString(b);
        var trace = new StringBuilder();
        int carry = 0;
        for (int i = 0; i < Math.max(x.length(), y.length()); i++) {
            int p = bit(x, i);
            int q = bit(y, i);
            if (minus) {
                int d = p - q - carry;
                int next = d < 0 ? 1 : 0;
                trace.append("column ").append(i + 1).append(": ").append(p).append(" - ").append(q).append(" - borrow ").append(carry)
                        .append(" = ").append(d).append(" -> write ").append(d & 1).append(", borrow ").append(next).append('\n');
                carry = next;
            } else {
                int s = p + q + carry;
                trace.append("column ").append(i + 1).append(": ").append(p).append(" + ").append(q).append(" + carry ").append(carry)
                        .append(" = ").append(s).append(" -> write ").append(s & 1).append(", carry ").append(s >> 1).append('\n');
                carry = s >> 1;
            }
        }
        if (!minus && carry == 1) trace.append("final carry 1\n");
        String answer = Integer.toBinaryString(result);
        trace.append(x).append(minus ? " - " : " + ").append(y).append(" = ").append(answer);
        String prompt = "Compute in binary: " + x + (minus ? " - " : " + ") + y + ". Answer in binary, without leading zeros.";
        return Problem.answer(prompt, answer, trace.toString());
    }

    /** Bit {@code i} of {@code s} counted from the right, 0 beyond its length. */
    private static int bit(String s, int i) {
        return i < s.length() ? s.charAt(s.length() - 1 - i) - '0' : 0;
    }
}
