package jgym.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ExactRationalTest {

    @Test
    void reducedWithPositiveDenominator() {
        ExactRational r = new ExactRational(BigInteger.valueOf(6), BigInteger.valueOf(-8));
        assertEquals(BigInteger.valueOf(-3), r.numerator());   // 6 / -8 = -3/4
        assertEquals(BigInteger.valueOf(4), r.denominator());
        assertEquals(ExactRational.ZERO, ExactRational.of(0, -5));
        assertEquals("-3/4", r.toString());
        var e = assertThrows(IllegalArgumentException.class, () -> ExactRational.of(1, 0));
        assertTrue(e.getMessage().contains("denominator"));
    }

    @Test
    void arithmeticIsExact() {
        assertEquals(ExactRational.of(5, 6), ExactRational.of(1, 2).add(ExactRational.of(1, 3)));        // 3/6 + 2/6
        assertEquals(ExactRational.of(1, 6), ExactRational.of(1, 2).subtract(ExactRational.of(1, 3)));   // 3/6 - 2/6
        assertEquals(ExactRational.of(1, 6), ExactRational.of(1, 2).multiply(ExactRational.of(1, 3)));
        assertEquals(ExactRational.of(3, 2), ExactRational.of(1, 2).divide(ExactRational.of(1, 3)));
        assertEquals(ExactRational.of(1, 2), ExactRational.of(50).percent());
        assertThrows(ArithmeticException.class, () -> ExactRational.ONE.divide(ExactRational.ZERO));
        assertTrue(ExactRational.of(1, 3).compareTo(ExactRational.of(333, 1000)) > 0);              // 1000 > 999
    }

    @Test
    void decimalsParseExactly() {
        assertEquals(ExactRational.of(1, 8), ExactRational.parseDecimal("0.125"));
        assertEquals(ExactRational.of(1, 2), ExactRational.parseDecimal(".5"));
        assertEquals(ExactRational.of(3), ExactRational.parseDecimal("3."));
        assertEquals(ExactRational.of(3, 10), ExactRational.of(new BigDecimal("0.30")));
        assertEquals(new ExactRational(new BigInteger("123456789012345678901234567890"), BigInteger.ONE),
                ExactRational.parseDecimal("123456789012345678901234567890"));
        assertNull(ExactRational.parseDecimal("1.2.3"));
        assertNull(ExactRational.parseDecimal("."));
        assertNull(ExactRational.parseDecimal("-1"));
        assertNull(ExactRational.parseDecimal(""));
    }
}
