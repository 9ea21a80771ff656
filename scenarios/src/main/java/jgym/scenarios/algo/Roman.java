package jgym.scenarios.algo;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Roman numerals: writing a number as a numeral (level 1 up to 100, level 3 up to 3999) and reading a numeral as a
 * number (levels 2 and 3). The trace takes the largest symbol value (subtractive pairs included) at each step.
 */
public final class Roman implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("max");
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    /** @param max the largest number, in [10, 3999]; @param read whether numerals are read (1: only, 2: half the time, 0: never) */
    public record Config(int max, int read) {
        public Config {
            Options.range("max", max, 10, 3999);
            Options.range("read", read, 0, 2);
        }
    }

    /** Level 1: write numbers up to 100; 2: read numerals up to 500; 3: both, up to 3999. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(100, 0);
            case 2 -> new Config(500, 1);
            default -> new Config(3999, 2);
        };
    }

    /** The preset of {@code config.level()} with option {@code max}. */
    public static Roman configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Roman(new Config(config.intOption("max", p.max(), 10, 3999), p.read()));
    }

    private final Config config;

    public Roman(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int n = 1 + rng.nextInt(config.max());
        boolean read = config.read() == 1 || config.read() == 2 && rng.nextBoolean();
        var trace = new StringBuilder();
        var numeral = new StringBuilder();
        int left = n;
        for (int k = 0; k < VALUES.length; k++) {
            while (left >= VALUES[k]) {
                left -= VALUES[k];
                numeral.append(SYMBOLS[k]);
                trace.append(SYMBOLS[k]).append(" = ").append(VALUES[k]).append(", ").append(read ? "running total " + (n - left) : "left " + left).append('\n');
            }
        }
        if (read) {
            trace.append(numeral).append(" = ").append(n);
            return Problem.answer("What number does the Roman numeral " + numeral + " stand for? Answer with the number.", Integer.toString(n), trace.toString());
        }
        trace.append(n).append(" = ").append(numeral);
        return Problem.answer("Write " + n + " as a Roman numeral (standard subtractive form, e.g. 14 = XIV). Answer with the numeral.",
                numeral.toString(), trace.toString());
    }
}
