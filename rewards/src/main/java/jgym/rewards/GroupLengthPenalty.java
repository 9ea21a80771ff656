package jgym.rewards;

/**
 * Kimi k1.5's length reward (Kimi Team 2025, "Length Penalty"), computed over a group of completions of one task.
 *
 * <p>With the shortest and longest lengths of the group {@code min_len} and {@code max_len},
 * {@code lambda_i = 0.5 - (len_i - min_len) / (max_len - min_len)}; a correct completion gets {@code lambda_i} and a
 * wrong one {@code min(0, lambda_i)}. When every length is equal the reward is 0 for all. It needs the whole group,
 * so it is a function over arrays rather than a per-completion {@link jgym.env.Reward}.
 */
public final class GroupLengthPenalty {
    private GroupLengthPenalty() {}

    /**
     * The length rewards of one group.
     *
     * @param lengths each completion's length, >= 0, at least one
     * @param correct whether each completion is correct, same size as {@code lengths}
     * @return one value in [-0.5, 0.5] per completion
     */
    public static double[] rewards(int[] lengths, boolean[] correct) {
        if (lengths.length == 0) throw new IllegalArgumentException("lengths must not be empty");
        if (lengths.length != correct.length) {
            throw new IllegalArgumentException("correct has " + correct.length + " entries, lengths has " + lengths.length);
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int len : lengths) {
            if (len < 0) throw new IllegalArgumentException("lengths must be >= 0, got " + len);
            min = Math.min(min, len);
            max = Math.max(max, len);
        }
        double[] out = new double[lengths.length];
        if (max == min) return out;
        for (int i = 0; i < lengths.length; i++) {
            double lambda = 0.5 - (double) (lengths[i] - min) / (max - min);
            out[i] = correct[i] ? lambda : Math.min(0.0, lambda);
        }
        return out;
    }
}
