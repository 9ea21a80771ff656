package jgym.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jgym.env.Gold;
import jgym.env.RewardResult;
import jgym.env.Task;
import org.junit.jupiter.api.Test;

class RubricsTest {

    private static Task task(Gold gold, String trace) {
        return new Task("t/1", "test", 1, "prompt", gold, trace);
    }

    @Test
    void oracleCompletionScoresOneOnBothMathTerms() {
        Task t = task(new Gold.Answer("72"), "48 / 2 = 24 and 48 + 24 = 72.");
        RewardResult r = Rubrics.math().evaluate(t, t.oracleCompletion());
        assertEquals(1.0, r.component("correct").valueOr(-1), r.reason());
        assertEquals(1.0, r.component("format").valueOr(-1), r.component("format").reason());
        assertEquals(1.0, r.total());
    }

    @Test
    void gsm8kGoldSolutionScoresCorrectAgainstItsAnswer() {
        Task t = task(new Gold.Answer("72"), "");
        String solution = "Natalia sold 48/2 = <<48/2=24>>24 clips in May.\n"
                + "Natalia sold 48+24 = <<48+24=72>>72 clips altogether in April and May.\n#### 72";
        RewardResult r = Rubrics.math().evaluate(t, solution);
        assertEquals(1.0, r.component("correct").valueOr(-1), r.reason());
        // Format is logged only: the solution has no tags, so it scores 0 there but the total is still 1 * 1 + 0 * 0.
        assertEquals(0.0, r.component("format").valueOr(-1));
        assertEquals(1.0, r.total());
    }

    @Test
    void countdownOracleScoresOneOnBothTerms() {
        // 100 = (25 - 5) * 5: uses 25, 5 and 5 once each; the 3 is left over, which is allowed.
        Task t = task(new Gold.Countdown(100, List.of(25, 5, 5, 3), "(25 - 5) * 5"), "25 - 5 = 20, 20 * 5 = 100");
        RewardResult r = Rubrics.countdown().evaluate(t, t.oracleCompletion());
        assertEquals(1.0, r.component("correct").valueOr(-1), r.reason());
        assertEquals(1.0, r.component("format").valueOr(-1), r.component("format").reason());
        assertEquals(1.0, r.total());
    }

    @Test
    void termsAreCorrectWeightOneThenFormatWeightZero() {
        for (var rubric : List.of(Rubrics.math(), Rubrics.countdown())) {
            assertEquals(List.of("correct", "format"), rubric.terms().stream().map(t -> t.name()).toList());
            assertEquals(List.of(1.0, 0.0), rubric.terms().stream().map(t -> t.weight()).toList());
        }
    }

    @Test
    void wrongAnswersScoreZero() {
        Task m = task(new Gold.Answer("72"), "t");
        assertEquals(0.0, Rubrics.math().evaluate(m, "<think>t</think><answer>73</answer>").total());
        Task c = task(new Gold.Countdown(100, List.of(25, 5, 3), "x"), "t");
        // (25 - 5) * 5 needs two 5s but only one is given.
        assertEquals(0.0, Rubrics.countdown().evaluate(c, "<think>t</think><answer>(25 - 5) * 5</answer>").total());
    }
}
