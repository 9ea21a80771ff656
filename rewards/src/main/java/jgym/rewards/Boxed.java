package jgym.rewards;

import java.util.Optional;

/**
 * The reader of LaTeX boxed answers: finds the content of the last {@code \boxed{...}} (or {@code \fbox{...}}, which
 * some MATH solutions use) in a text. The one implementation shared by the math rewards and the dataset loaders.
 *
 * <p>Rules: braces nest; an escaped brace {@code \{} or {@code \}} is text, not structure (so
 * {@code \boxed{\left\{ x \right.}} closes); spaces may separate the command from its brace ({@code \boxed {5}}); a
 * longer command such as {@code \boxedx} is not a box. Work is linear in the text length.
 *
 * <p>Two readings of a last box that never closes: {@link #last} throws, for trusted data where that is an error to
 * report; {@link #lastClosed} finds nothing, for a model's completion, which may be truncated mid-answer.
 */
public final class Boxed {
    private Boxed() {}

    private static final String[] COMMANDS = {"\\boxed", "\\fbox"};

    /**
     * The content of the last boxed expression in {@code text} (never null), stripped; empty when there is none.
     *
     * @throws IllegalArgumentException when the last box never closes, naming its offset
     */
    public static Optional<String> last(String text) {
        int at = lastCommand(text);
        if (at < 0) return Optional.empty();
        int open = openBrace(text, at);
        int close = closingBrace(text, open);
        if (close < 0) throw new IllegalArgumentException("the " + commandAt(text, at) + "{ at offset " + at + " never closes");
        return Optional.of(text.substring(open + 1, close).strip());
    }

    /**
     * The content of the last boxed expression in {@code text} (never null), stripped; empty when there is none or
     * when the last one never closes (an earlier box is not taken instead: it was not the final answer). Never throws.
     */
    public static Optional<String> lastClosed(String text) {
        int at = lastCommand(text);
        if (at < 0) return Optional.empty();
        int open = openBrace(text, at);
        int close = closingBrace(text, open);
        return close < 0 ? Optional.empty() : Optional.of(text.substring(open + 1, close).strip());
    }

    /**
     * The index of the '}' closing the '{' at {@code open} in {@code text}, skipping escaped characters such as
     * {@code \{ \}}; -1 when it never closes.
     *
     * @throws IllegalArgumentException when {@code open} is not the index of a '{' in {@code text}
     */
    public static int closingBrace(String text, int open) {
        if (open < 0 || open >= text.length() || text.charAt(open) != '{') {
            throw new IllegalArgumentException("open must index a '{' in the text, got " + open);
        }
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

    /** The offset of the last box command followed (after optional spaces) by '{'; -1 when there is none. */
    private static int lastCommand(String text) {
        int best = -1;
        for (String cmd : COMMANDS) {
            int from = text.length();
            while (from > best) {
                int i = text.lastIndexOf(cmd, from);
                if (i <= best) break;
                if (isBox(text, i + cmd.length())) {
                    best = i;
                    break;
                }
                from = i - 1;
            }
        }
        return best;
    }

    /** True when the command name ending at {@code end} is complete and its argument opens with '{'. */
    private static boolean isBox(String text, int end) {
        if (end < text.length() && Character.isLetter(text.charAt(end))) return false; // \boxedx is another command
        int j = end;
        while (j < text.length() && text.charAt(j) == ' ') j++;
        return j < text.length() && text.charAt(j) == '{';
    }

    /** The index of the '{' of the box command at {@code at}. */
    private static int openBrace(String text, int at) {
        return text.indexOf('{', at);
    }

    /** The name of the box command at {@code at}, for messages. */
    private static String commandAt(String text, int at) {
        return text.startsWith(COMMANDS[0], at) ? COMMANDS[0] : COMMANDS[1];
    }
}
