package jgym.rewards;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational number {@code numerator / denominator} in lowest terms with a positive denominator.
 *
 * <p>Answers are compared with these rather than with doubles so that {@code 1/3} and {@code 0.333} differ and
 * {@code 0.1 + 0.2} equals {@code 3/10} exactly.
 *
 * @param numerator   the numerator, never null
 * @param denominator the denominator, never null, always positive; the pair is reduced by their gcd
 */
public record Rational(BigInteger numerator, BigInteger denominator) implements Comparable<Rational> {
    /** Zero. */
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    /** One. */
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
    private static final Rational HUNDRED = new Rational(BigInteger.valueOf(100), BigInteger.ONE);

    public Rational {
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
    public static Rational of(long n) {
        return new Rational(BigInteger.valueOf(n), BigInteger.ONE);
    }

    /** The fraction {@code n/d}; {@code d} must not be 0. */
    public static Rational of(long n, long d) {
        return new Rational(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    /** The exact value of a decimal, e.g. {@code 0.125} is {@code 1/8}. */
    public static Rational of(BigDecimal d) {
        if (d.scale() <= 0) return new Rational(d.toBigIntegerExact(), BigInteger.ONE);
        return new Rational(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    /**
     * Parses an unsigned plain decimal made of ASCII digits with at most one point ({@code "12"}, {@code "0.5"},
     * {@code ".5"}, {@code "3."}); returns null if {@code s} is anything else.
     */
    public static Rational parseDecimal(CharSequence s) {
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
            return new Rational(new BigInteger(s.toString()), BigInteger.ONE);
        }
        String whole = s.subSequence(0, point).toString() + s.subSequence(point + 1, n);
        int scale = n - point - 1;
        return new Rational(new BigInteger(whole.isEmpty() ? "0" : whole), BigInteger.TEN.pow(scale));
    }

    public Rational add(Rational o) {
        return new Rational(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)), denominator.multiply(o.denominator));
    }

    public Rational subtract(Rational o) {
        return new Rational(numerator.multiply(o.denominator).subtract(o.numerator.multiply(denominator)), denominator.multiply(o.denominator));
    }

    public Rational multiply(Rational o) {
        return new Rational(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    /** This divided by {@code o}; throws ArithmeticException when {@code o} is zero. */
    public Rational divide(Rational o) {
        if (o.numerator.signum() == 0) throw new ArithmeticException("division by zero");
        return new Rational(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
    }

    public Rational negate() {
        return new Rational(numerator.negate(), denominator);
    }

    /** This value divided by 100 (what a percentage means). */
    public Rational percent() {
        return divide(HUNDRED);
    }

    public boolean isInteger() {
        return denominator.equals(BigInteger.ONE);
    }

    public int signum() {
        return numerator.signum();
    }

    @Override
    public int compareTo(Rational o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    /** {@code "n"} for integers, {@code "n/d"} otherwise. */
    @Override
    public String toString() {
        return isInteger() ? numerator.toString() : numerator + "/" + denominator;
    }
}
