package jgym.scenarios.math;

/**
 * An exact rational number {@code num/den} of {@code long} parts, in lowest terms with {@code den > 0}, for building
 * problems (whose numbers are small by design); arithmetic overflows loudly. Answers are read and compared as
 * {@code jgym.rewards.ExactRational}s, of unbounded size.
 *
 * <p>{@link #toString()} writes {@code "a/b"}, or just {@code "a"} when the value is whole, which is the answer format
 * every math family asks for.
 */
public record LongRational(long num, long den) {
    public static final LongRational ZERO = new LongRational(0, 1);

    public LongRational {
        if (den <= 0) throw new IllegalArgumentException("den must be > 0, got " + den);
        if (gcd(num, den) != 1) throw new IllegalArgumentException("num/den must be in lowest terms, got " + num + "/" + den);
    }

    /** {@code num/den} reduced to lowest terms; {@code den} must not be 0. */
    public static LongRational of(long num, long den) {
        if (den == 0) throw new IllegalArgumentException("den must not be 0");
        if (den < 0) {
            num = Math.negateExact(num);
            den = Math.negateExact(den);
        }
        long g = gcd(num, den);
        return new LongRational(num / g, den / g);
    }

    public static LongRational of(long whole) {
        return new LongRational(whole, 1);
    }

    public LongRational add(LongRational o) {
        return of(Math.addExact(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)), Math.multiplyExact(den, o.den));
    }

    public LongRational subtract(LongRational o) {
        return add(o.negate());
    }

    public LongRational multiply(LongRational o) {
        return of(Math.multiplyExact(num, o.num), Math.multiplyExact(den, o.den));
    }

    public LongRational divide(LongRational o) {
        if (o.num == 0) throw new ArithmeticException("division by zero");
        return of(Math.multiplyExact(num, o.den), Math.multiplyExact(den, o.num));
    }

    public LongRational negate() {
        return new LongRational(Math.negateExact(num), den);
    }

    public boolean isWhole() {
        return den == 1;
    }

    /** Greatest common divisor of |a| and |b| by Euclid's algorithm; gcd(0, 0) is 1 so that division by it is safe. */
    public static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    @Override
    public String toString() {
        return den == 1 ? Long.toString(num) : num + "/" + den;
    }
}
