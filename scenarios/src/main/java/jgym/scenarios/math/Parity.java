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
 * and four ways of writing the parity so far ({@link Script}): digits, or a letter in one of two scripts, Latin
 * ({@code e}ven, {@code o}dd) or Cyrillic ({@code ч} for чёт, {@code н} for нечет), or both mixed within one trace: the
 * toy bilingual corpus on which the language-consistency reward is shown. With letters the last step also writes the
 * answer ({@code o=1}). The script never changes the bit string, so the prompts (and held-out sets) are the same.
 */
public final class Parity implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 4;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("bits", "trace", "script");

    /** How the oracle trace works the parity out. */
    public enum Trace { RUNNING, CARRY }

    /** How the trace writes the parity so far. */
    public enum Script {
        /** {@code 0} and {@code 1}. */
        DIGITS,
        /** {@code e} (even) and {@code o} (odd). */
        LATIN,
        /** {@code ч} (чёт, even) and {@code н} (нечет, odd). */
        CYRILLIC,
        /** Latin or Cyrillic at random for the first step, then switching script with probability {@value #SWITCH} at each step. */
        MIXED;

        /** The chance that a mixed trace switches script from one step to the next. */
        public static final double SWITCH = 0.3;
    }

    /**
     * @param bits   the length of the string, in [2, 24]
     * @param trace  the oracle trace's form
     * @param script how the trace writes the parity so far
     */
    public record Config(int bits, Trace trace, Script script) {
        public Config {
            Options.range("bits", bits, 2, 24);
            java.util.Objects.requireNonNull(trace, "trace");
            java.util.Objects.requireNonNull(script, "script");
        }

        /** Parity written in digits. */
        public Config(int bits, Trace trace) {
            this(bits, trace, Script.DIGITS);
        }
    }

    /** The preset of {@code level}: 4, 8, 12 or 16 bits, the running trace. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return new Config(4 * level, Trace.RUNNING);
    }

    /**
     * The preset of {@code config.level()} with options {@code bits}, {@code trace} ({@code running} or {@code carry})
     * and {@code script} ({@code digits}, {@code latin}, {@code cyrillic} or {@code mixed}).
     */
    public static Parity configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        String trace = config.options().getOrDefault("trace", "running");
        Trace t = switch (trace) {
            case "running" -> Trace.RUNNING;
            case "carry" -> Trace.CARRY;
            default -> throw new IllegalArgumentException(scenario + ": option trace must be running or carry, got " + trace);
        };
        String script = config.options().getOrDefault("script", "digits");
        Script sc = switch (script) {
            case "digits" -> Script.DIGITS;
            case "latin" -> Script.LATIN;
            case "cyrillic" -> Script.CYRILLIC;
            case "mixed" -> Script.MIXED;
            default -> throw new IllegalArgumentException(scenario + ": option script must be digits, latin, cyrillic or mixed, got " + script);
        };
        return new Parity(new Config(config.intOption("bits", preset(config.level()).bits(), 2, 24), t, sc));
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
        boolean cyrillic = config.script() == Script.CYRILLIC || config.script() == Script.MIXED && rng.nextBoolean();
        for (int i = 0; i < config.bits(); i++) {
            int b = bits.charAt(i) - '0';
            parity ^= b;
            if (config.script() == Script.MIXED && i > 0 && rng.nextDouble() < Script.SWITCH) cyrillic = !cyrillic;
            String p = config.script() == Script.DIGITS ? Integer.toString(parity)
                    : cyrillic ? (parity == 0 ? "ч" : "н") : (parity == 0 ? "e" : "o");
            trace.append(i == 0 ? "" : " ");
            if (config.trace() == Trace.RUNNING) trace.append(b).append(':').append(p);
            else if (i + 1 < bits.length()) trace.append(p).append('|').append(bits, i + 1, bits.length());
            else trace.append(p);
        }
        if (config.script() != Script.DIGITS) trace.append('=').append(parity);
        return Problem.answer("Parity of " + bits + "? Answer with 0 or 1.", Integer.toString(parity), trace.toString());
    }
}
