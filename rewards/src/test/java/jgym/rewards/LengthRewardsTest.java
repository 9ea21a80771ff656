package jgym.rewards;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgym.env.Gold;
import jgym.env.Reward;
import jgym.env.Score;
import jgym.env.Task;
import org.junit.jupiter.api.Test;

class LengthRewardsTest {
    private static final Task TASK = new Task("t/1", "test", 1, "p", new Gold.Answer("72"), "");
    private static final double EPS = 1e-12;

    private static String words(int n) {
        return "w ".repeat(n).strip();
    }

    @Test
    void lengthUnits() {
        assertEquals(3, LengthUnit.WORDS.measure("  a bb\n\tccc "));
        assertEquals(0, LengthUnit.WORDS.measure("   "));
        assertEquals(2, LengthUnit.CODE_POINTS.measure("\uD83D\uDE00x")); // one emoji (two chars) and x
    }

    @Test
    void dapoOverlongFollowsThePiecewiseFormula() {
        // L_max = 100, L_cache = 20: free up to 80.
        var p = new OverlongPenalty(100, 20, LengthUnit.WORDS);
        assertEquals(0.0, p.score(TASK, words(80)).valueOr(9), EPS);
        assertEquals(-0.05, p.score(TASK, words(81)).valueOr(9), EPS);   // (80 - 81) / 20
        assertEquals(-0.5, p.score(TASK, words(90)).valueOr(9), EPS);    // (80 - 90) / 20
        assertEquals(-1.0, p.score(TASK, words(100)).valueOr(9), EPS);   // (80 - 100) / 20
        assertEquals(-1.0, p.score(TASK, words(101)).valueOr(9), EPS);   // beyond L_max
        // DAPO's own setting: 20480 and 4096 tokens; 18432 is (16384 - 18432) / 4096 = -0.5.
        assertEquals(-0.5, new OverlongPenalty(20480, 4096, LengthUnit.WORDS).value(18432), EPS);
        assertThrows(IllegalArgumentException.class, () -> new OverlongPenalty(100, 0, LengthUnit.WORDS));
        var e = assertThrows(IllegalArgumentException.class, () -> new OverlongPenalty(100, 101, LengthUnit.WORDS));
        assertTrue(e.getMessage().contains("cacheLength"), e.getMessage());
    }

    @Test
    void linearLengthPenalty() {
        var p = new LengthPenalty(10, 0.1, -0.5, LengthUnit.WORDS);
        assertEquals(0.0, p.score(TASK, words(10)).valueOr(9), EPS);
        assertEquals(-0.3, p.score(TASK, words(13)).valueOr(9), EPS);  // -0.1 * (13 - 10)
        assertEquals(-0.5, p.score(TASK, words(30)).valueOr(9), EPS);  // -0.1 * 20 = -2, floored at -0.5
        assertThrows(IllegalArgumentException.class, () -> new LengthPenalty(10, 0.0, -1, LengthUnit.WORDS));
        assertThrows(IllegalArgumentException.class, () -> new LengthPenalty(10, 0.1, 0.5, LengthUnit.WORDS));
    }

    @Test
    void kimiGroupLengthPenalty() {
        // min 10, max 30: lambda = 0.5 - (len - 10) / 20 -> 10: 0.5, 20: 0.0, 30: -0.5, 15: 0.25.
        double[] r = GroupLengthPenalty.rewards(new int[] {10, 20, 30, 15, 10}, new boolean[] {true, true, true, false, false});
        // Wrong answers get min(0, lambda): 15 -> min(0, 0.25) = 0, 10 -> min(0, 0.5) = 0.
        assertArrayEquals(new double[] {0.5, 0.0, -0.5, 0.0, 0.0}, r, EPS);
        double[] wrongLong = GroupLengthPenalty.rewards(new int[] {10, 30}, new boolean[] {false, false});
        assertArrayEquals(new double[] {0.0, -0.5}, wrongLong, EPS);
        assertArrayEquals(new double[] {0.0, 0.0}, GroupLengthPenalty.rewards(new int[] {7, 7}, new boolean[] {true, false}), EPS);
        assertThrows(IllegalArgumentException.class, () -> GroupLengthPenalty.rewards(new int[] {1}, new boolean[] {true, false}));
    }

    @Test
    void cosineScalingMatchesTheScheduleAtHandPickedLengths() {
        Reward alwaysRight = (t, c) -> Score.pass("right");
        Reward alwaysWrong = (t, c) -> Score.fail("wrong");
        // T = 100, correct in [0.5, 1.0], wrong in [-1.0, -0.5] (open-r1 defaults).
        var right = CosineScaledReward.openR1(alwaysRight, LengthUnit.WORDS, 100);
        var wrong = CosineScaledReward.openR1(alwaysWrong, LengthUnit.WORDS, 100);
        // len 0: cos 0 = 1 -> hi. Correct: 0.5 + 0.5 * 0.5 * 2 = 1.0; wrong: -0.5 + 0.5 * (-0.5) * 2 = -1.0.
        assertEquals(1.0, right.score(TASK, "").valueOr(9), EPS);
        assertEquals(-1.0, wrong.score(TASK, "").valueOr(9), EPS);
        // len 50: cos(pi/2) = 0. Correct: 0.5 + 0.25 * 1 = 0.75; wrong: -0.5 + (-0.25) * 1 = -0.75.
        assertEquals(0.75, right.score(TASK, words(50)).valueOr(9), EPS);
        assertEquals(-0.75, wrong.score(TASK, words(50)).valueOr(9), EPS);
        // len 25: cos(pi/4) = 0.70710678. Correct: 0.5 + 0.25 * 1.70710678 = 0.92677670.
        assertEquals(0.9267766952966369, right.score(TASK, words(25)).valueOr(9), 1e-12);
        // len >= T: the exceed penalty, -1.
        assertEquals(-1.0, right.score(TASK, words(100)).valueOr(9), EPS);
        // Yeo et al.'s own values: correct 2 at length 0 falling to 1, wrong -10 at length 0 rising to 0, exceed -10.
        var paper = new CosineScaledReward(alwaysWrong, LengthUnit.WORDS, 100, 1.0, 2.0, -10.0, 0.0, -10.0);
        assertEquals(-5.0, paper.score(TASK, words(50)).valueOr(9), EPS); // 0 + 0.5 * (-10 - 0) * (1 + 0)
        Reward notApplicable = (t, c) -> Score.notApplicable("no gold");
        assertInstanceOf(Score.NotApplicable.class, CosineScaledReward.openR1(notApplicable, LengthUnit.WORDS, 10).score(TASK, "x"));
        var e = assertThrows(IllegalArgumentException.class,
                () -> new CosineScaledReward(alwaysRight, LengthUnit.WORDS, 100, 1.0, 0.5, -1, -0.5, -1));
        assertTrue(e.getMessage().contains("minCorrect"), e.getMessage());
    }
}
