package jgym.rewards;

import jgym.env.Reward;
import jgym.env.Score;
import jgym.env.Task;

/**
 * A linear length penalty beyond a free budget, floored: {@code max(floor, -rate * max(0, |y| - budget))}.
 *
 * <p>For example budget 200, rate 0.005 and floor -1 costs nothing up to 200 units, -0.5 at 300 and -1 from 400 on.
 * For DAPO's published soft band use {@link OverlongPenalty}; for Kimi k1.5's group-relative form use {@link GroupLengthPenalty}.
 *
 * @param budget the length that costs nothing, >= 0
 * @param rate   the penalty per unit beyond the budget, > 0
 * @param floor  the most negative value, <= 0
 * @param unit   how |y| is measured
 */
public record LengthPenalty(int budget, double rate, double floor, LengthUnit unit) implements Reward {
    public LengthPenalty {
        if (budget < 0) throw new IllegalArgumentException("budget must be >= 0, got " + budget);
        if (!(rate > 0) || !Double.isFinite(rate)) throw new IllegalArgumentException("rate must be finite and > 0, got " + rate);
        if (!(floor <= 0) || !Double.isFinite(floor)) throw new IllegalArgumentException("floor must be finite and <= 0, got " + floor);
        java.util.Objects.requireNonNull(unit, "unit");
    }

    @Override
    public Score score(Task task, String completion) {
        int len = unit.measure(completion);
        int over = Math.max(0, len - budget);
        double v = Math.max(floor, -rate * over);
        return Score.of(v, len + " " + unit + ", " + over + " over the budget of " + budget + ": max(" + floor + ", -" + rate + " * " + over + ")");
    }
}
