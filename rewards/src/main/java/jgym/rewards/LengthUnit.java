package jgym.rewards;

/**
 * How the length rewards measure a completion. The gym has no tokenizer of its own, so lengths are in one of these
 * units; pick the one closest to the policy's tokens (whitespace words for word-level policies, code points for
 * character-level ones) and set the length limits in the same unit.
 */
public enum LengthUnit {
    /** Unicode code points. */
    CODE_POINTS {
        @Override
        public int measure(String s) {
            return s.codePointCount(0, s.length());
        }
    },
    /** Maximal runs of non-whitespace characters, as Python's {@code str.split()} counts them. */
    WORDS {
        @Override
        public int measure(String s) {
            int n = 0;
            boolean inWord = false;
            for (int i = 0; i < s.length(); i++) {
                boolean space = PythonWhitespace.isSpace(s.charAt(i));
                if (!space && !inWord) n++;
                inWord = !space;
            }
            return n;
        }
    };

    /** The length of {@code s} (never null) in this unit, at least 0. */
    public abstract int measure(String s);
}
