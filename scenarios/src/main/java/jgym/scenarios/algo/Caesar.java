package jgym.scenarios.algo;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Decoding a Caesar cipher: every letter shifted forward by k places in the alphabet. Level 1 decodes one word with k
 * given, level 2 three words, level 3 three words with k unknown but the first plain word given (find k, then decode).
 * The trace shifts each letter back.
 */
public final class Caesar implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("words");

    /**
     * @param words     words in the message, in [1, 8]
     * @param shiftKnown whether the prompt states the shift
     */
    public record Config(int words, boolean shiftKnown) {
        public Config {
            Options.range("words", words, 1, 8);
        }
    }

    /** Level 1: one word, shift given; 2: three words, shift given; 3: three words, shift to be found. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(1, true);
            case 2 -> new Config(3, true);
            default -> new Config(3, false);
        };
    }

    /** The preset of {@code config.level()} with option {@code words}. */
    public static Caesar configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Caesar(new Config(config.intOption("words", p.words(), 1, 8), p.shiftKnown()));
    }

    private final Config config;

    public Caesar(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        String[] plain = Words.some(rng, Math.max(config.words(), config.shiftKnown() ? 1 : 2));
        int k = 1 + rng.nextInt(25);
        String message = String.join(" ", plain);
        String cipher = shift(message, k);
        var trace = new StringBuilder();
        if (!config.shiftKnown()) {
            char p = plain[0].charAt(0);
            char c = cipher.charAt(0);
            trace.append("'").append(p).append("' became '").append(c).append("': shift ").append(Math.floorMod(c - p, 26)).append('\n');
        }
        for (String w : cipher.split(" ")) {
            trace.append(w).append(" -> ");
            for (int i = 0; i < w.length(); i++) trace.append(shift(String.valueOf(w.charAt(i)), -k));
            trace.append('\n');
        }
        trace.append("message: ").append(message);
        String prompt = "This message was encrypted with a Caesar cipher, every letter shifted forward"
                + (config.shiftKnown() ? " by " + k + " places" : "")
                + " in the alphabet (wrapping from z to a): \"" + cipher + "\"."
                + (config.shiftKnown() ? "" : " Its first word is \"" + plain[0] + "\".")
                + " Decode it. Answer with the plain message in lower case.";
        return Problem.answer(prompt, message, trace.toString());
    }

    /** {@code s} with every lower-case letter moved {@code k} places forward (backward when negative). */
    static String shift(String s, int k) {
        var b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'a' && c <= 'z' ? (char) ('a' + Math.floorMod(c - 'a' + k, 26)) : c);
        }
        return b.toString();
    }
}
