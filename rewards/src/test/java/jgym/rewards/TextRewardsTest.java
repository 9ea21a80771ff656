package jgym.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgym.env.Gold;
import jgym.env.Score;
import jgym.env.Task;
import org.junit.jupiter.api.Test;

class TextRewardsTest {
    private static final Task TASK = new Task("t/1", "test", 1, "p", new Gold.Answer("72"), "");
    private static final double EPS = 1e-12;

    private static double format(String s) {
        return new FormatReward().score(TASK, s).valueOr(9);
    }

    @Test
    void formatRequiresEachTagOnceInOrderAndNothingAfter() {
        assertEquals(1.0, format("<think>\nwork\n</think>\n<answer>72</answer>"));
        assertEquals(1.0, format("  <think></think> <answer> 72 </answer>\n\n"));
        assertEquals(0.0, format("<think>work</think><answer>72</answer> extra"));
        assertEquals(0.0, format("intro <think>work</think><answer>72</answer>"));
        assertEquals(0.0, format("<think>work</think> so <answer>72</answer>"));
        assertEquals(0.0, format("<answer>72</answer><think>work</think>"));
        assertEquals(0.0, format("<think>a</think><think>b</think><answer>72</answer>"));
        assertEquals(0.0, format("<think>a</think><answer>72</answer><answer>72</answer>"));
        assertEquals(0.0, format("<think>a</think><answer> </answer>"));
        assertEquals(0.0, format("<think>a</think><answer>72"));
        assertEquals(0.0, format(""));
        // R1-Zero template: the prompt ends with <think>, the completion must not open it again.
        var opened = new FormatReward(true);
        assertEquals(1.0, opened.score(TASK, "work</think><answer>72</answer>").valueOr(9));
        assertEquals(0.0, opened.score(TASK, "<think>work</think><answer>72</answer>").valueOr(9));
    }

    @Test
    void tagCountGivesAQuarterPerTagSeenOnce() {
        var r = new TagCountReward();
        assertEquals(1.0, r.score(TASK, "<think>a</think><answer>b</answer>").valueOr(9), EPS);
        assertEquals(0.5, r.score(TASK, "<think>a</think>").valueOr(9), EPS);                       // 0.25 + 0.25
        assertEquals(0.75, r.score(TASK, "<think>a</think><answer>b</answer></answer>").valueOr(9), EPS); // </answer> twice
        assertEquals(0.0, r.score(TASK, "plain text").valueOr(9), EPS);
    }

    @Test
    void repetitionPenaltyFollowsOpenR1() {
        var r = new RepetitionPenalty();
        // "a b c a b c a b c": 9 words, 7 trigrams, distinct {abc, bca, cab} = 3 -> (1 - 3/7) * -1 = -4/7.
        assertEquals(-4.0 / 7.0, r.score(TASK, "a b c a b c a b c").valueOr(9), EPS);
        // Case is folded: "A b C a B c" has 4 trigrams, distinct {abc, bca, cab} = 3 -> (1 - 3/4) * -1 = -0.25.
        assertEquals(-0.25, r.score(TASK, "A b C a B c").valueOr(9), EPS);
        // No repeated trigram: 0 (distinct == total).
        assertEquals(0.0, r.score(TASK, "one two three four five").valueOr(9), EPS);
        // Fewer words than n: 0.
        assertEquals(0.0, r.score(TASK, "one two").valueOr(9), EPS);
        assertEquals(0.0, r.score(TASK, "").valueOr(9), EPS);
        // Bigrams, penalty -2: "x x x x" has 3 bigrams, 1 distinct -> (1 - 1/3) * -2 = -4/3.
        assertEquals(-4.0 / 3.0, new RepetitionPenalty(2, -2.0, 1000).score(TASK, "x x x x").valueOr(9), EPS);
        assertThrows(IllegalArgumentException.class, () -> new RepetitionPenalty(0, -1, 10));
        assertThrows(IllegalArgumentException.class, () -> new RepetitionPenalty(3, 0.5, 10));
    }

    @Test
    void languageConsistencyIsTheShareOfLettersInTheTargetScript() {
        var latin = LanguageConsistency.latin(TextRegion.THINK);
        // "abc 中文": 5 letters, 3 Latin -> 3/5; digits and spaces are not letters.
        assertEquals(0.6, latin.score(TASK, "<think>abc 12 中文</think><answer>72</answer>").valueOr(9), EPS);
        assertEquals(0.4, LanguageConsistency.chinese(TextRegion.THINK)
                .score(TASK, "<think>abc 12 中文</think><answer>72</answer>").valueOr(9), EPS);
        // "привет hi": 6 Cyrillic of 8 letters -> 0.75.
        assertEquals(0.75, LanguageConsistency.cyrillic(TextRegion.WHOLE).score(TASK, "привет hi").valueOr(9), EPS);
        // The tags themselves are not counted in WHOLE: only "да" (2 Cyrillic letters) -> 1.0.
        assertEquals(1.0, LanguageConsistency.cyrillic(TextRegion.WHOLE).score(TASK, "<think>да</think><answer>7</answer>").valueOr(9), EPS);
        // No letters: nothing is mixed.
        assertEquals(1.0, LanguageConsistency.latin(TextRegion.ANSWER).score(TASK, "<answer>72</answer>").valueOr(9), EPS);
        assertInstanceOf(Score.NotApplicable.class, latin.score(TASK, "no think block"));
        assertThrows(IllegalArgumentException.class, () -> new LanguageConsistency(java.util.Set.of(), TextRegion.WHOLE));
    }

    @Test
    void lastNumberIsAnExplicitFallback() {
        var r = new LastNumberAnswer();
        assertEquals(1.0, r.score(TASK, "so she sold 48 + 24 = 72 clips.").valueOr(9));
        assertEquals(1.0, r.score(TASK, "total: 72.").valueOr(9));
        assertEquals(0.0, r.score(TASK, "72 or maybe 73").valueOr(9));
        assertEquals(0.0, r.score(TASK, "no numbers").valueOr(9));
        assertEquals(1.0, r.score(new Task("t", "s", 1, "p", new Gold.Answer("1200"), ""), "it costs $1,200").valueOr(9));
        assertEquals(1.0, r.score(new Task("t", "s", 1, "p", new Gold.Answer("-5"), ""), "it is -5").valueOr(9));
        assertEquals("4", LastNumberAnswer.lastNumber("3,4"));
        assertEquals("3.5", LastNumberAnswer.lastNumber("x 3.5."));
        Score s = r.score(new Task("t", "s", 1, "p", new Gold.Answer("blue"), ""), "blue");
        assertTrue(s instanceof Score.NotApplicable, s.toString());
    }
}
