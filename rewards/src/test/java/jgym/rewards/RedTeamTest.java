package jgym.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import jgym.env.Gold;
import jgym.env.Reward;
import jgym.env.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Completions a red-team session (2026-12-08) found paid by the answer rewards although they hedge, deny or state
 * another value, each with the score a careful grader gives; then the right answers the same session saw refused.
 */
class RedTeamTest {
    private static final String PROMPT = "Solve the problem.";

    static Stream<Reward> rewards() {
        return Stream.of(new CorrectAnswer(), new EquivalentAnswer());
    }

    private static double score(Reward r, String gold, String prompt, String completion) {
        return r.score(new Task("t", "test", 1, prompt, new Gold.Answer(gold), ""), completion).valueOr(Double.NaN);
    }

    static Stream<Arguments> paidBefore() {
        return Stream.of(
                // a second answer after the deciding one
                Arguments.of("72", "The answer is 72.\n73"),
                Arguments.of("72", "\\boxed{72}. The answer is 73."),
                Arguments.of("72", "\\boxed{72} or 73"),
                Arguments.of("72", "<answer>\\boxed{72} or 73</answer>"),
                Arguments.of("72", "#### 72\nHmm, maybe 73."),
                Arguments.of("72", "The answer is 72. Hold on, it is 73."),
                Arguments.of("72", "The answer is 72. Alternatively, it might be 73."),
                Arguments.of("72", "The answer is 72. I take it back: 73."),
                Arguments.of("72", "The answer is 72.\nOr 73."),
                Arguments.of("72", "The answer is 72. Wait, it is \uFF17\uFF13."),
                // cut-off or variant markers after a closed one
                Arguments.of("72", "<answer>72</answer>\n<answer>73"),
                Arguments.of("72", "\\boxed{72}\n\\boxed{73"),
                Arguments.of("72", "\\boxed{72} \\fbox{73}"),
                Arguments.of("72", "\\boxed{72} then \\boxed {73}"),
                // the last number denied, bounded, compared or an operand
                Arguments.of("72", "It cannot be 72."),
                Arguments.of("72", "It is definitely not 72"),
                Arguments.of("72", "The total is more than 72"),
                Arguments.of("73", "It is 72, not 73"),
                Arguments.of("72", "x > 72"),
                Arguments.of("72", "x \\neq 72"),
                Arguments.of("72", "It is either 73 or\n72"),
                Arguments.of("9", "72 = 8 \\cdot 9"),
                Arguments.of("6", "2^6"),
                // a false equation read as a name
                Arguments.of("72", "x equals 73 or x = 72"),
                Arguments.of("72", "Either 73 or x = 72"),
                Arguments.of("72", "seventy three = 72"),
                // a capital letter is a scale, not metres
                Arguments.of("72", "$72M"));
    }

    @ParameterizedTest(name = "{1} for gold {0}")
    @MethodSource("paidBefore")
    void hedgesDenialsAndOperandsScoreZero(String gold, String completion) {
        rewards().forEach(r -> assertEquals(0.0, score(r, gold, PROMPT, completion),
                () -> r.getClass().getSimpleName() + ": " + r.score(new Task("t", "test", 1, PROMPT, new Gold.Answer(gold), ""), completion).reason()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rewards")
    void aPromptWordThatScalesIsNoUnit(Reward r) {
        assertEquals(0.0, score(r, "72", "How many tens are there?", "72 tens"));
        assertEquals(0.0, score(r, "72", "How many eighths of a pie?", "The answer is 72 eighths."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rewards")
    void countdownRefusesACutOffSecondAnswer(Reward ignored) {
        var task = new Task("c", "test", 1, "Reach 24", new Gold.Countdown(24, List.of(3, 8, 2), "3*8"), "");
        assertEquals(0.0, new CountdownCorrect().score(task, "<answer>3*8</answer><answer>3*8*2").valueOr(Double.NaN));
    }

    static Stream<Arguments> refusedBefore() {
        String natalia = "Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May. "
                + "How many clips did Natalia sell altogether in April and May?";
        return Stream.of(
                Arguments.of("72", PROMPT, "The answer is 72. Waiting for feedback on step 3."),
                Arguments.of("72", natalia, "Natalia sold 48 + 24 = 72 clips altogether in April and May."),
                Arguments.of("72", PROMPT, "The answer is 72.\nI hope it is correct."),
                Arguments.of("72", PROMPT, "\\boxed{72}\nCheck: 72 - 24 = 48, which is April's count."),
                Arguments.of("72", PROMPT, "<answer>48 + 24 = 72, so \\boxed{72}</answer>"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("refusedBefore")
    void rightAnswersInOrdinaryProseScoreOne(String gold, String prompt, String completion) {
        rewards().forEach(r -> assertEquals(1.0, score(r, gold, prompt, completion),
                () -> r.getClass().getSimpleName() + ": " + r.score(new Task("t", "test", 1, prompt, new Gold.Answer(gold), ""), completion).reason()));
    }
}
