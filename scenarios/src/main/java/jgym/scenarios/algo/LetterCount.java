package jgym.scenarios.algo;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Counting how often a letter occurs in a word or a sentence ("how many r's in strawberry"), or, from level 3, how
 * many words a sentence has that contain it. The trace spells each word and keeps a running count.
 */
public final class LetterCount implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("words");

    /**
     * @param words      how many words the text has, in [1, 20]
     * @param countWords whether half of the problems count the words containing the letter instead of its occurrences
     */
    public record Config(int words, boolean countWords) {
        public Config {
            Options.range("words", words, 1, 20);
        }
    }

    /** Level 1: one word; 2: five words; 3: ten words, counting letters or words. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(1, false);
            case 2 -> new Config(5, false);
            default -> new Config(10, true);
        };
    }

    /** The preset of {@code config.level()} with option {@code words}. */
    public static LetterCount configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new LetterCount(new Config(config.intOption("words", p.words(), 1, 20), p.countWords()));
    }

    private final Config config;

    public LetterCount(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        String[] words = Words.some(rng, config.words());
        String text = String.join(" ", words);
        // Half the time a letter that occurs, else any letter (it may occur zero times).
        char letter = rng.nextBoolean() ? text.replace(" ", "").charAt(rng.nextInt(text.replace(" ", "").length()))
                : (char) ('a' + rng.nextInt(26));
        boolean byWord = config.countWords() && rng.nextBoolean();
        var trace = new StringBuilder();
        int count = 0;
        for (String w : words) {
            int here = 0;
            var spelled = new StringBuilder();
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                spelled.append(i == 0 ? "" : "-").append(c == letter ? Character.toUpperCase(c) : c);
                if (c == letter) here++;
            }
            count += byWord ? (here > 0 ? 1 : 0) : here;
            trace.append(spelled).append(": ").append(here).append(" -> ").append(count).append('\n');
        }
        String what = byWord ? "How many words in the text contain the letter '" + letter + "'?"
                : "How many times does the letter '" + letter + "' occur in the text?";
        String prompt = "Text: \"" + text + "\". " + what + " Answer with a number.";
        trace.append("total: ").append(count);
        return Problem.answer(prompt, Integer.toString(count), trace.toString());
    }
}
