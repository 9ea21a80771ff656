package jgym.agents.rl;

import jgym.agents.policy.Tokenizer;

/** A character tokenizer over a fixed alphabet for tests: character {@code i} of the alphabet is id {@code i}, EOS is last. */
public final class AlphabetTokenizer implements Tokenizer {
    private final String alphabet;

    public AlphabetTokenizer(String alphabet) {
        if (alphabet.isEmpty()) throw new IllegalArgumentException("alphabet must not be empty");
        this.alphabet = alphabet;
    }

    @Override
    public int[] encode(String text) {
        int[] ids = new int[text.length()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = alphabet.indexOf(text.charAt(i));
            if (ids[i] < 0) throw new IllegalArgumentException("text: character '" + text.charAt(i) + "' is not in the alphabet");
        }
        return ids;
    }

    @Override
    public String decode(int[] tokens) {
        var sb = new StringBuilder();
        for (int t : tokens) if (t != eosId()) sb.append(alphabet.charAt(t));
        return sb.toString();
    }

    @Override
    public int vocabSize() {
        return alphabet.length() + 1;
    }

    @Override
    public int eosId() {
        return alphabet.length();
    }
}
