package jgym.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArithmeticTest {

    private static Evaluation.Ok ok(String s, Arithmetic.Dialect d) {
        return assertInstanceOf(Evaluation.Ok.class, Arithmetic.evaluate(s, d), s);
    }

    private static String invalid(String s, Arithmetic.Dialect d) {
        return assertInstanceOf(Evaluation.Invalid.class, Arithmetic.evaluate(s, d), s).reason();
    }

    @Test
    void precedenceAndParentheses() {
        assertEquals(ExactRational.of(14), ok("2 + 3 * 4", Arithmetic.Dialect.COUNTDOWN).value());   // 2 + 12
        assertEquals(ExactRational.of(20), ok("(2 + 3) * 4", Arithmetic.Dialect.COUNTDOWN).value());
        assertEquals(ExactRational.of(1), ok("10 - 6 - 3", Arithmetic.Dialect.COUNTDOWN).value());    // left-associative: (10-6)-3
        assertEquals(ExactRational.of(5), ok("100 / 10 / 2", Arithmetic.Dialect.COUNTDOWN).value());  // (100/10)/2
    }

    @Test
    void divisionIsExactRational() {
        assertEquals(ExactRational.of(7, 2), ok("7 / 2", Arithmetic.Dialect.COUNTDOWN).value());
        assertEquals(ExactRational.of(7), ok("7 / 2 * 2", Arithmetic.Dialect.COUNTDOWN).value());   // integer division would give 6
        assertEquals(ExactRational.of(24), ok("8 / (3 - 8 / 3)", Arithmetic.Dialect.COUNTDOWN).value()); // 8 / (1/3) = 24
        assertTrue(invalid("5 / (3 - 3)", Arithmetic.Dialect.COUNTDOWN).contains("division by zero"));
    }

    @Test
    void literalsAreReportedInOrder() {
        assertEquals(List.of(ExactRational.of(25), ExactRational.of(5), ExactRational.of(5)), ok("(25 - 5) * 5", Arithmetic.Dialect.COUNTDOWN).literals());
    }

    @Test
    void dialectsDiffer() {
        assertTrue(invalid("-3 + 5", Arithmetic.Dialect.COUNTDOWN).contains("unary"));
        assertEquals(ExactRational.of(2), ok("-3 + 5", Arithmetic.Dialect.MATH).value());
        assertEquals(ExactRational.of(3), ok("-(-3)", Arithmetic.Dialect.MATH).value());
        invalid("2.5 * 2", Arithmetic.Dialect.COUNTDOWN);
        assertEquals(ExactRational.of(5), ok("2.5 * 2", Arithmetic.Dialect.MATH).value());
    }

    @Test
    void rejectsEverythingOutsideTheGrammar() {
        for (String s : new String[] {"", "  ", "2 +", "(2 + 3", "2 + 3)", "2 ** 3", "2 ^ 3", "2(3)", "abs(2)",
                                      "java.lang.Runtime.getRuntime()", "1..2", "3 4", "2 + + 3"}) {
            invalid(s, Arithmetic.Dialect.COUNTDOWN);
        }
        invalid("1..2", Arithmetic.Dialect.MATH);
        invalid(".", Arithmetic.Dialect.MATH);
    }

    @Test
    void workIsBounded() {
        assertTrue(invalid("(".repeat(Arithmetic.MAX_DEPTH + 1) + "1" + ")".repeat(Arithmetic.MAX_DEPTH + 1),
                Arithmetic.Dialect.COUNTDOWN).contains("nesting"));
        assertTrue(invalid("-".repeat(Arithmetic.MAX_DEPTH + 1) + "1", Arithmetic.Dialect.MATH).contains("nesting"));
        assertTrue(invalid("1+".repeat(Arithmetic.MAX_LENGTH) + "1", Arithmetic.Dialect.COUNTDOWN).contains("longer"));
        // The deepest allowed nesting still evaluates.
        assertEquals(ExactRational.of(1), ok("(".repeat(Arithmetic.MAX_DEPTH) + "1" + ")".repeat(Arithmetic.MAX_DEPTH),
                Arithmetic.Dialect.COUNTDOWN).value());
    }
}
