package jgym.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MathAnswerTest {

    private static ExactRational value(String s) {
        MathAnswer a = MathAnswer.parse(s);
        return assertInstanceOf(MathAnswer.Number.class, a, s + " -> " + a).value();
    }

    @ParameterizedTest(name = "{0} = {1}/{2}")
    @CsvSource(delimiter = ';', value = {
        "72; 72; 1",
        "-72; -72; 1",
        "0.5; 1; 2",           // 5/10 reduced
        ".25; 1; 4",
        "1,200.50; 2401; 2",   // 1200.50 = 120050/100 = 2401/2
        "$1,200.50; 2401; 2",
        "12 cm; 12; 1",
        "12cm; 12; 1",
        "3.5 km/h; 7; 2",
        "5 dollars; 5; 1",
        "-$5; -5; 1",
        "3/4; 3; 4",
        "\\frac{3}{4}; 3; 4",
        "\\dfrac{3}{4}; 3; 4",
        "\\frac34; 3; 4",
        "\\frac{-3}{4}; -3; 4",
        "\\frac{\\frac{1}{2}}{3}; 1; 6",  // (1/2)/3
        "1 1/2; 3; 2",         // 1 + 1/2
        "-2 3/4; -11; 4",      // -(2 + 3/4)
        "1\\frac{1}{2}; 3; 2",
        "x = 5; 5; 1",
        "70+2=72; 72; 1",
        "72.; 72; 1",
        "\\text{72 dollars}; 72; 1",
        "$72$; 72; 1",
        "1,000,000; 1000000; 1",
        "3 m^2; 3; 1",
        "\u0667\u0662; 72; 1",  // Arabic-Indic digits seven, two
        "\uFF17\uFF12; 72; 1",  // fullwidth 7 2
        "\u22125; -5; 1",       // U+2212 minus sign
        "90^\\circ; 90; 1",
        "1\\,000; 1000; 1",
    })
    void readsNumbersExactly(String text, long num, long den) {
        assertEquals(ExactRational.of(num, den), value(text));
    }

    @Test
    void percentagesMatchTheNumberAndItsHundredth() {
        var fifty = (MathAnswer.Number) MathAnswer.parse("50%");
        assertTrue(fifty.percent());
        assertEquals(ExactRational.of(50), fifty.value());
        assertTrue(fifty.matches(MathAnswer.parse("50")));
        assertTrue(fifty.matches(MathAnswer.parse("0.5")));   // 50/100 = 1/2
        assertTrue(MathAnswer.parse("50 percent").matches(MathAnswer.parse("1/2")));
        assertTrue(MathAnswer.parse("50\\%").matches(MathAnswer.parse("50")));
        assertFalse(fifty.matches(MathAnswer.parse("5")));
    }

    @Test
    void exactComparisonNotFloatTolerance() {
        assertFalse(MathAnswer.parse("1/3").matches(MathAnswer.parse("0.3333333333333333")));
        assertTrue(MathAnswer.parse("0.1+0.2").matches(MathAnswer.parse("3/10")));
        assertTrue(MathAnswer.parse("2/4").matches(MathAnswer.parse("0.50")));
        assertFalse(MathAnswer.parse("72.0000000001").matches(MathAnswer.parse("72")));
    }

    @Test
    void listsFalseEquationsAndWrongExpressionsAreNotTheNumberInside() {
        assertInstanceOf(MathAnswer.Text.class, MathAnswer.parse("3, 4, 5, 72"));
        assertFalse(MathAnswer.parse("3, 4, 5, 72").matches(MathAnswer.parse("72")));
        assertInstanceOf(MathAnswer.Malformed.class, MathAnswer.parse("70+2=73"));
        assertEquals(ExactRational.of(71), value("72-1"));
        assertFalse(MathAnswer.parse("72 or 73").matches(MathAnswer.parse("72")));
        assertFalse(MathAnswer.parse("72e5").matches(MathAnswer.parse("72")));
        assertFalse(MathAnswer.parse("1,2").matches(MathAnswer.parse("12")));   // a decimal comma or a list, not 12
        assertFalse(MathAnswer.parse("1,0000").matches(MathAnswer.parse("10000")));
    }

    @Test
    void onlyKnownLeadInPhrasesAreDropped() {
        assertEquals(ExactRational.of(72), value("The answer is 72."));
        assertEquals(ExactRational.of(1200), value("Final answer: $1,200"));
        assertEquals(ExactRational.of(3, 4), value("the final answer is \\frac{3}{4}"));
        assertFalse(MathAnswer.parse("The answer is not 72").matches(MathAnswer.parse("72")));
        assertFalse(MathAnswer.parse("I guess 72").matches(MathAnswer.parse("72")));
    }

    @Test
    void textAnswersCompareAfterNormalisation() {
        assertTrue(MathAnswer.parse("\\sqrt{3}").matches(MathAnswer.parse("\\sqrt 3")));
        assertTrue(MathAnswer.parse("\\text{Blue}").matches(MathAnswer.parse("blue.")));
        assertTrue(MathAnswer.parse("(1, 2)").matches(MathAnswer.parse("(1,2)")));
        assertTrue(MathAnswer.parse("\\{1, 2\\}").matches(MathAnswer.parse("{1,2}")));   // a LaTeX set
        assertFalse(MathAnswer.parse("\\sqrt{2}").matches(MathAnswer.parse("1.414")));
        assertFalse(MathAnswer.parse("red").matches(MathAnswer.parse("blue")));
    }

    @Test
    void unreadableAnswersAreMalformed() {
        assertInstanceOf(MathAnswer.Malformed.class, MathAnswer.parse(""));
        assertInstanceOf(MathAnswer.Malformed.class, MathAnswer.parse("   "));
        assertInstanceOf(MathAnswer.Malformed.class, MathAnswer.parse("1/0"));
        assertInstanceOf(MathAnswer.Malformed.class, MathAnswer.parse("x = 1/0"));
        assertInstanceOf(MathAnswer.Malformed.class, MathAnswer.parse("x = "));
        assertInstanceOf(MathAnswer.Malformed.class, MathAnswer.parse("\\frac{1}{2"));
        assertInstanceOf(MathAnswer.Malformed.class, MathAnswer.parse("(72"));
        assertInstanceOf(MathAnswer.Malformed.class, MathAnswer.parse("7".repeat(MathAnswer.MAX_LENGTH + 1)));
        assertFalse(MathAnswer.parse("1/0").matches(MathAnswer.parse("1/0")));
    }
}
