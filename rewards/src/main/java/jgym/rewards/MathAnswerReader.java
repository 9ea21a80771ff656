package jgym.rewards;

import java.util.ArrayList;
import java.util.List;

/** The reading steps behind {@link MathAnswer#parse(String)}: equations, units, currency, separators, mixed numbers. */
final class MathAnswerReader {
    private MathAnswerReader() {}

    /** Unit words stripped at most this many times from one answer ("3 square feet per hour" is four). */
    private static final int MAX_UNIT_WORDS = 8;

    /** Reads {@code lhs = ... = rhs}: the right-hand side, if every other side is a name or has the same value. */
    static MathAnswer equation(String s, String raw, AnswerWords words) {
        if (s.indexOf('<') >= 0 || s.indexOf('>') >= 0 || s.indexOf('!') >= 0) return MathAnswer.text(s);
        String[] parts = s.split("=", -1);
        for (String p : parts) {
            if (p.isBlank()) return new MathAnswer.Malformed("an equation with an empty side: '" + Arithmetic.abbreviate(raw) + "'");
        }
        MathAnswer last = side(parts[parts.length - 1].strip(), words);
        if (last instanceof MathAnswer.Malformed) return last;
        for (int k = 0; k < parts.length - 1; k++) {
            String p = parts[k].strip();
            if (isName(p)) continue;
            MathAnswer other = side(p, words);
            if (!(last instanceof MathAnswer.Number n) || !(other instanceof MathAnswer.Number o)) return MathAnswer.text(s);
            if (!o.value().equals(n.value())) {
                return new MathAnswer.Malformed("the equation '" + Arithmetic.abbreviate(raw) + "' is false: " + p + " is " + o.value()
                        + ", not " + n.value());
            }
        }
        return last;
    }

    /**
     * A side with its currency, units and percent sign removed, whether it was a percentage, and the number words that
     * followed it, leftmost first ({@code 72 thousand} is {@code 72} and {@code [thousand]}).
     */
    private record Bare(String text, boolean percent, List<String> numberWords) {}

    private static Bare bare(String s, AnswerWords words) {
        s = stripCurrency(s);
        boolean percent = false;
        var numberWords = new ArrayList<String>();
        boolean afterUnit = false;
        for (int k = 0; k < MAX_UNIT_WORDS; k++) {
            s = s.strip();
            if (s.endsWith("%")) {
                percent = true;
                s = s.substring(0, s.length() - 1);
                continue;
            }
            int unit = unitStart(s);
            if (unit < 0) break;
            String word = s.substring(unit);
            boolean wasUnit = afterUnit;
            afterUnit = false;
            if (AnswerWords.isNumberWord(word)) {
                numberWords.add(0, word);
            } else if (isUnit(word, words)) {
                if (word.equalsIgnoreCase("percent")) percent = true;
                afterUnit = true;
            } else if (wasUnit && word.equals("and")) {
                afterUnit = false; // "clips in April and May": joins two unit words, the next must be one too
            } else {
                break; // a word that could change the value: the side stays as written and is not a number
            }
            s = s.substring(0, unit);
        }
        return new Bare(s.strip(), percent, numberWords);
    }

    /** Number literals a stated value may be written as: 72, -0.75, .5, 3/4, (-3)/(4) from \frac, 1 1/2, 1(1)/(2). */
    private static final java.util.regex.Pattern LITERAL = java.util.regex.Pattern.compile(
            "[+-]?(\\d+(\\.\\d*)?|\\.\\d+)"
            + "|[+-]?\\d+\\s*/\\s*\\d+"
            + "|[+-]?\\(\\s*[+-]?\\d+(\\.\\d+)?\\s*\\)\\s*/\\s*\\(\\s*\\d+(\\.\\d+)?\\s*\\)"
            + "|[+-]?\\d+\\s+\\d+\\s*/\\s*\\d+"
            + "|[+-]?\\d+\\s*\\(\\d+\\)\\s*/\\s*\\(\\d+\\)");

