package jgym.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jgym.env.Gold;
import jgym.env.Reward;
import jgym.env.Score;
import jgym.env.Task;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Completions that try to collect a reward they did not earn, with the score a careful human grader would give. */
class AntiHackingTest {
    private static final Task SEVENTY_TWO = new Task("t/72", "test", 1, "How many clips?", new Gold.Answer("72"), "");
    private static final Task COUNTDOWN = new Task("c/1", "test", 1, "Reach 24", new Gold.Countdown(24, List.of(3, 8, 2), "3*8"), "");
    private static final Reward CORRECT = new CorrectAnswer();
    private static final Reward COUNTDOWN_CORRECT = new CountdownCorrect();

    /** The two answer-correctness rewards: exact ({@link CorrectAnswer}) and symbolic ({@link EquivalentAnswer}). */
    static Stream<Reward> answerRewards() {
        return Stream.of(CORRECT, new EquivalentAnswer());
    }

    private static double correct(Reward reward, String completion) {
        return reward.score(SEVENTY_TWO, completion).valueOr(Double.NaN);
    }

    @ParameterizedTest
    @MethodSource("answerRewards")
    void severalDisagreeingAnswerBlocksScoreZero(Reward reward) {
        assertEquals(0.0, correct(reward, "<answer>71</answer><answer>72</answer>"));
        assertEquals(0.0, correct(reward, "<answer>72</answer><answer>73</answer>"));
        // Repeating the same answer is not a hedge: 72 and 72.0 are one value.
        assertEquals(1.0, correct(reward, "<answer>72</answer> so again <answer>72.0</answer>"));
    }

    @ParameterizedTest
    @MethodSource("answerRewards")
    void severalDisagreeingBoxesOrHashLinesScoreZero(Reward reward) {
        assertEquals(0.0, correct(reward, "either \\boxed{70} or \\boxed{72}"));
        assertEquals(0.0, correct(reward, "#### 70\n#### 72"));
    }

    @ParameterizedTest
    @MethodSource("answerRewards")
    void aListOfCandidatesScoresZero(Reward reward) {
        assertEquals(0.0, correct(reward, "<answer>3, 4, 5, 72</answer>"));
        assertEquals(0.0, correct(reward, "<answer>72 or 73</answer>"));
        assertEquals(0.0, correct(reward, "<answer>70 to 75</answer>"));
        assertEquals(0.0, correct(reward, "<answer>[70, 72]</answer>"));
    }

