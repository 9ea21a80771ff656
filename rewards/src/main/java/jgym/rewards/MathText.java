package jgym.rewards;

import java.text.Normalizer;

/**
 * Text clean-up shared by the math rewards: unicode folding and LaTeX unwrapping, each bounded and regex-free.
 *
 * <p>Unicode rule (documented decision): any decimal digit of any script ({@code Character.isDigit}, e.g. fullwidth
 * {@code ７２} or Arabic-Indic {@code ٧٢}) is read as its ASCII value, after NFKC folding of compatibility forms; the
 * minus sign, dashes and the multiplication and division signs become {@code - * /}. A careful grader reads
 * {@code ７２} as 72, so we do too.
 */
public final class MathText {
    private MathText() {}

    /** {@code s} with unicode digits, minus signs and operator symbols folded to ASCII; ASCII input is returned as is. */
    public static String canonical(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) < 128) i++;
        if (i == s.length()) return s;
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        var b = new StringBuilder(n.length());
        for (int k = 0; k < n.length(); k++) {
            char c = n.charAt(k);
            if (c >= 128 && Character.isDigit(c)) {
                b.append((char) ('0' + Character.digit(c, 10)));
            } else {
                b.append(switch (c) {
                    case '\u2212', '\u2013', '\u2012', '\u2010', '\u2011', '\uFE63' -> '-';
                    case '\u00D7', '\u00B7', '\u22C5', '\u2217', '\u2715' -> '*';
                    case '\u00F7', '\u2215', '\u2044' -> '/';
                    case '\u00A0', '\u2009', '\u202F', '\u2007' -> ' ';
                    default -> c;
                });
            }
        }
        return b.toString();
    }

    /**
     * {@code s} with LaTeX presentation removed: {@code \text{}}-like wrappers unwrapped, {@code \frac{a}{b}} (and
     * {@code \dfrac}, {@code \tfrac}, {@code \frac12}) rewritten as {@code (a)/(b)}, spacing commands, {@code \left},
     * {@code \right}, math delimiters and degree signs dropped, {@code \cdot \times \div} as {@code * * /}.
     * Returns null when braces do not balance.
     */
    public static String unlatex(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('{') < 0 && s.indexOf('$') < 0 && s.indexOf('^') < 0) return s;
        s = s.replace("\\left", "").replace("\\right", "").replace("\\!", "").replace("\\,", "").replace("\\;", "")
                .replace("\\:", "").replace("\\ ", " ").replace("{,}", ",").replace("\\dfrac", "\\frac")
                .replace("\\tfrac", "\\frac").replace("\\cdot", "*").replace("\\times", "*").replace("\\div", "/")
                .replace("\\$", "$").replace("\\%", "%").replace("^\\circ", "").replace("^{\\circ}", "")
                .replace("\u00B0", "").replace("\\displaystyle", "").replace("\\(", "").replace("\\)", "")
                .replace("\\[", "").replace("\\]", "").replace("$", "");
        for (String cmd : new String[] {"\\text", "\\textbf", "\\mathrm", "\\mathbf", "\\mbox", "\\boxed"}) {
            s = unwrap(s, cmd);
            if (s == null) return null;
        }
        return fractions(s);
    }

    /**
     * The content of the last {@code \boxed{...}} or {@code \fbox{...}} in {@code s}, stripped; null when there is
     * none or the last one never closes. Read by {@link Boxed#lastClosed}; never throws.
     */
    public static String lastBoxed(String s) {
        return Boxed.lastClosed(s).orElse(null);
    }

    /**
     * Index of the '}' matching the '{' at {@code open}, escaped braces {@code \{ \}} being text; -1 when it never
     * closes. Read by {@link Boxed#closingBrace}.
     */
    public static int matchingBrace(String s, int open) {
        return Boxed.closingBrace(s, open);
    }

    /** Replaces every {@code cmd{x}} by {@code x}; null when one never closes. */
    private static String unwrap(String s, String cmd) {
        int at = s.indexOf(cmd + "{");
        while (at >= 0) {
            int open = at + cmd.length();
            int close = matchingBrace(s, open);
            if (close < 0) return null;
            s = s.substring(0, at) + s.substring(open + 1, close) + s.substring(close + 1);
            at = s.indexOf(cmd + "{", at);
        }
        return s;
    }

    /** Rewrites {@code \frac{a}{b}} as {@code (a)/(b)}, innermost last; null when braces do not balance. */
    private static String fractions(String s) {
        int at = s.indexOf("\\frac");
        int guard = 0;
        while (at >= 0) {
            if (++guard > 256) return null;
            int p = at + "\\frac".length();
            String[] args = new String[2];
            for (int k = 0; k < 2; k++) {
                while (p < s.length() && s.charAt(p) == ' ') p++;
                if (p >= s.length()) return null;
                if (s.charAt(p) == '{') {
                    int close = matchingBrace(s, p);
                    if (close < 0) return null;
                    args[k] = s.substring(p + 1, close);
                    p = close + 1;
                } else {
                    args[k] = String.valueOf(s.charAt(p)); // \frac12 shorthand: one character per argument
                    p++;
                }
            }
            s = s.substring(0, at) + "(" + args[0] + ")/(" + args[1] + ")" + s.substring(p);
            at = s.indexOf("\\frac");
        }
        return s;
    }
}
