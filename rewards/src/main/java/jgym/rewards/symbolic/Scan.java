package jgym.rewards.symbolic;

import java.util.ArrayList;
import java.util.List;
import jgym.rewards.MathText;

/** Depth-aware scanning of LaTeX answers: brackets {@code ( [ \{} and braces open, {@code ) ] \}} close, in any pairing. */
final class Scan {
    private Scan() {}

    /** A relation operator found at the top level: {@code s[from, to)} is the operator. */
    record Cut(int from, int to, Form.Op op) {}

    /** {@code s} split at every top-level {@code separator} ({@code ","} or a command such as {@code \cup}). */
    static List<String> split(String s, String separator) {
        var parts = new ArrayList<String>();
        int depth = 0;
        int start = 0;
        boolean command = separator.startsWith("\\");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (n == '{') depth++;
                else if (n == '}') depth--;
                else if (command && depth == 0 && s.startsWith(separator, i) && !letterAt(s, i + separator.length())) {
                    parts.add(s.substring(start, i));
                    start = i + separator.length();
                    i = start - 1;
                    continue;
                }
                i++;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
            else if (!command && depth == 0 && s.startsWith(separator, i)) {
                parts.add(s.substring(start, i));
                start = i + separator.length();
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /**
     * The index of the bracket closing the one at {@code open} ({@code (}, {@code [} or the {@code \} of {@code \{});
     * for {@code \{} the index of the closing {@code \}}'s backslash; -1 when it never closes.
     */
    static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (n == '{') depth++;
                else if (n == '}' && --depth == 0) return i;
                i++;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') depth++;
            else if ((c == ')' || c == ']' || c == '}') && --depth == 0) return i;
        }
        return -1;
    }

    /** The index of the brace closing the {@code {} at {@code open} (escaped braces are text); -1 if none. */
    static int closingBrace(String s, int open) {
        return MathText.matchingBrace(s, open);
    }

    /** The relation operators at the top level of {@code s}, in order. */
    static List<Cut> relations(String s) {
        var cuts = new ArrayList<Cut>();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (n == '{') depth++;
                else if (n == '}') depth--;
                if (!Character.isLetter(n)) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
                Form.Op op = depth != 0 ? null : switch (s.substring(i + 1, end)) {
                    case "le", "leq", "leqslant" -> Form.Op.LE;
                    case "ge", "geq", "geqslant" -> Form.Op.GE;
                    case "lt" -> Form.Op.LT;
                    case "gt" -> Form.Op.GT;
                    case "ne", "neq" -> Form.Op.NE;
                    case "in" -> Form.Op.IN;
                    case "approx" -> Form.Op.APPROX;
                    default -> null;
                };
                if (op != null) cuts.add(new Cut(i, end, op));
                i = end - 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
            else if (depth == 0) {
                boolean eq = i + 1 < s.length() && s.charAt(i + 1) == '=';
                switch (c) {
                    case '<' -> cuts.add(new Cut(i, eq ? i + 2 : i + 1, eq ? Form.Op.LE : Form.Op.LT));
                    case '>' -> cuts.add(new Cut(i, eq ? i + 2 : i + 1, eq ? Form.Op.GE : Form.Op.GT));
                    case '!' -> {
                        if (eq) cuts.add(new Cut(i, i + 2, Form.Op.NE));
                    }
                    case '=' -> cuts.add(new Cut(i, i + 1, Form.Op.EQ));
                    default -> {}
                }
                if (eq && (c == '<' || c == '>' || c == '!')) i++;
            }
        }
        return cuts;
    }

    private static boolean letterAt(String s, int i) {
        return i < s.length() && Character.isLetter(s.charAt(i));
    }
}
