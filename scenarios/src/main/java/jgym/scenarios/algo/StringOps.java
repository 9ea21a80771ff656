package jgym.scenarios.algo;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * String manipulation: reverse a word (level 1), reverse the order of words (level 2), or take the last letter of every
 * word and reverse the result (level 3). The trace works one letter or word at a time.
 */
public final class StringOps implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("words");

    /**
     * @param operation 1 reverse a word, 2 reverse word order, 3 last letters reversed
     * @param words     words in the text for operations 2 and 3, in [2, 12]
     */
    public record Config(int operation, int words) {
        public Config {
            Options.range("operation", operation, 1, 3);
            Options.range("words", words, 2, 12);
        }
    }

    /** Level {@code l} is operation {@code l}, with 4 words (level 2) or 6 (level 3). */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return new Config(level, level == 3 ? 6 : 4);
    }

    /** The preset of {@code config.level()} with option {@code words}. */
    public static StringOps configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new StringOps(new Config(p.operation(), config.intOption("words", p.words(), 2, 12)));
    }

    private final Config config;

    public StringOps(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        var trace = new StringBuilder();
        String prompt;
        String answer;
        switch (config.operation()) {
            case 1 -> {
                String w = Words.any(rng) + Words.any(rng);
                var r = new StringBuilder();
                for (int i = w.length() - 1; i >= 0; i--) {
                    r.append(w.charAt(i));
                    trace.append("letter ").append(i + 1).append(" '").append(w.charAt(i)).append("' -> ").append(r).append('\n');
                }
                answer = r.toString();
                prompt = "Reverse the letters of the string \"" + w + "\". Answer with the reversed string.";
            }
            case 2 -> {
                String[] ws = Words.some(rng, config.words());
                var out = new StringBuilder();
                for (int i = ws.length - 1; i >= 0; i--) {
                    out.append(out.length() == 0 ? "" : " ").append(ws[i]);
                    trace.append("word ").append(i + 1).append(" '").append(ws[i]).append("' -> ").append(out).append('\n');
                }
                answer = out.toString();
                prompt = "Reverse the order of the words in \"" + String.join(" ", ws) + "\". Answer with the words, separated by spaces.";
            }
            default -> {
                String[] ws = Words.some(rng, config.words());
                var last = new StringBuilder();
                for (String w : ws) {
                    last.append(w.charAt(w.length() - 1));
                    trace.append(w).append(" ends in '").append(w.charAt(w.length() - 1)).append("' -> ").append(last).append('\n');
                }
                answer = last.reverse().toString();
                trace.append("reversed: ").append(answer).append('\n');
                prompt = "Take the last letter of each word in \"" + String.join(" ", ws)
                        + "\", join them in order, and reverse the result. Answer with the resulting string.";
            }
        }
        trace.append("answer: ").append(answer);
        return Problem.answer(prompt, answer, trace.toString());
    }
}