    /**
     * Whether side {@code s} writes its value as a number literal (after currency, units, percent and thousands
     * separators), not as an expression to be evaluated: {@code -38} is, {@code 66-9-95} is not.
     */
    static boolean literal(String s, AnswerWords words) {
        String t = MathText.decimalComma(bare(s, words).text());
        if (t.indexOf(',') >= 0) {
            t = thousands(t);
            if (t == null) return false;
        }
        return LITERAL.matcher(t).matches();
    }

    /** Reads one side: currency, units and percent stripped, then a number if it is one, else text. */
    static MathAnswer side(String s, AnswerWords words) {
        // Units are dropped only from a number: text keeps every word ("disk 1 from A to C" is not "disk 1 from B to C").
        String written = s;
        Bare b = bare(s, words);
        s = b.text();
        boolean percent = b.percent();
        if (s.isEmpty()) return new MathAnswer.Malformed("no number left after removing units");
        s = MathText.decimalComma(s);
        if (s.indexOf(',') >= 0) {
            String plain = thousands(s);
            if (plain == null) return MathAnswer.text(written);
            s = plain;
        }
        ExactRational mixed = mixed(s);
        if (mixed != null) return new MathAnswer.Number(scaled(mixed, b.numberWords()), percent);
        Evaluation e = Arithmetic.evaluate(s, Arithmetic.Dialect.MATH);
        if (e instanceof Evaluation.Ok ok) return new MathAnswer.Number(scaled(ok.value(), b.numberWords()), percent);
        String why = ((Evaluation.Invalid) e).reason();
        if (why.startsWith("division by zero")) return new MathAnswer.Malformed(why);
        return MathAnswer.text(written);
    }

    /** {@code v} with each number word applied in reading order: {@code 2 hundred thousand} is 200000. */
    private static ExactRational scaled(ExactRational v, List<String> numberWords) {
        for (String w : numberWords) v = AnswerWords.apply(v, w);
        return v;
    }

