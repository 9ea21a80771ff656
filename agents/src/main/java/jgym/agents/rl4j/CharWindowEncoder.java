package jgym.agents.rl4j;

import java.util.Objects;

/**
 * Encodes the most recent characters of a text as a fixed-size vector: one-hot over {@code alphabet} plus an "other"
 * slot for each of the last {@code window} positions, right-aligned (the newest character in the last block) and
 * zero-padded on the left when the text is shorter than the window.
 *
 * <p>Length {@link #size()} = {@code window * (alphabet.length() + 1)}. Block {@code j} describes the character at
 * distance {@code window - j} from the end.
 *
 * @param alphabet the characters with their own slot; any other character is "other"
 * @param window   how many trailing characters are encoded, >= 1
 */
public record CharWindowEncoder(String alphabet, int window) {
    public CharWindowEncoder {
        Objects.requireNonNull(alphabet, "alphabet");
        if (alphabet.chars().distinct().count() != alphabet.length()) {
            throw new IllegalArgumentException("alphabet must have distinct characters, got '" + alphabet + "'");
        }
        if (window < 1) throw new IllegalArgumentException("window must be >= 1, got " + window);
    }

    /** Length of every encoded vector. */
    public int size() {
        return window * (alphabet.length() + 1);
    }

    /** The encoding of the last {@code window} characters of {@code text}. */
    public double[] encode(String text) {
        int block = alphabet.length() + 1;
        double[] out = new double[size()];
        int n = Math.min(window, text.length());
        for (int k = 0; k < n; k++) {
            char c = text.charAt(text.length() - n + k);
            int slot = alphabet.indexOf(c);
            int blockIndex = window - n + k;
            out[blockIndex * block + (slot >= 0 ? slot : alphabet.length())] = 1.0;
        }
        return out;
    }
}
