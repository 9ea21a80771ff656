package jgym.scenarios.math;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;

/**
 * The parity of a bit string: 1 when it holds an odd number of 1s, else 0. A task that needs chain of thought: a
 * small transformer that answers at once does little better than chance on long strings (Tsilivis, Malach, Ullrich and
 * Kempe 2025 pretrain on it with short and long demonstrations). Two traces:
 * <ul>
 *   <li>{@link Trace#RUNNING}: the running parity after each bit, {@code bit:parity so far} ({@code 1:1 0:1 1:0});
 *       each step must find bit i in the prompt, at an offset that grows along the trace;</li>
 *   <li>{@link Trace#CARRY}: each step writes the parity so far and carries the unread rest of the string along
 *       ({@code 1|01 1|1 0}), so the next bit is always right after the previous step's bar.</li>
 * </ul>
 */
public final class Parity implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 4;

    /** How the oracle trace works the parity out. */
    public enum Trace { RUNNING, CARRY }

    /**
     * @param bits  the length of the string, in [2, 24]
     * @param trace the oracle trace's form
     */
    public record Config(int bits, Trace trace) {
        public Config {
            Options.range("bits", bits, 2, 24);
            java.util.Objects.requireNonNull(trace, "trace");
        }
    }

    /** The preset of {@code level}: 4, 8, 12 or 16 bits, the running trace. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return new Config(4 * level, Trace.RUNNING);
    }

    /** The preset of {@code config.level()} with options {@code bits} and {@code trace} ({@code running} or {@code carry}). */
    public static Parity configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, Set.of("bits", "trace"));
        String trace = config.options().getOrDefault("trace", "running");
        Trace t = switch (trace) {
            case "running" -> Trace.RUNNING;
            case "carry" -> Trace.CARRY;
            default -> throw new IllegalArgumentException(scenario + ": option trace must be running or carry, got " + trace);
        };
        return new Parity(new Config(config.intOption("bits", preset(config.level()).bits(), 2, 24), t));
    }

    private final Config config;

    public Parity(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        var bits = new StringBuilder(config.bits());
        for (int i = 0; i < config.bits(); i++) bits.append(rng.nextInt(2));
        var trace = new StringBuilder(4 * config.bits());
        int parity = 0;
        for (int i = 0; i < config.bits(); i++) {
            int b = bits.charAt(i) - '0';
            parity ^= b;
            trace.append(i == 0 ? "" : " ");
            if (config.trace() == Trace.RUNNING) trace.append(b).append(':').append(parity);
            else if (i + 1 < bits.length()) trace.append(parity).append('|').append(bits, i + 1, bits.length());
            else trace.append(parity);
        }
        return Problem.answer("Parity of " + bits + "? Answer with 0 or 1.", Integer.toString(parity), trace.toString());
    }
}
