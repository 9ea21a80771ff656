package jgym.scenarios.algo;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Writing a number given in one base in another: through base 10, by place values one way and repeated division the
 * other, every step in the trace. Digits above 9 are the letters a-f.
 */
public final class BaseConversion implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("max_value");

    /**
     * @param maxValue the largest value converted, in [7, 1,000,000]
     * @param maxBase  bases are drawn from [2, maxBase], in [2, 16]; base 10 is one side when {@code viaTen}
     * @param viaTen   whether one side is always base 10
     */
    public record Config(int maxValue, int maxBase, boolean viaTen) {
        public Config {
            Options.range("maxValue", maxValue, 7, 1_000_000);
            Options.range("maxBase", maxBase, 2, 16);
        }
    }

    /** Level 1: base 10 to binary below 64; 2: base 10 and bases up to 9, below 1,000; 3: any two bases up to 16, below 65,536. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(63, 2, true);
            case 2 -> new Config(999, 9, true);
            default -> new Config(65_535, 16, false);
        };
    }

    /** The preset of {@code config.level()} with option {@code max_value}. */
    public static BaseConversion configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new BaseConversion(new Config(config.intOption("max_value", p.maxValue(), 7, 1_000_000), p.maxBase(), p.viaTen()));
    }

    private final Config config;

    public BaseConversion(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int value = 2 + rng.nextInt(config.maxValue() - 1);
        int from;
        int to;
        if (config.viaTen()) {
            int other = config.maxBase() == 2 ? 2 : 2 + rng.nextInt(config.maxBase() - 2);
            boolean toOther = config.maxBase() == 2 || rng.nextBoolean();
            from = toOther ? 10 : other;
            to = toOther ? other : 10;
        } else {
            from = 2 + rng.nextInt(config.maxBase() - 1);
            do to = 2 + rng.nextInt(config.maxBase() - 1); while (to == from);
        }
        String given = Integer.toString(value, from);
        String answer = Integer.toString(value, to);
        var trace = new StringBuilder();
        if (from != 10) {
            trace.append(given).append(" in base ").append(from).append(" = ");
            for (int i = 0; i < given.length(); i++) {
                int d = Character.digit(given.charAt(i), from);
                trace.append(i == 0 ? "" : " + ").append(d).append("*").append(from).append("^").append(given.length() - 1 - i);
            }
            trace.append(" = ").append(value).append(" in base 10\n");
        }
        if (to != 10) {
            int v = value;
            while (v > 0) {
                trace.append(v).append(" = ").append(v / to).append("*").append(to).append(" + ").append(v % to).append('\n');
                v /= to;
            }
            trace.append("remainders from last to first: ").append(answer).append('\n');
        }
        trace.append(given).append(" in base ").append(from).append(" is ").append(answer).append(" in base ").append(to);
        String prompt = "Write the base-" + from + " number " + given + " in base " + to + "."
                + (to > 10 ? " Use lowercase letters a-f for digits above 9." : "") + " Answer with the digits only.";
        return Problem.answer(prompt, answer, trace.toString());
    }
}
