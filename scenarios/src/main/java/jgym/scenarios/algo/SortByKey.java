package jgym.scenarios.algo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Sorting words by a key: by length then alphabetically (level 1), by last letter then alphabetically (level 2), by
 * the number of vowels, longest first, then alphabetically (level 3). The trace writes each word's key, then the order.
 */
public final class SortByKey implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("words");

    /** @param key 1 length, 2 last letter, 3 vowels descending; @param words how many, in [2, 12] */
    public record Config(int key, int words) {
        public Config {
            Options.range("key", key, 1, 3);
            Options.range("words", words, 2, 12);
        }
    }

    /** Level {@code l} sorts by key {@code l}, 5, 6 and 8 words. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return new Config(level, level == 1 ? 5 : level == 2 ? 6 : 8);
    }

    /** The preset of {@code config.level()} with option {@code words}. */
    public static SortByKey configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new SortByKey(new Config(p.key(), config.intOption("words", p.words(), 2, 12)));
    }

    private final Config config;

    public SortByKey(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        String[] words = Arrays.stream(Words.some(rng, config.words())).distinct().toArray(String[]::new);
        Comparator<String> by = switch (config.key()) {
            case 1 -> Comparator.comparingInt(String::length);
            case 2 -> Comparator.comparingInt(w -> w.charAt(w.length() - 1));
            default -> Comparator.comparingInt((String w) -> -vowels(w));
        };
        String[] sorted = words.clone();
        Arrays.sort(sorted, by.thenComparing(Comparator.naturalOrder()));
        var trace = new StringBuilder();
        for (String w : words) {
            trace.append(w).append(": ").append(switch (config.key()) {
                case 1 -> w.length() + " letters";
                case 2 -> "ends in " + w.charAt(w.length() - 1);
                default -> vowels(w) + " vowels";
            }).append('\n');
        }
        String answer = String.join(", ", sorted);
        trace.append("order: ").append(answer);
        String rule = switch (config.key()) {
            case 1 -> "by length, shortest first";
            case 2 -> "by their last letter, a to z";
            default -> "by how many vowels (a, e, i, o, u) they have, most first";
        };
        String prompt = "Sort these words " + rule + ", breaking ties alphabetically: " + String.join(", ", words)
                + ". Answer with the words separated by commas.";
        return Problem.answer(prompt, answer, trace.toString());
    }

    static int vowels(String w) {
        int n = 0;
        for (char c : w.toCharArray()) if ("aeiou".indexOf(c) >= 0) n++;
        return n;
    }
}
