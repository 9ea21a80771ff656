package jgym.rewards;

import jgym.env.Rubric;

/** Ready-made rubrics for the math scenarios: the correctness term that pays, plus logged-only diagnostics. */
public final class Rubrics {
    private Rubrics() {}

    /**
     * Answer correctness against {@link jgym.env.Gold.Answer}: term {@code "correct"} ({@link CorrectAnswer}, weight 1)
     * and term {@code "format"} ({@link FormatReward}, weight 0: logged, not rewarded).
     */
    public static Rubric math() {
        return Rubric.of("correct", new CorrectAnswer()).with("format", 0.0, new FormatReward());
    }

    /**
     * Answer correctness by mathematical equivalence ({@link EquivalentAnswer}: LaTeX answers such as intervals, sets,
     * roots and equations, through the algebra system) for competition mathematics (MATH, MATH-500): term
     * {@code "correct"} (weight 1) and term {@code "format"} ({@link FormatReward}, weight 0: logged, not rewarded).
     */
    public static Rubric symbolicMath() {
        return Rubric.of("correct", new EquivalentAnswer()).with("format", 0.0, new FormatReward());
    }

    /**
     * Countdown verification against {@link jgym.env.Gold.Countdown}: term {@code "correct"} ({@link CountdownCorrect},
     * weight 1) and term {@code "format"} ({@link FormatReward}, weight 0: logged, not rewarded).
     */
    public static Rubric countdown() {
        return Rubric.of("correct", new CountdownCorrect()).with("format", 0.0, new FormatReward());
    }
}
