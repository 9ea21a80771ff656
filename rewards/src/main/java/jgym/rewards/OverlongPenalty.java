package jgym.rewards;

import jgym.env.Reward;
import jgym.env.Score;
import jgym.env.Task;

/**
 * DAPO's soft overlong punishment (Yu et al. 2025, "Overlong Reward Shaping"), a value in [-1, 0] added to the task reward.
 *
 * <pre>
 *   R(y) = 0                                   if |y| <= L_max - L_cache
 *        = ((L_max - L_cache) - |y|) / L_cache  if L_max - L_cache < |y| <= L_max
 *        = -1                                  if |y| > L_max
 * </pre>
 * DAPO used L_max = 20480 and L_cache = 4096 tokens.
 *
 * @param maxLength   L_max, the longest length that is not fully punished, > 0
 * @param cacheLength L_cache, the width of the soft band before L_max, in (0, maxLength]
 * @param unit        how |y| is measured
 */
public record OverlongPenalty(int maxLength, int cacheLength, LengthUnit unit) implements Reward {
    public OverlongPenalty {
        if (maxLength <= 0) throw new IllegalArgumentException("maxLength must be > 0, got " + maxLength);
        if (cacheLength <= 0 || cacheLength > maxLength) {
            throw new IllegalArgumentException("cacheLength must be in (0, maxLength=" + maxLength + "], got " + cacheLength);
        }
        java.util.Objects.requireNonNull(unit, "unit");
    }

    @Override
    public Score score(Task task, String completion) {
        int len = unit.measure(completion);
        return Score.of(value(len), reason(len));
    }

    /** The penalty for a completion of {@code len} units. */
    public double value(int len) {
        int free = maxLength - cacheLength;
        if (len <= free) return 0.0;
        if (len <= maxLength) return (double) (free - len) / cacheLength;
        return -1.0;
    }

    private String reason(int len) {
        int free = maxLength - cacheLength;
        if (len <= free) return len + " " + unit + " <= " + free + ": no penalty";
        if (len <= maxLength) return len + " " + unit + " in the soft band (" + free + ", " + maxLength + "]: (" + free + " - " + len + ") / " + cacheLength;
        return len + " " + unit + " > " + maxLength + ": full penalty";
    }
}
