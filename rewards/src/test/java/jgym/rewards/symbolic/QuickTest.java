package jgym.rewards.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The exact surd and polynomial path: right verdicts where it reads both sides, and no verdict where it cannot. */
class QuickTest {
    private static Verdict quick(String gold, String answer) {
        return Quick.compare(FormReader.read(gold), FormReader.read(answer));
    }

    @Test
    void surdsInEverySpellingAreEqualAndDifferentValuesAreNot() {
        assertTrue(quick("2\\sqrt{2}", "\\sqrt{8}").equal());
        assertTrue(quick("\\frac{\\sqrt{2}}{2}", "\\frac{\\sqrt{8}}{4}").equal());
        assertTrue(quick("\\frac{-9 + \\sqrt{33}}{6}", "-\\frac{3}{2} + \\frac{\\sqrt{33}}{6}").equal());
        assertTrue(quick("0.5", "\\frac{2}{4}").equal());
        assertTrue(quick("3/2, -2", "-2, 1.5").equal());
        assertFalse(quick("3/2", "2/3").equal());
        assertNull(quick("1/0", "1"));
        assertFalse(quick("\\frac{-9 + \\sqrt{33}}{6}", "\\frac{-9 - \\sqrt{33}}{6}").equal());
        assertFalse(quick("2\\sqrt{5}", "\\sqrt{10}").equal());
        assertFalse(quick("\\sqrt{12}", "3\\sqrt{2}").equal());
    }

    @Test
    void rootListsMatchInAnyOrderAndTuplesInOrder() {
        String a = "\\frac{-9 + \\sqrt{33}}{6}, \\frac{-9 - \\sqrt{33}}{6}";
        String b = "\\frac{-9 - \\sqrt{33}}{6}, \\frac{-9 + \\sqrt{33}}{6}";
        assertTrue(quick(a, b).equal());
        assertFalse(quick("3, 2", "3, 3").equal());
        assertFalse(quick("(1, 2)", "(2, 1)").equal());
        assertTrue(quick("(1, 2)", "(1, 2)").equal());
    }

    @Test
    void polynomialsCompareByCoefficientsAndVariable() {
        assertTrue(quick("4x^3 + 52x^2 + 135x - 81", "-81 + 135x + 52x^{2} + 4x^3").equal());
        assertTrue(quick("x^2 - 1", "x^2 + 0x - 1").equal());
        assertFalse(quick("4x^3 + 52x^2 + 135x - 81", "4x^3 + 52x^2 + 135x + 81").equal());
        assertFalse(quick("2x", "2y").equal(), "the variable is part of the polynomial");
        assertFalse(quick("x^2", "x^3").equal());
    }

    @Test
    void whatItCannotReadIsLeftToTheAlgebraSystem() {
        assertNull(quick("(x+1)^2", "x^2+2x+1"));
        assertNull(quick("\\sqrt{2} + \\sqrt{3}", "\\sqrt{2} + \\sqrt{3}"));
        assertNull(quick("\\pi", "3.14159"));
        assertNull(quick("e^{2}", "e^2"));
        assertNull(quick("50\\%", "0.5"));
        // and the full checker still decides those
        assertTrue(Equivalence.DEFAULT.compare("(x+1)^2", "x^2+2x+1").equal());
        assertFalse(Equivalence.DEFAULT.compare("\\pi", "3.14159").equal());
        assertEquals(true, Equivalence.DEFAULT.compare("50\\%", "0.5").equal());
    }
}
