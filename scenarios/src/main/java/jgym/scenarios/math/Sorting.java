package jgym.scenarios.math;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;

/**
 * Sorting a list of numbers in ascending or descending order, worked by selection in the trace (the smallest, or the
 * largest, of what is left, one line each). The answer is the sorted numbers as written, separated by commas.
 */
public final class Sorting implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("count", "max_value");

    /**
     * How lists are drawn.
     *
     * @param count      how many numbers, in [2, 12]
     * @param maxValue   values are drawn from [-maxValue, maxValue] (from [0, maxValue] without negatives), in hundredths
     *                   when decimals are on; in [9, 99999]
     * @param negatives  whether negative values may appear
     * @param decimals   whether values have two decimal places ({@code 3.07})
     * @param descending whether half of the problems ask for descending order (otherwise always ascending)
     */
    public record Config(int count, int maxValue, boolean negatives, boolean decimals, boolean descending) {
        public Config {
            Options.range("count", count, 2, 12);
            Options.range("maxValue", maxValue, 9, 99_999);
        }
    }

    /** The preset of {@code level}: five whole numbers ascending, six with negatives either way, eight decimals either way. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(5, 99, false, false, false);
            case 2 -> new Config(6, 999, true, false, true);
            default -> new Config(8, 9999, true, true, true);
        };
    }

    /** The preset of {@code config.level()} with options {@code count}, {@code max_value}. */
    public static Sorting configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Sorting(new Config(config.intOption("count", p.count(), 2, 12),
                config.intOption("max_value", p.maxValue(), 9, 99_999), p.negatives(), p.decimals(), p.descending()));
    }

    private final Config config;

    public Sorting(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int n = config.count();
        long[] v = new long[n];
        int span = config.negatives() ? 2 * config.maxValue() + 1 : config.maxValue() + 1;
        long low = config.negatives() ? -config.maxValue() : 0;
        for (int i = 0; i < n; i++) v[i] = low + rng.nextInt(span);
        boolean down = config.descending() && rng.nextBoolean();
        String order = down ? "descending" : "ascending";
        String[] text = new String[n];
        for (int i = 0; i < n; i++) text[i] = show(v[i]);
        int[] left = new int[n]; // indices of the values not yet placed, in their given order
        for (int i = 0; i < n; i++) left[i] = i;
        var trace = new StringBuilder(24 * n * n / 2 + 32);
        var answer = new StringBuilder(8 * n);
        for (int size = n; size > 0; size--) {
            int best = 0;
            for (int i = 1; i < size; i++) if (down ? v[left[i]] > v[left[best]] : v[left[i]] < v[left[best]]) best = i;
            if (size > 1) {
                trace.append(down ? "largest of " : "smallest of ");
                for (int i = 0; i < size; i++) trace.append(i == 0 ? "" : ", ").append(text[left[i]]);
                trace.append(" is ").append(text[left[best]]).append('\n');
            }
            answer.append(answer.length() == 0 ? "" : ", ").append(text[left[best]]);
            System.arraycopy(left, best + 1, left, best, size - best - 1);
        }
        trace.append(order).append(": ").append(answer);
        String prompt = "Sort these numbers in " + order + " order: " + String.join(", ", text)
                + ". Answer with the numbers as written, separated by commas.";
        return Problem.answer(prompt, answer.toString(), trace.toString());
    }

    /** A value as written: an integer, or hundredths as {@code -3.07}. */
    private String show(long x) {
        if (!config.decimals()) return Long.toString(x);
        long a = Math.abs(x);
        return (x < 0 ? "-" : "") + a / 100 + "." + (a % 100 < 10 ? "0" : "") + a % 100;
    }
}
