package jgym.scenarios.data;

import java.util.Optional;

/**
 * Finds the content of the last {@code \boxed{...}} (or {@code \fbox{...}}, which some MATH solutions use) in a LaTeX
 * text. Braces nest; an escaped brace {@code \{} or {@code \}} is text, not structure.
 */
final class Boxed {
    private Boxed() {}

    private static final String[] COMMANDS = {"\\boxed", "\\fbox"};

    /**
     * The content of the last boxed expression in {@code text}, stripped; empty when there is none.
     *
     * @throws IllegalArgumentException when the last box never closes, naming its offset
     */
    static Optional<String> last(String text) {
        int at = -1;
        int open = -1;
        for (String cmd : COMMANDS) {
            int from = text.length();
            while (from >= 0) {
                int i = text.lastIndexOf(cmd, from);
                if (i < 0) break;
                int j = i + cmd.length();
                while (j < text.length() && text.charAt(j) == ' ') j++;
                if (j < text.length() && text.charAt(j) == '{' && !isLetterAfter(text, i + cmd.length())) {
                    if (i > at) {
                        at = i;
                        open = j;
                    }
                    break;
                }
                from = i - 1;
            }
        }
        if (at < 0) return Optional.empty();
        int close = matchingBrace(text, open);
        if (close < 0) throw new IllegalArgumentException("the \\boxed{ at offset " + at + " never closes");
        return Optional.of(text.substring(open + 1, close).strip());
    }

    /** True when a letter follows the command name (e.g. {@code \boxedx} is another command). */
    private static boolean isLetterAfter(String text, int end) {
        return end < text.length() && Character.isLetter(text.charAt(end));
    }

    /** The index of the '}' closing the '{' at {@code open}, skipping escaped braces; -1 when it never closes. */
    static int matchingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
