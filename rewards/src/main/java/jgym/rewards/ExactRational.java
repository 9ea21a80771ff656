package jgym.rewards;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational number {@code numerator / denominator} of unbounded size, in lowest terms with a positive
 * denominator: how answers and golds are read and compared (the scenarios build problems with {@code LongRational}).
 *
 * <p>Answers are compared with these rather than with doubles so that {@code 1/3} and {@code 0.333} differ and
 * {@code 0.1 + 0.2} equals {@code 3/10} exactly.
 *
 * @param numerator   the numerator, never null
 * @param denominator the denominator, never null, always positive; the pair is reduced by their gcd
 */
public record ExactRational(BigInteger numerator, BigInteger denominator) implements Comparable<ExactRational> {
    /** Zero. */
    public static final ExactRational ZERO = new ExactRational(BigInteger.ZERO, BigInteger.ONE);
    /** One. */
    public static final ExactRational ONE = new ExactRational(BigInteger.ONE, BigInteger.ONE);
    private static final ExactRational HUNDRED = new ExactRational(BigInteger.valueOf(100), BigInteger.ONE);

    public ExactRational {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) throw new IllegalArgumentException("denominator must not be 0, got " + numerator + "/0");
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger g = denominator.equals(BigInteger.ONE) ? BigInteger.ONE : numerator.gcd(denominator);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            numerator = numerator.divide(g);
            denominator = denominator.divide(g);
        }
        if (numerator.signum() == 0) denominator = BigInteger.ONE;
    }

    /** The integer {@code n}. */
    public static ExactRational of(long n) {
        return new ExactRational(BigInteger.valueOf(n), BigInteger.ONE);
    }

    /** The fraction {@code n/d}; {@code d} must not be 0. */
    public static ExactRational of(long n, long d) {
        return new ExactRational(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    /** The exact value of a decimal, e.g. {@code 0.125} is {@code 1/8}. */
    public static ExactRational of(BigDecimal d) {
        if (d.scale() <= 0) return new ExactRational(d.toBigIntegerExact(), BigInteger.ONE);
        return new ExactRational(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    /**
     * Parses an unsigned plain decimal made of ASCII digits with at most one point ({@code "12"}, {@code "0.5"},
     * {@code ".5"}, {@code "3."}); returns null if {@code s} is anything else.
     */
    public static ExactRational parseDecimal(CharSequence s) {
        int n = s.length();
        if (n == 0) return null;
        int point = -1;
        int digits = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (point >= 0) return null;
                point = i;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else {
                return null;
            }
        }
        if (digits == 0) return null;
        if (point < 0) {
            // Small integers are the common case: parse without BigInteger's string machinery.
            if (n <= 18) return of(Long.parseLong(s.toString()));
            return new ExactRational(new BigInteger(s.toString()), BigInteger.ONE);
        }
        String whole = s.subSequence(0, point).toString() + s.subSequence(point + 1, n);
        int scale = n - point - 1;
        return new ExactRational(new BigInteger(whole.isEmpty() ? "0" : whole), BigInteger.TEN.pow(scale));
    }

    public ExactRational add(ExactRational o) {
        return new ExactRational(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)), denominator.multiply(o.denominator));
    }

    public ExactRational subtract(ExactRational o) {
        return new ExactRational(numerator.multiply(o.denominator).subtract(o.numerator.multiply(denominator)), denominator.multiply(o.denominator));
    }

    public ExactRational multiply(ExactRational o) {
        return new ExactRational(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    /** This divided by {@code o}; throws ArithmeticException when {@code o} is zero. */
    public ExactRational divide(ExactRational o) {
        if (o.numerator.signum() == 0) throw new ArithmeticException("division by zero");
        return new ExactRational(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
    }

    public ExactRational negate() {
        return new ExactRational(numerator.negate(), denominator);
    }

    /** This value divided by 100 (what a percentage means). */
    public ExactRational percent() {
        return divide(HUNDRED);
    }

    public boolean isInteger() {
        return denominator.equals(BigInteger.ONE);
    }

    public int signum() {
        return numerator.signum();
    }

    @Override
    public int compareTo(ExactRational o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    /** {@code "n"} for integers, {@code "n/d"} otherwise. */
    @Override
    public String toString() {
        return isInteger() ? numerator.toString() : numerator + "/" + denominator;
    }
}
