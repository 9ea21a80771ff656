package jgym.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jgym.env.Gold;
import jgym.env.Score;
import jgym.env.Task;
import org.junit.jupiter.api.Test;

class CorrectnessRewardsTest {

    private static Score correct(String gold, String completion) {
        return new CorrectAnswer().score(new Task("t", "s", 1, "p", new Gold.Answer(gold), ""), completion);
    }

    private static Score countdown(long target, List<Integer> numbers, String completion) {
        return new CountdownCorrect().score(new Task("c", "s", 1, "p", new Gold.Countdown(target, numbers, "x"), ""), completion);
    }

    @Test
    void equivalentFormsOfTheGoldPass() {
        assertEquals(1.0, correct("1200.5", "<answer>$1,200.50</answer>").valueOr(9));
        assertEquals(1.0, correct("3/4", "<answer>\\frac{3}{4}</answer>").valueOr(9));
        assertEquals(1.0, correct("0.75", "<answer>\\dfrac{3}{4}</answer>").valueOr(9));
        assertEquals(1.0, correct("1 1/2", "<answer>1.5</answer>").valueOr(9));
        assertEquals(1.0, correct("12", "<answer>12 cm</answer>").valueOr(9));
        assertEquals(1.0, correct("25%", "<answer>0.25</answer>").valueOr(9));
        assertEquals(1.0, correct("-7", "The result is \\boxed{-7}.").valueOr(9));
        assertEquals(1.0, correct("\\frac{\\sqrt{3}}{2}", "\\boxed{\\dfrac{\\sqrt{3}}{2}}").valueOr(9));
        // A MATH-style gold solution is reduced to its boxed answer, a GSM8K one to its #### line.
        assertEquals(1.0, correct("so $x = \\boxed{5}$", "<answer>5</answer>").valueOr(9));
        assertEquals(1.0, correct("24 + 48 = 72\n#### 72", "<answer>72</answer>").valueOr(9));
    }

    @Test
    void reasonsSayWhatWasComparedWithWhat() {
        Score wrong = correct("72", "<answer>73</answer>");
        assertEquals(0.0, wrong.valueOr(9));
        assertTrue(wrong.reason().contains("73") && wrong.reason().contains("72"), wrong.reason());
        Score hedge = correct("72", "<answer>72</answer><answer>73</answer>");
        assertTrue(hedge.reason().contains("every stated answer"), hedge.reason());
        Score none = correct("72", "I do not know");
        assertTrue(none.reason().contains("'I do not know' reads as text"), none.reason());
        Score right = correct("72", "<answer>72</answer>");
        assertTrue(right.reason().contains("ANSWER_TAG"), right.reason());
    }

    @Test
    void countdownAcceptsBothFormsAndExactDivision() {
        assertEquals(1.0, countdown(24, List.of(3, 8, 2), "<answer>3 * 8</answer>").valueOr(9));
        assertEquals(1.0, countdown(24, List.of(3, 8, 2), "<answer>3 * 8 = 24</answer>").valueOr(9));
        assertEquals(1.0, countdown(24, List.of(3, 8, 2), "<answer>24 = 3 * 8</answer>").valueOr(9));
        assertEquals(0.0, countdown(24, List.of(3, 8, 2), "<answer>3 * 8 = 20 + 4</answer>").valueOr(9)); // 20 and 4 are not given
        assertEquals(0.0, countdown(24, List.of(3, 8, 2), "<answer>3 * 8 = 25</answer>").valueOr(9));
        assertEquals(1.0, countdown(24, List.of(8, 3, 8, 3), "<answer>8 / (3 - 8 / 3)</answer>").valueOr(9)); // 8 / (1/3)
        assertEquals(1.0, countdown(7, List.of(7, 2, 2), "<answer>7 / 2 * 2</answer>").valueOr(9));           // exact: 7, not 6
        assertEquals(0.0, countdown(6, List.of(7, 2, 2), "<answer>7 / 2 * 2</answer>").valueOr(9));           // integer division's 6
        assertEquals(1.0, countdown(24, List.of(3, 8), "<answer>$3 \\times 8$</answer>").valueOr(9));
        assertEquals(1.0, countdown(24, List.of(3, 8, 2, 2), "<answer>\\frac{8}{2} \\cdot 3 * 2</answer>").valueOr(9)); // 4 * 3 * 2, both 2s given
        assertEquals(1.0, countdown(10, List.of(5, 5), "<answer>5 + 5</answer>").valueOr(9));                  // both 5s are given
        assertEquals(0.0, countdown(15, List.of(5, 5), "<answer>5 + 5 + 5</answer>").valueOr(9));
        assertEquals(0.0, countdown(24, List.of(3, 8), "<answer>3 * 8 = 24 = 24</answer>").valueOr(9));
        assertEquals(1.0, countdown(24, List.of(3, 8), "\\boxed{3*8}").valueOr(9));                          // a box marks it too
        assertEquals(0.0, countdown(24, List.of(3, 8), "\\boxed{3*8*1}").valueOr(9));
        Score bad = countdown(24, List.of(3, 8), "<answer>3 * 8 * 1</answer>");
        assertTrue(bad.reason().contains("uses 1"), bad.reason());
    }
}
