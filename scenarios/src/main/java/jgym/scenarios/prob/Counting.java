package jgym.scenarios.prob;

import java.math.BigInteger;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Combinatorics: orderings of k of n things in a row (level 1), committees of k from n (level 2), distinct arrangements of
 * the letters of a word with repeated letters (level 3). The trace writes the formula and its product.
 */
public final class Counting implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of();
    private static final String[] WORDS = {"letter", "coffee", "success", "balloon", "committee", "mississippi", "address",
        "pepper", "follow", "giraffe", "puzzle", "barrel", "butter", "kitten", "summer", "rabbit", "cherry", "banner",
        "apple", "river", "strawberry", "mirror", "bottle", "yellow", "carrot", "tomato", "potato", "balloon", "coconut",
        "teacher", "street", "thunder", "lightning", "pattern", "triangle", "sentence", "evening", "morning", "season",
        "dragon", "castle", "bridge", "island", "forest", "planet", "rocket", "silver", "purple", "winter", "window"};
    private static final String[] THINGS = {"people", "books", "cars", "flags", "paintings", "runners"};

    /** @param kind 1 orderings, 2 committees, 3 word arrangements */
    public record Config(int kind) {
        public Config {
            Options.range("kind", kind, 1, 3);
        }
    }

    /** Level {@code l} is kind {@code l}. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return new Config(level);
    }

    /** The preset of {@code config.level()}; no options. */
    public static Counting configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        return new Counting(preset(config.level()));
    }

    private final Config config;

    public Counting(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        var trace = new StringBuilder();
        BigInteger answer;
        String prompt;
        switch (config.kind()) {
            case 1 -> {
                int n = 3 + rng.nextInt(10);
                int k = 2 + rng.nextInt(n - 1);
                String things = THINGS[rng.nextInt(THINGS.length)];
                answer = BigInteger.ONE;
                var product = new StringBuilder();
                for (int i = 0; i < k; i++) {
                    answer = answer.multiply(BigInteger.valueOf(n - i));
                    product.append(i == 0 ? "" : "*").append(n - i);
                }
                trace.append("P(").append(n).append(",").append(k).append(") = ").append(product).append(" = ").append(answer).append('\n');
                prompt = "In how many different orders can " + k + " of " + n + " " + things + " be placed in a row" + (k == n ? " (all of them)" : "") + "?";
            }
            case 2 -> {
                int n = 5 + rng.nextInt(12);
                int k = 2 + rng.nextInt(Math.min(5, n - 2));
                answer = BigInteger.ONE;
                var num = new StringBuilder();
                for (int i = 0; i < k; i++) {
                    answer = answer.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
                    num.append(i == 0 ? "" : "*").append(n - i);
                }
                trace.append("C(").append(n).append(",").append(k).append(") = ").append(num).append(" / ").append(k).append("! = ").append(answer).append('\n');
                prompt = "In how many ways can a committee of " + k + " be chosen from " + n + " people?";
            }
            default -> {
                String w = WORDS[rng.nextInt(WORDS.length)];
                var counts = new TreeMap<Character, Integer>();
                for (char c : w.toCharArray()) counts.merge(c, 1, Integer::sum);
                BigInteger top = factorial(w.length(), trace);
                BigInteger bottom = BigInteger.ONE;
                trace.append("repeated letters:");
                for (var e : counts.entrySet()) {
                    if (e.getValue() > 1) {
                        trace.append(' ').append(e.getKey()).append(" x").append(e.getValue());
                        for (int i = 2; i <= e.getValue(); i++) bottom = bottom.multiply(BigInteger.valueOf(i));
                    }
                }
                answer = top.divide(bottom);
                trace.append("\n").append(top).append(" / ").append(bottom).append(" = ").append(answer).append('\n');
                prompt = "How many distinct arrangements of the letters of the word \"" + w + "\" are there?";
            }
        }
        trace.append("answer: ").append(answer);
        return Problem.answer(prompt + " Answer with a number.", answer.toString(), trace.toString());
    }

    private static BigInteger factorial(int n, StringBuilder trace) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) f = f.multiply(BigInteger.valueOf(i));
        trace.append(n).append("! = ").append(f).append('\n');
        return f;
    }
}
