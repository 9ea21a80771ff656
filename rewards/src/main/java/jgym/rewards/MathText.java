package jgym.rewards;

import java.text.Normalizer;

/**
 * Text clean-up shared by the math rewards: unicode folding and LaTeX unwrapping, each bounded and regex-free.
 *
 * <p>Unicode rule (documented decision): any decimal digit of any script ({@code Character.isDigit}, e.g. fullwidth
 * {@code ７２} or Arabic-Indic {@code ٧٢}) is read as its ASCII value, after NFKC folding of compatibility forms; the
 * minus sign, dashes and the multiplication and division signs become {@code - * /}. A careful grader reads
 * {@code ７２} as 72, so we do too. Superscripts are powers and vulgar fractions are fractions, read before NFKC would
 * flatten them into digits: {@code 7²} is {@code 7^{2}} (not 72), {@code 2⁻¹} is {@code 2^{-1}}, {@code 1½} is the
 * mixed number {@code 1 1/2} and {@code ½} is {@code 1/2}.
 */
public final class MathText {
    private MathText() {}

    /** {@code s} with unicode digits, minus signs and operator symbols folded to ASCII; ASCII input is returned as is. */
    public static String canonical(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) < 128) i++;
        if (i == s.length()) return s;
        String n = Normalizer.normalize(powersAndFractions(s), Normalizer.Form.NFKC);
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
     * The phrases a stated answer starts with, lower case, longest first: what {@link AnswerExtractor} looks for in a
     * completion and what the answer readers strip from the front of an answer ({@code <answer>The answer is 72</answer>}).
     */
    static final String[] LEAD_INS = {"final answer: the final answer is", "the final answer is", "final answer is",
                                      "the answer is", "the result is", "final answer:", "answer is", "answer:"};

    /** {@code s} without one leading phrase of {@link #LEAD_INS} (any case) and a colon after it, stripped; else {@code s}. */
    public static String withoutLeadIn(String s) {
        for (String lead : LEAD_INS) {
            if (s.regionMatches(true, 0, lead, 0, lead.length())) {
                String rest = s.substring(lead.length()).strip();
                return rest.startsWith(":") ? rest.substring(1).strip() : rest;
            }
        }
        return s;
    }

    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("[+-]?0,\\d+");

    /**
     * {@code s} with a decimal comma read as a point where that is the only reading ({@code 0,072} is 0.072: a
     * thousands group never follows a lone 0); otherwise {@code s} unchanged ({@code 1,234} is left to the thousands
     * reader, {@code 3,5} to the list reader).
     */
    public static String decimalComma(String s) {
        String t = s.strip();
        return DECIMAL_COMMA.matcher(t).matches() ? t.replace(',', '.') : s;
    }

    private static final String SUPERSCRIPTS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
    /** The vulgar fraction characters and their values. */
    private static final String VULGAR = "\u00BC\u00BD\u00BE\u2150\u2151\u2152\u2153\u2154\u2155\u2156\u2157\u2158\u2159\u215A\u215B\u215C\u215D\u215E\u2189";
    private static final String[] VULGAR_VALUES = {"1/4", "1/2", "3/4", "1/7", "1/9", "1/10", "1/3", "2/3", "1/5", "2/5", "3/5",
                                                   "4/5", "1/6", "5/6", "1/8", "3/8", "5/8", "7/8", "0/3"};

    /** Runs of superscript digits and signs as {@code ^{...}}; vulgar fractions as {@code n/d}, after a digit as {@code " n/d"}. */
    private static String powersAndFractions(String s) {
        var b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (superscript(c) >= 0 || c == '\u207A' || c == '\u207B') {
                b.append("^{");
                while (i < s.length() && (superscript(s.charAt(i)) >= 0 || s.charAt(i) == '\u207A' || s.charAt(i) == '\u207B')) {
                    char d = s.charAt(i++);
                    b.append(d == '\u207A' ? '+' : d == '\u207B' ? '-' : (char) ('0' + superscript(d)));
                }
                i--;
                b.append('}');
                continue;
            }
            int v = VULGAR.indexOf(c);
            if (v >= 0) {
                if (b.length() > 0 && Character.isDigit(b.charAt(b.length() - 1))) b.append(' ');
                b.append(VULGAR_VALUES[v]);
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static int superscript(char c) {
        return SUPERSCRIPTS.indexOf(c);
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
