package jgym.rewards.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import jgym.env.Gold;
import jgym.env.Task;
import jgym.rewards.EquivalentAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Answers that try to be within a tolerance of every gold: numbers so large or so small that a double overflows or
 * underflows, and tolerances that grow with the answer. Each must score 0 against every numeric gold, in every shape
 * that holds numbers; the right answers (controls) must still score 1.
 */
class HugeNumbersTest {
    private static final EquivalentAnswer REWARD = new EquivalentAnswer();

    /** Golds of every numeric kind and shape, each with a right answer written another way. */
    static final List<String[]> GOLDS = List.of(
            new String[] {"72", "72"},
            new String[] {"\\frac{3}{4}", "0.75"},
            new String[] {"2\\sqrt{3}", "\\sqrt{12}"},
            new String[] {"\\frac{\\sqrt 2}{2}", "\\frac{1}{\\sqrt 2}"},
            new String[] {"2\\pi", "\\pi \\cdot 2"},
            new String[] {"3+4i", "4i+3"},
            new String[] {"10^{15}", "1000000000000000"},
            new String[] {"e^2", "e^{2}"},
            new String[] {"\\{1, 2\\}", "\\{2, 1\\}"},
            new String[] {"(1, \\sqrt 2)", "(1, \\sqrt{2})"},
            new String[] {"[1, \\pi)", "[1, \\pi)"},
            new String[] {"\\begin{pmatrix} 1 & 2 \\\\ 3 & \\sqrt 5 \\end{pmatrix}", "\\begin{bmatrix} 1 & 2 \\\\ 3 & \\sqrt{5} \\end{bmatrix}"},
            new String[] {"x = \\sqrt 7", "\\sqrt 7"});

    /** Values past a double's range, or that a double reads as 0. */
    static final List<String> HUGE = List.of("10^{400}", "-10^{400}", "10^{400}i", "10^{400}+10^{400}i", "1.0\\times 10^{400}",
            "2^{2000}", "10^{400}\\pi", "\\sqrt{10^{800}}", "1e400", "10^{-400}", "1.5\\times 10^{-400}", "10^{-400}\\sqrt 2");

    private static Task task(String gold) {
        return new Task("t", "test", 1, "?", new Gold.Answer(gold), "");
    }

    private static double score(String gold, String answer) {
        return REWARD.score(task(gold), "\\boxed{" + answer + "}").valueOr(Double.NaN);
    }

    /** {@code value} in the gold's shape: every number position holds it. */
    private static String shaped(String gold, String value) {
        if (gold.startsWith("\\{")) return "\\{" + value + ", " + value + "\\}";
        if (gold.startsWith("(")) return "(" + value + ", " + value + ")";
        if (gold.startsWith("[")) return "[" + value + ", " + value + ")";
        if (gold.startsWith("\\begin")) return "\\begin{pmatrix} " + value + " & " + value + " \\\\ " + value + " & " + value + " \\end{pmatrix}";
        if (gold.startsWith("x =")) return "x = " + value;
        return value;
    }

    static Stream<Arguments> hacks() {
        return GOLDS.stream().flatMap(g -> HUGE.stream().map(h -> Arguments.of(g[0], shaped(g[0], h))));
    }

    @ParameterizedTest(name = "{1} against {0}")
    @MethodSource("hacks")
    void aHugeOrTinyValueMatchesNoGold(String gold, String hack) {
        long t0 = System.nanoTime();
        assertEquals(0.0, score(gold, hack), () -> REWARD.score(task(gold), "\\boxed{" + hack + "}").reason());
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(2).toNanos(), "each comparison ends within 2 s");
    }

    static Stream<Arguments> controls() {
        return GOLDS.stream().map(g -> Arguments.of(g[0], g[1]));
    }

    @ParameterizedTest(name = "{1} for {0}")
    @MethodSource("controls")
    void theRightAnswerInAnotherSpellingStillScores(String gold, String right) {
        assertEquals(1.0, score(gold, right), () -> REWARD.score(task(gold), "\\boxed{" + right + "}").reason());
    }

    @Test
    void zeroIsMatchedOnlyByAnExactZero() {
        for (String tiny : List.of("10^{-400}", "1.5\\times 10^{-400}", "10^{-400}\\sqrt 2", "\\sin(10^{-400})", "0.0000000000001",
                "e^{-1000}", "\\frac{1}{10^{400}}")) {
            assertEquals(0.0, score("0", tiny), tiny);
        }
        assertEquals(1.0, score("0", "0.0"));
        assertEquals(1.0, score("0", "\\sin(\\pi)"));
        assertEquals(1.0, score("0", "\\sqrt 8 - 2\\sqrt 2"));
    }

    @Test
    void aToleranceNeverGrowsWithTheAnswer() {
        assertEquals(0.0, score("10^{15}", "10^{15}+100\\pi"));
        assertEquals(0.0, score("10^{15}", "1000000000000314.159"));
        assertEquals(0.0, score("10^{15}", "1000000000000000.5"));
        assertEquals(0.0, score("\\pi", "\\pi + 10^{-30}"));
        // An exact rational gold is never approximated, however close the decimal.
        assertEquals(0.0, score("\\frac{1}{3}", "0.3333333333333333"));
        assertEquals(1.0, score("\\frac{1}{8}", "0.125"));
    }

    @Test
    void aDecimalApproximatesAnIrrationalGoldOnlyWithinTheTolerance() {
        assertEquals(1.0, score("\\pi", "3.14159265358979"));
        assertEquals(0.0, score("\\pi", "3.14159"));
        assertEquals(0.0, score("\\pi", "3.14"));
        var loose = new Equivalence(1e-3, Duration.ofSeconds(2));
        assertTrue(loose.compare("\\pi", "3.1416").equal());
        assertTrue(loose.compare("\\sqrt 2", "1.414").equal());
        // The bound is relative to the gold: loose as it is, it takes no huge answer.
        assertFalse(loose.compare("\\pi", "3.1416 \\cdot 10^{400}").equal());
        assertFalse(loose.compare("\\pi", "10^{400}").equal());
        assertFalse(loose.compare("0", "0.0001").equal());
        assertFalse(loose.compare("72", "72.01").equal());
    }

    @Test
    void theReasonSaysHowFarApartTheyAre() {
        String reason = REWARD.score(task("\\sqrt 2"), "\\boxed{10^{400}}").reason();
        assertFalse(reason.contains("Infinity"), reason);
        assertTrue(reason.contains("1e400"), reason);
    }
}
