package jgym.rewards;

import java.util.ArrayList;
import java.util.List;

/**
 * A safe recursive-descent evaluator for arithmetic over exact rationals: {@code + - * /} and parentheses, nothing else.
 *
 * <p>Nothing is ever handed to a script engine. Work is bounded: text longer than {@link #MAX_LENGTH} characters or
 * nested deeper than {@link #MAX_DEPTH} parentheses is rejected before any arithmetic, so a hostile completion can
 * neither overflow the stack nor build huge numbers. Division is exact ({@code 7/2} is {@code 7/2}, not 3).
 *
 * <pre>
 * expr   := term (('+' | '-') term)*
 * term   := factor (('*' | '/') factor)*
 * factor := number | '(' expr ')' | ('-' | '+') factor      (signs only in {@link Dialect#MATH})
 * number := digit+ ('.' digit*)?                             (decimals only in {@link Dialect#MATH})
 * </pre>
 * Input is expected in ASCII; {@link MathText#canonical(String)} maps unicode digits and operators (×, ÷, −) first.
 */
public final class Arithmetic {
    /** The longest expression evaluated, in characters. */
    public static final int MAX_LENGTH = 4096;
    /** The deepest parenthesis (or unary sign) nesting evaluated. */
    public static final int MAX_DEPTH = 64;

    /** Which numbers and signs the grammar accepts. */
    public enum Dialect {
        /** Countdown: non-negative integer literals and binary operators only (no unary minus, no decimals). */
        COUNTDOWN,
        /** Math answers: decimals and unary signs allowed. */
        MATH
    }

    private final String s;
    private final Dialect dialect;
    private final List<ExactRational> literals = new ArrayList<>();
    private int pos;

    private Arithmetic(String s, Dialect dialect) {
        this.s = s;
        this.dialect = dialect;
    }

    /** Evaluates {@code text} exactly; never throws for bad input, which gives {@link Evaluation.Invalid}. */
    public static Evaluation evaluate(String text, Dialect dialect) {
        if (text.length() > MAX_LENGTH) {
            return new Evaluation.Invalid("expression longer than " + MAX_LENGTH + " characters (" + text.length() + ")");
        }
        var p = new Arithmetic(text, dialect);
        try {
            p.skipSpace();
            if (p.pos == text.length()) return new Evaluation.Invalid("empty expression");
            ExactRational v = p.expr(0);
            p.skipSpace();
            if (p.pos != text.length()) throw p.error("unexpected '" + text.charAt(p.pos) + "'");
            return new Evaluation.Ok(v, p.literals);
        } catch (SyntaxError e) {
            return new Evaluation.Invalid(e.getMessage());
        } catch (ArithmeticException e) {
            return new Evaluation.Invalid("division by zero in '" + text + "'");
        }
    }

    private ExactRational expr(int depth) {
        ExactRational v = term(depth);
        while (true) {
            skipSpace();
            if (pos >= s.length()) return v;
            char c = s.charAt(pos);
            if (c == '+') {
                pos++;
                v = v.add(term(depth));
            } else if (c == '-') {
                pos++;
                v = v.subtract(term(depth));
            } else {
                return v;
            }
        }
    }

    private ExactRational term(int depth) {
        ExactRational v = factor(depth);
        while (true) {
            skipSpace();
            if (pos >= s.length()) return v;
            char c = s.charAt(pos);
            if (c == '*') {
                pos++;
                v = v.multiply(factor(depth));
            } else if (c == '/') {
                pos++;
                v = v.divide(factor(depth));
            } else {
                return v;
            }
        }
    }

    private ExactRational factor(int depth) {
        if (depth > MAX_DEPTH) throw error("nesting deeper than " + MAX_DEPTH);
        skipSpace();
        if (pos >= s.length()) throw error("expression ends where a number was expected");
        char c = s.charAt(pos);
        if (c == '(') {
            pos++;
            ExactRational v = expr(depth + 1);
            skipSpace();
            if (pos >= s.length() || s.charAt(pos) != ')') throw error("missing ')'");
            pos++;
            return v;
        }
        if ((c == '-' || c == '+') && dialect == Dialect.MATH) {
            pos++;
            ExactRational v = factor(depth + 1);
            return c == '-' ? v.negate() : v;
        }
        if ((c >= '0' && c <= '9') || (c == '.' && dialect == Dialect.MATH)) return number();
        if (c == '-' || c == '+') throw error("unary '" + c + "' is not allowed");
        throw error("unexpected '" + c + "'");
    }

    private ExactRational number() {
        int start = pos;
        while (pos < s.length() && (isDigit(s.charAt(pos)) || (s.charAt(pos) == '.' && dialect == Dialect.MATH))) pos++;
        ExactRational v = ExactRational.parseDecimal(s.subSequence(start, pos));
        if (v == null) throw error("malformed number '" + s.substring(start, pos) + "'");
        literals.add(v);
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipSpace() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
    }

    private SyntaxError error(String what) {
        return new SyntaxError(what + " at position " + pos + " of '" + abbreviate(s) + "'");
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** Internal control flow for a syntax error; never escapes {@link #evaluate}. */
    private static final class SyntaxError extends RuntimeException {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }
}