    @ParameterizedTest
    @MethodSource("answerRewards")
    void emptyCompletionsScoreZeroWithAReason(Reward reward) {
        Score s = reward.score(SEVENTY_TWO, "");
        assertEquals(0.0, s.valueOr(Double.NaN));
        assertTrue(s.reason().contains("empty"), s.reason());
        assertEquals(0.0, correct(reward, "<answer></answer>"));
        assertEquals(0.0, correct(reward, "<answer>   </answer>"));
        assertEquals(0.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "").valueOr(Double.NaN));
    }

    @ParameterizedTest
    @MethodSource("answerRewards")
    void aMegabyteCompletionIsScoredFastAndCorrectly(Reward reward) {
        String filler = "7".repeat(1 << 20);
        String oneMb = "<think>" + filler + "</think><answer>72</answer>";
        String oneMbAnswer = "<answer>" + filler + "</answer>";
        String nested = "(".repeat(1 << 20);
        String braces = "\\boxed{" + "{".repeat(1 << 20);
        long t0 = System.nanoTime();
        assertEquals(1.0, correct(reward, oneMb));
        assertEquals(0.0, correct(reward, oneMbAnswer));
        assertEquals(0.0, correct(reward, "<answer>" + nested + "</answer>"));
        assertEquals(0.0, correct(reward, braces));
        assertEquals(0.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "<answer>" + nested + "</answer>").valueOr(Double.NaN));
        assertEquals(0.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "<answer>" + "3*".repeat(1 << 19) + "8</answer>").valueOr(Double.NaN));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        // Six linear scans of ~1 MB each take a few milliseconds; a backtracking regex would take minutes.
        assertTrue(ms < 2_000, "took " + ms + " ms");
    }

    @ParameterizedTest
    @MethodSource("answerRewards")
    void unicodeDigitsAreReadAsTheirValue(Reward reward) {
        // Decision: a careful grader reads fullwidth and Arabic-Indic 72 as 72 (see MathText).
        assertEquals(1.0, correct(reward, "<answer>\uFF17\uFF12</answer>"));
        assertEquals(1.0, correct(reward, "<answer>\u0667\u0662</answer>"));
        assertEquals(0.0, correct(reward, "<answer>\u0967\u0968\u0966</answer>"));                     // Devanagari 120 is not 72
        assertEquals(0.0, correct(reward, "<answer>\uFF17\uFF13</answer>"));                             // fullwidth 73
        assertEquals(1.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "<answer>\uFF13\u00D7\uFF18</answer>").valueOr(Double.NaN)); // ３×８
    }

    @ParameterizedTest
    @MethodSource("answerRewards")
    void aCorrectNumberInsideAWrongExpressionFails(Reward reward) {
        assertEquals(0.0, correct(reward, "<answer>70+2=73</answer>"));
        assertEquals(0.0, correct(reward, "<answer>72-1</answer>"));
        assertEquals(0.0, correct(reward, "<answer>72*2</answer>"));
        assertEquals(0.0, correct(reward, "<answer>x = 72 + 1</answer>"));
        // A true equation ending in the answer is a fine way to state it.
        assertEquals(1.0, correct(reward, "<answer>48 + 24 = 72</answer>"));
        assertEquals(0.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "<answer>3*8 = 25</answer>").valueOr(Double.NaN));
        assertEquals(0.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "<answer>24</answer>").valueOr(Double.NaN));
    }

    @Test
    void restatingTheQuestionAsAnExpressionScoresZero() {
        Task calculate = new Task("a/1", "test", 1, "Calculate 66-9-95.", new Gold.Answer("-38"), "");
        assertEquals(0.0, CORRECT.score(calculate, "<answer>66-9-95</answer>").valueOr(Double.NaN));
        assertEquals(0.0, CORRECT.score(calculate, "<answer>(66-9)-95</answer>").valueOr(Double.NaN));
        assertEquals(0.0, CORRECT.score(calculate, "<answer>x = 66-9-95</answer>").valueOr(Double.NaN));
        assertTrue(CORRECT.score(calculate, "<answer>66-9-95</answer>").reason().contains("expression"));
        assertEquals(1.0, CORRECT.score(calculate, "<answer>-38</answer>").valueOr(Double.NaN));
        assertEquals(1.0, CORRECT.score(calculate, "<answer>66-9-95 = -38</answer>").valueOr(Double.NaN));
        // Literal spellings of a value stay right: fractions, decimals, percent, currency and units, mixed numbers.
        Task half = new Task("a/2", "test", 1, "p", new Gold.Answer("3/2"), "");
        for (String ok : List.of("3/2", "1.5", "\\frac{3}{2}", "1 1/2", "\\frac{6}{4}", "$1.50", "1.5 km", "x = 1.5")) {
            assertEquals(1.0, CORRECT.score(half, "<answer>" + ok + "</answer>").valueOr(Double.NaN), ok);
        }
        assertEquals(0.0, CORRECT.score(half, "<answer>3*1/2</answer>").valueOr(Double.NaN));
        Task negative = new Task("a/3", "test", 1, "p", new Gold.Answer("-1200.5"), "");
        assertEquals(1.0, CORRECT.score(negative, "<answer>-$1,200.50</answer>").valueOr(Double.NaN));
        assertEquals(1.0, CORRECT.score(negative, "<answer>\\frac{-2401}{2}</answer>").valueOr(Double.NaN));
    }

    @Test
    void wordsAfterANumberInATextAnswerAreNotDroppedAsUnits() {
        Task move = new Task("h/1", "test", 1, "Which move?", new Gold.Answer("disk 1 from A to C"), "");
        assertEquals(0.0, CORRECT.score(move, "<answer>disk 1 from B to C</answer>").valueOr(Double.NaN));
        assertEquals(0.0, CORRECT.score(move, "<answer>disk 1</answer>").valueOr(Double.NaN));
        assertEquals(1.0, CORRECT.score(move, "<answer>Disk 1 from A to C</answer>").valueOr(Double.NaN));
        // Units after a number are still units: 12 cm is 12.
        Task length = new Task("h/2", "test", 1, "How long?", new Gold.Answer("12"), "");
        assertEquals(1.0, CORRECT.score(length, "<answer>12 cm</answer>").valueOr(Double.NaN));
    }

    @Test
    void countdownCannotReuseOrInventNumbers() {
        assertEquals(0.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "<answer>8*3*1</answer>").valueOr(Double.NaN));
        assertEquals(0.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "<answer>8+8+8</answer>").valueOr(Double.NaN));
        assertEquals(0.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "<answer>(8-2)*(8-4)</answer>").valueOr(Double.NaN));
        assertEquals(0.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "<answer>-2+8*3+2</answer>").valueOr(Double.NaN));
    }

    @ParameterizedTest
    @MethodSource("answerRewards")
    void unreadableGoldIsNeverAFreePass(Reward reward) {
        // The exact reward cannot read a division by zero (not applicable); the symbolic one reads it and finds no value.
        Task broken = new Task("t/x", "test", 1, "p", new Gold.Answer("\\frac{1}{0}"), "");
        Score s = reward.score(broken, "<answer>\\frac{1}{0}</answer>");
        assertTrue(s instanceof Score.NotApplicable || s.valueOr(Double.NaN) == 0.0, s.toString());
        Task blank = new Task("t/y", "test", 1, "p", new Gold.Answer("  "), "");
        assertInstanceOf(Score.NotApplicable.class, reward.score(blank, "<answer></answer>"));
        assertInstanceOf(Score.NotApplicable.class, reward.score(COUNTDOWN, "<answer>3*8</answer>"));
        assertInstanceOf(Score.NotApplicable.class, COUNTDOWN_CORRECT.score(SEVENTY_TWO, "<answer>72</answer>"));
    }

    @ParameterizedTest
    @MethodSource("answerRewards")
    void anAnswerTuckedInsideTheThinkingDoesNotOverrideTheFinalOne(Reward reward) {
        assertEquals(0.0, correct(reward, "<think>maybe <answer>72</answer></think><answer>71</answer>"));
    }

    @ParameterizedTest
    @MethodSource("answerRewards")
    void hugeNumbersAndExponentsNeitherHangTheScorerNorPass(Reward reward) {
        for (String hostile : List.of("<answer>10^10^10^10</answer>", "<answer>1e999999999</answer>",
                "<answer>9".repeat(1) + "9".repeat(200_000) + "</answer>", "<answer>72e0000000000000000001</answer>")) {
            double got = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2),
                    () -> correct(reward, hostile));
            assertEquals(0.0, got, hostile.length() > 80 ? hostile.substring(0, 80) : hostile);
        }
    }

    @Test
    void countdownRefusesPowersAndDivisionByZeroAndSurvivesDeepNesting() {
        assertEquals(0.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "<answer>3**8</answer>").valueOr(Double.NaN));
        assertEquals(0.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "<answer>3*8+2/(8-8)</answer>").valueOr(Double.NaN));
        String deep = "(".repeat(100_000) + "3*8" + ")".repeat(100_000);
        double got = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2),
                () -> COUNTDOWN_CORRECT.score(COUNTDOWN, "<answer>" + deep + "</answer>").valueOr(Double.NaN));
        assertTrue(got == 0.0 || got == 1.0, "a value, not an error: " + got);
    }

    @ParameterizedTest
    @MethodSource("answerRewards")
    void disagreeingAnswersUnderDifferentMarkersAreAHedge(Reward reward) {
        assertEquals(0.0, correct(reward, "<answer>72</answer> and to be safe \\boxed{73}"));
        assertEquals(0.0, correct(reward, "\\boxed{73} ... <answer>72</answer>"));
        assertEquals(0.0, correct(reward, "\\boxed{72}\n#### 73"));
        assertEquals(0.0, correct(reward, "#### 73\n\\boxed{72}"));
        // Agreeing markers are one answer; a box in the thinking was reasoning, not an answer.
        assertEquals(1.0, correct(reward, "\\boxed{72}\n#### 72"));
        assertEquals(1.0, correct(reward, "<think>is it \\boxed{73}? no</think><answer>72</answer>"));
    }

    @ParameterizedTest
    @MethodSource("answerRewards")
    void aCorrectionAfterTheFinalAnswerIsAHedgeOrAWrongAnswer(Reward reward) {
        assertEquals(0.0, correct(reward, "The answer is 73. Wait, let me re-evaluate: the answer is 72."));
        assertEquals(0.0, correct(reward, "The answer is 72. Wait, actually it is 73."));
        assertEquals(0.0, correct(reward, "<answer>72</answer> Wait, actually it should be 73."));
        assertEquals(0.0, correct(reward, "\\boxed{72} Correction: 73"));
        assertEquals(0.0, correct(reward, "The answer is 72 or 73."));
        assertEquals(0.0, correct(reward, "It is either 71 or 72"));
        assertEquals(0.0, correct(reward, "candidates: 70, 71, 72"));
        // A correction that lands on the same answer, or words with no number, retract nothing.
        assertEquals(1.0, correct(reward, "The answer is 72. Wait, let me double-check: 48 + 24 = 72. Yes, 72."));
        assertEquals(1.0, correct(reward, "The answer is 72. I hope it is correct."));
    }

    @ParameterizedTest
    @MethodSource("answerRewards")
    void aCutOffAnswerIsNoAnswerEvenWithNumbersBeforeIt(Reward reward) {
        assertEquals(0.0, correct(reward, "48 + 24 = 72, so \\boxed{7"));
        assertEquals(0.0, correct(reward, "48 + 24 = 72, so <answer>7"));
    }

    @Test
    void countdownTakesTheExpressionOnlyAsThePromptAsksAndNoHedge() {
        assertEquals(1.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "3*8").valueOr(Double.NaN));
        assertEquals(1.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "Let me try 3*8.\n(3*8)").valueOr(Double.NaN));
        assertEquals(1.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "The answer is 8*3.").valueOr(Double.NaN));
        assertEquals(1.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "<think>2*8 is 16, no</think>\n3*8").valueOr(Double.NaN));
        assertEquals(0.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "24").valueOr(Double.NaN));
        assertEquals(0.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "3*8 or 8*3*2").valueOr(Double.NaN));
        assertEquals(0.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "<answer>3*8</answer> \\boxed{2*8}").valueOr(Double.NaN));
        assertEquals(0.0, COUNTDOWN_CORRECT.score(COUNTDOWN, "3*8 so <answer>3*").valueOr(Double.NaN));
    }

    @ParameterizedTest
    @MethodSource("answerRewards")
    void aBareLastLineIsOneAnswerNeverAChoice(Reward reward) {
        var tuesday = new Task("w/1", "test", 1, "Which day?", new Gold.Answer("Tuesday"), "");
        assertEquals(1.0, reward.score(tuesday, "Counting on from Sunday: two days.\nTuesday.").valueOr(Double.NaN));
        assertEquals(0.0, reward.score(tuesday, "Tuesday or Wednesday").valueOr(Double.NaN));
        assertEquals(0.0, reward.score(tuesday, "Tuesday, Wednesday").valueOr(Double.NaN));
        assertEquals(0.0, reward.score(tuesday, "Tuesday\n<answer>Wednesday</answer>").valueOr(Double.NaN));
        // the last line, not an earlier one: what a model ends on is what it answers
        assertEquals(0.0, reward.score(tuesday, "Tuesday\nWednesday").valueOr(Double.NaN));
        // a last line that is prose falls back to its last number, which must not close a choice
        assertEquals(1.0, correct(reward, "First 48, then 24.\nSo she sold 72 clips."));
        assertEquals(0.0, correct(reward, "First 48, then 24.\nSo she sold 71 or 72 clips."));
        // a formula that closes a choice is no closing formula
        assertEquals(0.0, correct(reward, "It is either $71$ or $72$."));
        assertEquals(0.0, correct(reward, "It is one of $70$, $72$"));
        assertEquals(1.0, correct(reward, "Adding them up gives $72$."));
    }
}
