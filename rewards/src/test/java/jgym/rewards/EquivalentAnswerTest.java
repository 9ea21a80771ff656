package jgym.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgym.env.Gold;
import jgym.env.Score;
import jgym.env.Task;
import org.junit.jupiter.api.Test;

/** The symbolic correctness reward on whole completions: extraction, hedges, worked gold solutions, reasons. */
class EquivalentAnswerTest {
    private static final EquivalentAnswer REWARD = new EquivalentAnswer();

    private static Score score(String gold, String completion) {
        return REWARD.score(new Task("m/1", "test", 1, "p", new Gold.Answer(gold), ""), completion);
    }

    @Test
    void aHalfOpenIntervalIdenticalToTheGoldIsRight() {
        // The exact reward cannot read "(3,4]" (unbalanced parentheses), not even as the gold.
        assertInstanceOf(Score.NotApplicable.class, new CorrectAnswer().score(new Task("m/1", "test", 1, "p", new Gold.Answer("(3,4]"), ""),
                "so \\boxed{(3,4]}"));
        assertEquals(1.0, score("(3,4]", "so \\boxed{(3,4]}").valueOr(Double.NaN));
        assertEquals(1.0, score("(3,4]", "<answer>3 < x \\le 4</answer>").valueOr(Double.NaN));
        assertEquals(0.0, score("(3,4]", "<answer>[3, 4]</answer>").valueOr(Double.NaN));
    }

    @Test
    void equivalentSpellingsScoreOneAndSayWhy() {
        Score s = score("\\frac{1}{\\sqrt 2}", "Rationalising, \\boxed{\\frac{\\sqrt{2}}{2}}.");
        assertEquals(1.0, s.valueOr(Double.NaN));
        assertTrue(s.reason().contains("simplifies to 0") || s.reason().contains("same value"), s.reason());
    }

    @Test
    void aHedgeBetweenTwoAnswersScoresZero() {
        Score s = score("\\{1, 2\\}", "either \\boxed{\\{2, 1\\}} or \\boxed{\\{1, 3\\}}");
        assertEquals(0.0, s.valueOr(Double.NaN));
        assertTrue(s.reason().contains("every stated answer must be right"), s.reason());
        assertEquals(1.0, score("\\{1, 2\\}", "\\boxed{\\{2, 1\\}} and again \\boxed{1, 2}").valueOr(Double.NaN));
    }

    @Test
    void aWorkedGoldSolutionIsReducedToItsBoxedAnswer() {
        String solution = "We have $x^2 = 2$, so $x = \\pm\\sqrt 2$ and the positive root is $\\boxed{\\sqrt{2}}$.";
        assertEquals(1.0, score(solution, "<answer>2^{1/2}</answer>").valueOr(Double.NaN));
        assertEquals(0.0, score(solution, "<answer>1.414</answer>").valueOr(Double.NaN));
    }

    @Test
    void aMissingAnswerFailsWithTheExtractorsReason() {
        Score s = score("5", "I cannot tell");
        assertEquals(0.0, s.valueOr(Double.NaN));
        assertTrue(s.reason().contains("answer"), s.reason());
    }
}
