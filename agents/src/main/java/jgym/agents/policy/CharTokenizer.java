package jgym.agents.policy;

import java.util.Arrays;

/**
 * A character-level tokenizer: four special ids (PAD 0, BOS 1, EOS 2, UNK 3) followed by one id per character of an
 * alphabet. The default alphabet, {@link #ascii()}, is newline, tab and printable ASCII (space to '~'), 101 ids in
 * all, which covers the gym's text scenarios. A character outside the alphabet encodes to UNK (never silently to
 * another character) and UNK decodes to U+FFFD; PAD, BOS and EOS decode to nothing.
 */
public final class CharTokenizer implements Tokenizer {
    public static final int PAD = 0;
    public static final int BOS = 1;
    public static final int EOS = 2;
    public static final int UNK = 3;
    private static final int SPECIALS = 4;
    private static final String ASCII_ALPHABET = asciiAlphabet();

    private final String alphabet;
    private final int[] idOfChar = new int[Character.MAX_VALUE + 1];

    /**
     * A tokenizer over {@code alphabet}, whose characters get ids 4, 5, ... in order.
     *
     * @param alphabet distinct characters, non-empty
     */
    public CharTokenizer(String alphabet) {
        if (alphabet == null || alphabet.isEmpty()) throw new IllegalArgumentException("alphabet must be non-empty, got " + alphabet);
        Arrays.fill(idOfChar, UNK);
        for (int i = 0; i < alphabet.length(); i++) {
            char ch = alphabet.charAt(i);
            if (idOfChar[ch] != UNK) throw new IllegalArgumentException("alphabet repeats the character U+" + Integer.toHexString(ch));
            idOfChar[ch] = SPECIALS + i;
        }
        this.alphabet = alphabet;
    }

    /** Newline, tab and printable ASCII. */
    public static CharTokenizer ascii() {
        return new CharTokenizer(ASCII_ALPHABET);
    }

    /**
     * Newline, tab and printable ASCII, then every other character of {@code texts} in code-unit order: the alphabet of
     * a corpus that is mostly ASCII (such as the bilingual parity traces, which add {@code ч} and {@code н}). Equal to
     * {@link #ascii()} when the texts are ASCII.
     */
    public static CharTokenizer asciiCovering(Iterable<String> texts) {
        var extra = new java.util.TreeSet<Character>();
        for (String t : texts) {
            for (int i = 0; i < t.length(); i++) {
                char ch = t.charAt(i);
                if (ASCII_ALPHABET.indexOf(ch) < 0) extra.add(ch);
            }
        }
        var sb = new StringBuilder(ASCII_ALPHABET);
        for (char ch : extra) sb.append(ch);
        return new CharTokenizer(sb.toString());
    }

    private static String asciiAlphabet() {
        StringBuilder sb = new StringBuilder("\n\t");
        for (char ch = ' '; ch <= '~'; ch++) sb.append(ch);
        return sb.toString();
    }

    /** The characters with ids 4, 5, ..., in order (what a checkpoint stores). */
    public String alphabet() {
        return alphabet;
    }

    @Override
    public int[] encode(String text) {
        int[] ids = new int[text.length()];
        for (int i = 0; i < ids.length; i++) ids[i] = idOfChar[text.charAt(i)];
        return ids;
    }

    @Override
    public String decode(int[] tokens) {
        StringBuilder sb = new StringBuilder(tokens.length);
        for (int id : tokens) {
            if (id < 0 || id >= vocabSize()) throw new IllegalArgumentException("token id " + id + " outside [0, " + vocabSize() + ")");
            if (id == UNK) sb.append('\uFFFD');
            else if (id >= SPECIALS) sb.append(alphabet.charAt(id - SPECIALS));
        }
        return sb.toString();
    }

    @Override
    public int vocabSize() {
        return SPECIALS + alphabet.length();
    }

    @Override
    public int eosId() {
        return EOS;
    }

    /** The id that starts every sequence the policy sees. */
    public int bosId() {
        return BOS;
    }

    /** The id that fills right-padded rows. */
    public int padId() {
        return PAD;
    }
}
