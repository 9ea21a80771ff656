package jgym.rewards;

import java.util.Objects;
import jgym.env.Reward;
import jgym.env.Score;
import jgym.env.Task;

/**
 * Cosine length scaling of a correctness reward (Yeo et al. 2025, "Demystifying Long Chain-of-Thought Reasoning in
 * LLMs"): short correct answers earn the most, short wrong answers lose the most, and anything of {@code maxLength}
 * units or more gets {@code exceedPenalty}.
 *
 * <pre>
 *   CosFn(t, T, lo, hi) = lo + 0.5 * (hi - lo) * (1 + cos(t * pi / T))      (hi at t = 0, lo at t = T)
 *   correct: CosFn(len, maxLength, minCorrect, maxCorrect)
 *   wrong:   CosFn(len, maxLength, maxWrong,   minWrong)                   (minWrong at t = 0, maxWrong at t = T)
 * </pre>
 * "Correct" means the wrapped reward scored 1; not applicable stays not applicable.
 *
 * @param correctness   the reward deciding correct or wrong, e.g. {@link CorrectAnswer}
 * @param unit          how the length is measured
 * @param maxLength     T, > 0
 * @param minCorrect    the value of a correct answer of length T, <= maxCorrect
 * @param maxCorrect    the value of a correct answer of length 0
 * @param minWrong      the value of a wrong answer of length 0, <= maxWrong
 * @param maxWrong      the value of a wrong answer of length T
 * @param exceedPenalty the value of any answer of length >= T
 */
public record CosineScaledReward(Reward correctness, LengthUnit unit, int maxLength, double minCorrect, double maxCorrect,
                                 double minWrong, double maxWrong, double exceedPenalty) implements Reward {
    public CosineScaledReward {
        Objects.requireNonNull(correctness, "correctness");
        Objects.requireNonNull(unit, "unit");
        if (maxLength <= 0) throw new IllegalArgumentException("maxLength must be > 0, got " + maxLength);
        finite("minCorrect", minCorrect);
        finite("maxCorrect", maxCorrect);
        finite("minWrong", minWrong);
        finite("maxWrong", maxWrong);
        finite("exceedPenalty", exceedPenalty);
        if (minCorrect > maxCorrect) throw new IllegalArgumentException("minCorrect must be <= maxCorrect=" + maxCorrect + ", got " + minCorrect);
        if (minWrong > maxWrong) throw new IllegalArgumentException("minWrong must be <= maxWrong=" + maxWrong + ", got " + minWrong);
    }

    /** open-r1's defaults: correct in [0.5, 1.0], wrong in [-1.0, -0.5]; exceeding {@code maxLength} scores -1. */
    public static CosineScaledReward openR1(Reward correctness, LengthUnit unit, int maxLength) {
        return new CosineScaledReward(correctness, unit, maxLength, 0.5, 1.0, -1.0, -0.5, -1.0);
    }

    /** {@code lo + 0.5 * (hi - lo) * (1 + cos(t * pi / T))}: {@code hi} at t = 0 falling to {@code lo} at t = T. */
    static double cosFn(int t, int T, double lo, double hi) {
        return lo + 0.5 * (hi - lo) * (1.0 + Math.cos(t * Math.PI / T));
    }

    @Override
    public Score score(Task task, String completion) {
        Score inner = correctness.score(task, completion);
        if (!(inner instanceof Score.Value v)) return inner;
        int len = unit.measure(completion);
        if (len >= maxLength) return Score.of(exceedPenalty, len + " " + unit + " >= maxLength " + maxLength + "; " + inner.reason());
        boolean correct = v.value() == 1.0;
        double r = correct ? cosFn(len, maxLength, minCorrect, maxCorrect) : cosFn(len, maxLength, maxWrong, minWrong);
        return Score.of(r, (correct ? "correct" : "wrong") + " at " + len + "/" + maxLength + " " + unit + "; " + inner.reason());
    }

    private static void finite(String name, double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException(name + " must be finite, got " + v);
    }
}
