package jgym.rewards;

/**
 * The characters Python's {@code str.split()} splits on ({@code str.isspace()}), so that word counts equal open-r1's:
 * Java's {@link Character#isWhitespace(char)} plus the four it leaves out, U+0085 (next line) and the no-break spaces
 * U+00A0, U+2007 and U+202F.
 */
final class PythonWhitespace {
    private PythonWhitespace() {}

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u0085' || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }
}
