package jgym.rewards.symbolic;

import java.util.Set;

/**
 * Whether a LaTeX expression names a quantity ({@code x}, {@code y_1}, {@code f(x)}, {@code |AB|}, {@code A:B},
 * {@code \frac{NO}{BO}}) rather than computes one ({@code 2x + z}, {@code a^2}, {@code 11a + c}): Math-Verify's
 * "expression of only symbols", but without sums, so that {@code a + b = 0} never states that the answer is 0.
 */
final class Names {
    private Names() {}

    /** Commands that compute or are constants: an expression using one is not a name. */
    private static final Set<String> COMPUTING = Set.of("sqrt", "pi", "infty", "sum", "int", "prod", "lim", "log", "ln",
            "sin", "cos", "tan", "exp", "cdot", "times", "div", "pm", "mp", "binom", "circ");

    static boolean isName(String latex) {
        String s = latex.strip();
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '|' || s.charAt(0) == '\\')) return false;
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') { // a subscript is part of the name, digits included
                i = skipGroup(s, i + 1);
                if (i < 0) return false;
            } else if (c == '(' && i > 0 && Character.isLetter(s.charAt(i - 1))) { // f(2): a function's value
                int close = Scan.closing(s, i);
                if (close < 0) return false;
                i = close;
            } else if (c == '\\') {
                int end = i + 1;
                while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
                String cmd = s.substring(i + 1, end);
                if (cmd.isEmpty() || COMPUTING.contains(cmd)) return false;
                i = end - 1;
                letter |= !cmd.equals("frac");
            } else if (Character.isLetter(c)) {
                letter = true;
            } else if ("|:/{}' ".indexOf(c) < 0) {
                return false; // digits, signs, powers, relations: a computation
            }
        }
        return letter;
    }

    /** The index of the last character of the group at {@code i} ({@code {...}} or one character); -1 if none. */
    private static int skipGroup(String s, int i) {
        if (i >= s.length()) return -1;
        return s.charAt(i) == '{' ? Scan.closingBrace(s, i) : i;
    }
}
