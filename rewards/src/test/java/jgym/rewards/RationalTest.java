package jgym.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RationalTest {

    @Test
    void reducedWithPositiveDenominator() {
        Rational r = new Rational(BigInteger.valueOf(6), BigInteger.valueOf(-8));
        assertEquals(BigInteger.valueOf(-3), r.numerator());   // 6 / -8 = -3/4
        assertEquals(BigInteger.valueOf(4), r.denominator());
        assertEquals(Rational.ZERO, Rational.of(0, -5));
        assertEquals("-3/4", r.toString());
        var e = assertThrows(IllegalArgumentException.class, () -> Rational.of(1, 0));
        assertTrue(e.getMessage().contains("denominator"));
    }

    @Test
    void arithmeticIsExact() {
        assertEquals(Rational.of(5, 6), Rational.of(1, 2).add(Rational.of(1, 3)));        // 3/6 + 2/6
        assertEquals(Rational.of(1, 6), Rational.of(1, 2).subtract(Rational.of(1, 3)));   // 3/6 - 2/6
        assertEquals(Rational.of(1, 6), Rational.of(1, 2).multiply(Rational.of(1, 3)));
        assertEquals(Rational.of(3, 2), Rational.of(1, 2).divide(Rational.of(1, 3)));
        assertEquals(Rational.of(1, 2), Rational.of(50).percent());
        assertThrows(ArithmeticException.class, () -> Rational.ONE.divide(Rational.ZERO));
        assertTrue(Rational.of(1, 3).compareTo(Rational.of(333, 1000)) > 0);              // 1000 > 999
    }

    @Test
    void decimalsParseExactly() {
        assertEquals(Rational.of(1, 8), Rational.parseDecimal("0.125"));
        assertEquals(Rational.of(1, 2), Rational.parseDecimal(".5"));
        assertEquals(Rational.of(3), Rational.parseDecimal("3."));
        assertEquals(Rational.of(3, 10), Rational.of(new BigDecimal("0.30")));
        assertEquals(new Rational(new BigInteger("123456789012345678901234567890"), BigInteger.ONE),
                Rational.parseDecimal("123456789012345678901234567890"));
        assertNull(Rational.parseDecimal("1.2.3"));
        assertNull(Rational.parseDecimal("."));
        assertNull(Rational.parseDecimal("-1"));
        assertNull(Rational.parseDecimal(""));
    }
}