    /**
     * Whether side {@code p} names the quantity ({@code x}, {@code x_1}, {@code the answer}, {@code total cost}) rather
     * than states a value: at most three words of letters (digits only after '_'), none of them a word that computes,
     * joins or hedges ({@code seventy three}, {@code x equals 73 or x} are not names).
     */
    private static boolean isName(String p) {
        if (p.isEmpty() || !Character.isLetter(p.charAt(0))) return false;
        boolean subscript = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '_') subscript = true;
            else if (c == ' ') subscript = false;
            else if (Character.isDigit(c) && !subscript) return false;
            else if (!Character.isLetterOrDigit(c)) return false;
        }
        String[] words = p.strip().split("\\s+");
        if (words.length > 3) return false;
        for (String w : words) {
            if (words.length > 1 && AnswerWords.NEVER_UNITS.contains(w.toLowerCase(java.util.Locale.ROOT))) return false;
            if (w.equalsIgnoreCase("equals") || w.equalsIgnoreCase("is")) return false;
        }
        return true;
    }

    private static String stripCurrency(String s) {
        if (s.indexOf('$') < 0 && s.indexOf('\u20AC') < 0 && s.indexOf('\u00A3') < 0 && s.indexOf('\u00A5') < 0) return s;
        var b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '$' && c != '\u20AC' && c != '\u00A3' && c != '\u00A5') b.append(c);
        }
        return b.toString();
    }

    /**
     * Where a trailing unit word starts ({@code "12 cm"} gives 3, {@code "12cm"} gives 2, {@code "3 km/h"} gives 2),
     * or -1 if {@code s} does not end in one. A unit starts with a letter, follows a digit, space, '%' or ')', and leaves
     * a digit before it.
     */
    private static int unitStart(String s) {
        int end = s.length();
        int i = end;
        while (i > 0) {
            char c = s.charAt(i - 1);
            if (Character.isLetterOrDigit(c) || c == '/' || c == '^' || c == '.' || c == '\'') i--;
            else break;
        }
        // The run [i, end) may begin with the number itself ("12cm"): the unit starts at its first letter.
        int j = i;
        while (j < end && !Character.isLetter(s.charAt(j))) j++;
        if (j >= end) return -1;
        for (int k = i; k < j; k++) {
            char c = s.charAt(k);
            if (!(c >= '0' && c <= '9') && c != '.') return -1;
        }
        if (j > 0) {
            char before = s.charAt(j - 1);
            if (!(Character.isWhitespace(before) || Character.isDigit(before) || before == '%' || before == ')' || before == '.')) return -1;
        }
        for (int k = 0; k < j; k++) {
            if (Character.isDigit(s.charAt(k))) return j;
        }
        return -1;
    }

    /**
     * Whether {@code word} is a unit: letter groups, each a unit of {@code words} and optionally followed by a power
     * ({@code cm2}, {@code m^2}), joined by '/' or '.' ({@code km/h}); a trailing '.' is allowed ({@code ft.}).
     */
    private static boolean isUnit(String word, AnswerWords words) {
        int i = 0;
        int to = word.length();
        while (i < to) {
            int letters = i;
            while (i < to && (Character.isLetter(word.charAt(i)) || word.charAt(i) == '\'')) i++;
            if (i == letters) return false;
            if (!words.isUnit(word.substring(letters, i).replace("'", ""))) return false;
            if (i < to && word.charAt(i) == '^') i++;
            if (i < to && (word.charAt(i) == '2' || word.charAt(i) == '3')) i++;
            if (i < to && (word.charAt(i) == '/' || word.charAt(i) == '.')) i++;
        }
        return true;
    }

    /** {@code s} without thousands separators, or null if a comma is anything else (a list, a decimal comma). */
    private static String thousands(String s) {
        var b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ',') {
                b.append(c);
                continue;
            }
            int before = 0;
            for (int k = i - 1; k >= 0 && Character.isDigit(s.charAt(k)); k--) before++;
            int after = 0;
            for (int k = i + 1; k < s.length() && Character.isDigit(s.charAt(k)); k++) after++;
            if (before == 0 || after != 3) return null;
            int groupStart = i - before;
            boolean firstGroup = groupStart == 0 || s.charAt(groupStart - 1) != ',';
            if (firstGroup && (before > 3 || s.charAt(groupStart) == '0')) return null; // 0,072 is no thousands
            if (firstGroup && groupStart > 0 && s.charAt(groupStart - 1) == '.') return null;
        }
        return b.toString();
    }

    /** The value of a mixed number {@code A B/C} or {@code A(B)/(C)} with {@code 0 <= B < C}, or null if {@code s} is not one. */
    private static ExactRational mixed(String s) {
        int i = 0;
        int n = s.length();
        boolean negative = i < n && s.charAt(i) == '-';
        if (negative) i++;
        int a0 = i;
        while (i < n && Character.isDigit(s.charAt(i))) i++;
        if (i == a0 || i >= n) return null;
        String a = s.substring(a0, i);
        boolean spaced = false;
        while (i < n && s.charAt(i) == ' ') {
            i++;
            spaced = true;
        }
        boolean parens = i < n && s.charAt(i) == '(';
        if (!spaced && !parens) return null;
        String rest = s.substring(i);
        String num;
        String den;
        if (parens) {
            int close = rest.indexOf(")/(");
            if (close < 0 || !rest.endsWith(")")) return null;
            num = rest.substring(1, close);
            den = rest.substring(close + 3, rest.length() - 1);
        } else {
            int slash = rest.indexOf('/');
            if (slash < 0) return null;
            num = rest.substring(0, slash);
            den = rest.substring(slash + 1);
        }
        if (!digits(num) || !digits(den)) return null;
        ExactRational b = ExactRational.parseDecimal(num);
        ExactRational c = ExactRational.parseDecimal(den);
        if (c.signum() == 0 || b.compareTo(c) >= 0) return null;
        ExactRational v = ExactRational.parseDecimal(a).add(b.divide(c));
        return negative ? v.negate() : v;
    }

    private static boolean digits(String s) {
        if (s.isEmpty() || s.length() > 30) return false;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') return false;
        }
        return true;
    }
}
