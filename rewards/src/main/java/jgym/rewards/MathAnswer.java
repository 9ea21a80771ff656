package jgym.rewards;

import java.util.Locale;
import java.util.Objects;

/**
 * A final answer as a careful grader reads it: an exact number, a normalised non-numeric text, or malformed.
 *
 * <p>Reading rules, applied in order by {@link #parse(String)}:
 * <ol>
 *   <li>unicode digits and operator signs folded ({@link MathText#canonical}), LaTeX presentation removed
 *       ({@link MathText#unlatex}), a trailing full stop dropped, and one lead-in phrase such as "The answer is" or
 *       "Final answer:" dropped (only those: "not 72" stays text);</li>
 *   <li>an equation {@code lhs = ... = rhs} reads as {@code rhs}, but only when every earlier side is a name
 *       ({@code x}, {@code the answer}) or evaluates to the same value: {@code 70+2=72} is 72, {@code 70+2=73} is malformed;</li>
 *   <li>currency signs ({@code $ € £ ¥}) and trailing unit words ({@code 12 cm}, {@code 5 dollars}, {@code 3 km/h}) are stripped;
 *       a trailing {@code %} or {@code percent} marks a percentage;</li>
 *   <li>commas must be thousands separators ({@code 1,200.50}); {@code 3, 4, 5, 72} is a list, not a number;</li>
 *   <li>a mixed number {@code 1 1/2} is {@code 3/2}; otherwise the text is evaluated as exact arithmetic
 *       ({@link Arithmetic.Dialect#MATH}), so {@code 3/4}, {@code -0.75} and {@code \frac{-3}{4}} are one value;</li>
 *   <li>anything else that balances is compared as text: lower case, without whitespace and braces.</li>
 * </ol>
 */
public sealed interface MathAnswer permits MathAnswer.Number, MathAnswer.Text, MathAnswer.Malformed {

    /** The longest answer read, in characters; a final answer is short, and this bounds the work on hostile input. */
    int MAX_LENGTH = 1000;

    /**
     * An exact number.
     *
     * @param value   the value as written (for {@code 50%} that is 50), never null
     * @param percent whether it was written as a percentage
     */
    record Number(ExactRational value, boolean percent) implements MathAnswer {
        public Number {
            Objects.requireNonNull(value, "value");
        }

        /** Whether the two denote the same number; a percentage {@code p%} matches both {@code p} and {@code p/100}. */
        public boolean matches(Number o) {
            if (value.equals(o.value)) return true;
            if (percent && value.percent().equals(o.value)) return true;
            return o.percent && o.value.percent().equals(value);
        }

        @Override
        public String toString() {
            return percent ? value + "%" : value.toString();
        }
    }

    /**
     * A non-numeric answer, compared by its normalised form.
     *
     * @param normalised lower case, without whitespace or braces, never null
     */
    record Text(String normalised) implements MathAnswer {
        public Text {
            Objects.requireNonNull(normalised, "normalised");
        }
    }

    /**
     * Not a readable answer: empty, too long, unbalanced braces, a division by zero, or a false equation.
     *
     * @param reason why, for a person to check
     */
    record Malformed(String reason) implements MathAnswer {
        public Malformed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Whether this answer and {@code o} are the same answer; malformed answers match nothing. */
    default boolean matches(MathAnswer o) {
        if (this instanceof Number a && o instanceof Number b) return a.matches(b);
        if (this instanceof Text a && o instanceof Text b) return a.normalised.equals(b.normalised);
        return false;
    }

    /** Reads {@code raw} (never null) by the rules above, with the stated units only ({@link AnswerWords#UNITS}). */
    static MathAnswer parse(String raw) {
        return parse(raw, AnswerWords.UNITS);
    }

    /** Reads {@code raw} (never null) by the rules above; {@code words} says which words after a number are its unit. */
    static MathAnswer parse(String raw, AnswerWords words) {
        if (raw.length() > MAX_LENGTH) return new Malformed("answer longer than " + MAX_LENGTH + " characters (" + raw.length() + ")");
        Number plain = plainInteger(raw);
        if (plain != null) return plain;
        String s = MathText.unlatex(MathText.canonical(raw));
        if (s == null) return new Malformed("unbalanced braces in '" + Arithmetic.abbreviate(raw) + "'");
        s = s.strip();
        while (s.endsWith(".") && !s.isEmpty()) s = s.substring(0, s.length() - 1).strip();
        s = MathText.withoutLeadIn(s);
        if (s.isEmpty()) return new Malformed("empty answer");
        if (!balanced(s)) return new Malformed("unbalanced parentheses in '" + Arithmetic.abbreviate(raw) + "'");
        int eq = s.lastIndexOf('=');
        if (eq >= 0) return MathAnswerReader.equation(s, raw, words);
        return MathAnswerReader.side(s, words);
    }

    /**
     * Whether {@code raw} states its value as a number literal ({@code -38}, {@code 3/4}, {@code \frac{3}{4}},
     * {@code $1,200.50}, {@code 50%}, {@code x = 5}, {@code 48 + 24 = 72}) rather than as an expression for the grader
     * to evaluate ({@code 66-9-95}, {@code 2*(3)^2 + 1}): a task that asks for a value is not answered by restating
     * the question. The last side of an equation is what counts.
     */
    static boolean isLiteral(String raw, AnswerWords words) {
        if (raw.length() > MAX_LENGTH) return false;
        String s = MathText.unlatex(MathText.canonical(raw));
        if (s == null) return false;
        s = s.strip();
        while (s.endsWith(".") && !s.isEmpty()) s = s.substring(0, s.length() - 1).strip();
        s = MathText.withoutLeadIn(s);
        int eq = s.lastIndexOf('=');
        return MathAnswerReader.literal(eq >= 0 ? s.substring(eq + 1) : s, words);
    }

    /** Text normalised for a non-numeric comparison: lower case, no whitespace, no braces (escaped {@code \{ \}} too). */
    static Text text(String s) {
        var b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '{' || s.charAt(i + 1) == '}')) continue;
            if (!Character.isWhitespace(c) && c != '{' && c != '}') b.append(c);
        }
        return new Text(b.toString().toLowerCase(Locale.ROOT));
    }

    /** Fast path for the common case, an optional minus and up to 18 ASCII digits with surrounding spaces; else null. */
    private static Number plainInteger(String raw) {
        int from = 0;
        int to = raw.length();
        while (from < to && raw.charAt(from) == ' ') from++;
        while (to > from && raw.charAt(to - 1) == ' ') to--;
        boolean negative = from < to && raw.charAt(from) == '-';
        int digits = from + (negative ? 1 : 0);
        if (to - digits < 1 || to - digits > 18) return null;
        long v = 0;
        for (int i = digits; i < to; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') return null;
            v = v * 10 + (c - '0');
        }
        return new Number(ExactRational.of(negative ? -v : v), false);
    }

    private static boolean balanced(String s) {
        int paren = 0;
        int brace = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') paren++;
            else if (c == ')' && --paren < 0) return false;
            else if (c == '{') brace++;
            else if (c == '}' && --brace < 0) return false;
        }
        return paren == 0 && brace == 0;
    }
}
