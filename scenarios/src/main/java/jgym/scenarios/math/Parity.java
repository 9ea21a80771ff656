package jgym.scenarios.math;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;

/**
 * The parity of a bit string: 1 when it holds an odd number of 1s, else 0. A task that needs chain of thought: a
 * small transformer that answers at once does little better than chance on long strings (Tsilivis, Malach, Ullrich and
 * Kempe 2025 pretrain on it with short and long demonstrations), while the trace below, a running parity after each
 * bit ({@code bit:parity so far}), makes every step local.
 */
public final class Parity implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 4;

    /** @param bits the length of the string, in [2, 24] */
    public record Config(int bits) {
        public Config {
            Options.range("bits", bits, 2, 24);
        }
    }

    /** The preset of {@code level}: 4, 8, 12 or 16 bits. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return new Config(4 * level);
    }

    /** The preset of {@code config.level()} with option {@code bits}. */
    public static Parity configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, Set.of("bits"));
        return new Parity(new Config(config.intOption("bits", preset(config.level()).bits(), 2, 24)));
    }

    private final Config config;

    public Parity(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        var bits = new StringBuilder(config.bits());
        var trace = new StringBuilder(4 * config.bits());
        int parity = 0;
        for (int i = 0; i < config.bits(); i++) {
            int b = rng.nextInt(2);
            bits.append(b);
            parity ^= b;
            trace.append(i == 0 ? "" : " ").append(b).append(':').append(parity);
        }
        return Problem.answer("Parity of " + bits + "? Answer with 0 or 1.", Integer.toString(parity), trace.toString());
    }
}
