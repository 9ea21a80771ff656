package jgym.agents.rl;

/**
 * Advantage estimators of the three trainers: GRPO's group-relative advantages, RLOO's leave-one-out baseline and
 * PPO's token-level generalised advantage estimation. Plain functions of arrays, so each can be checked by hand.
 */
public final class Advantages {
    private Advantages() {}

    /** The epsilon in {@code (r - mean) / (std + eps)}, as in TRL's GRPO trainer. */
    public static final double STD_EPS = 1e-4;

    /**
     * GRPO's group-relative advantages {@code (r_i - mean(group)) / (std + eps)} (DeepSeekMath section 4.1.2).
     *
     * <p>The standard deviation is the sample one (Bessel-corrected, divisor {@code G - 1}, like {@code torch.std}); a
     * group whose rewards are all equal gets advantage 0 for every member, never NaN.
     *
     * @param rewards   one reward per completion, groups stored consecutively: {@code [g0 s0, g0 s1, ..., g1 s0, ...]}
     * @param groupSize G, >= 2, dividing {@code rewards.length}
     * @param scaling   what the centred rewards are divided by
     */
    public static double[] groupRelative(double[] rewards, int groupSize, AdvantageScaling scaling) {
        checkGroups(rewards, groupSize);
        double batchStd = sampleStd(rewards, 0, rewards.length);
        double[] advantages = new double[rewards.length];
        for (int start = 0; start < rewards.length; start += groupSize) {
            double mean = mean(rewards, start, groupSize);
            double scale = switch (scaling) {
                case GROUP_STD -> sampleStd(rewards, start, groupSize) + STD_EPS;
                case BATCH_STD -> batchStd + STD_EPS;
                case NONE -> 1.0;
            };
            if (uniform(rewards, start, groupSize)) continue; // exactly 0, not a rounding residue over eps
            for (int i = start; i < start + groupSize; i++) advantages[i] = (rewards[i] - mean) / scale;
        }
        return advantages;
    }

    /**
     * REINFORCE leave-one-out advantages {@code r_i - (sum_j r_j - r_i) / (G - 1)} (Kool et al. 2019; Ahmadian et al.
     * 2024): each completion's baseline is the mean reward of the other members of its group.
     *
     * @param rewards   one reward per completion, groups stored consecutively
     * @param groupSize G, >= 2, dividing {@code rewards.length}
     */
    public static double[] leaveOneOut(double[] rewards, int groupSize) {
        checkGroups(rewards, groupSize);
        double[] advantages = new double[rewards.length];
        for (int start = 0; start < rewards.length; start += groupSize) {
            if (uniform(rewards, start, groupSize)) continue;
            double sum = 0;
            for (int i = start; i < start + groupSize; i++) sum += rewards[i];
            for (int i = start; i < start + groupSize; i++) {
                double baseline = (sum - rewards[i]) / (groupSize - 1);
                advantages[i] = rewards[i] - baseline;
            }
        }
        return advantages;
    }

    /**
     * Generalised advantage estimation over one completion's tokens (Schulman et al. 2016), with the cleanrl
     * recursion {@code delta_t = r_t + gamma * V_{t+1} - V_t}, {@code lastgaelam = delta_t + gamma * lambda * lastgaelam},
     * run backwards from the last token, whose next value is 0 (the episode ends there).
     *
     * @param rewards per-token rewards (the score at the last token, plus any per-token KL penalty)
     * @param values  V(s_t) per token, from the policy that sampled
     * @param gamma   discount in [0, 1]
     * @param lambda  GAE's lambda in [0, 1]
     * @return the advantages; the returns (value targets) are {@code advantages[t] + values[t]}
     */
    public static double[] gae(double[] rewards, double[] values, double gamma, double lambda) {
        if (rewards.length != values.length) {
            throw new IllegalArgumentException("rewards and values differ in length: " + rewards.length + " vs " + values.length);
        }
        if (!(gamma >= 0 && gamma <= 1)) throw new IllegalArgumentException("gamma must be in [0, 1], got " + gamma);
        if (!(lambda >= 0 && lambda <= 1)) throw new IllegalArgumentException("lambda must be in [0, 1], got " + lambda);
        double[] advantages = new double[rewards.length];
        double lastgaelam = 0;
        for (int t = rewards.length - 1; t >= 0; t--) {
            double nextvalue = t == rewards.length - 1 ? 0.0 : values[t + 1];
            double delta = rewards[t] + gamma * nextvalue - values[t];
            lastgaelam = delta + gamma * lambda * lastgaelam;
            advantages[t] = lastgaelam;
        }
        return advantages;
    }

    /** True when every reward of the group starting at {@code start} is equal (its advantages are all 0). */
    public static boolean uniform(double[] rewards, int start, int groupSize) {
        for (int i = start + 1; i < start + groupSize; i++) if (rewards[i] != rewards[start]) return false;
        return true;
    }

    static double mean(double[] x, int start, int n) {
        double s = 0;
        for (int i = start; i < start + n; i++) s += x[i];
        return s / n;
    }

    /** Bessel-corrected standard deviation of {@code x[start .. start + n)}; 0 for fewer than 2 values. */
    static double sampleStd(double[] x, int start, int n) {
        if (n < 2) return 0.0;
        double m = mean(x, start, n);
        double ss = 0;
        for (int i = start; i < start + n; i++) ss += (x[i] - m) * (x[i] - m);
        return Math.sqrt(ss / (n - 1));
    }

    private static void checkGroups(double[] rewards, int groupSize) {
        if (groupSize < 2) throw new IllegalArgumentException("groupSize must be >= 2, got " + groupSize);
        if (rewards.length % groupSize != 0) {
            throw new IllegalArgumentException("rewards: length " + rewards.length + " is not a multiple of groupSize " + groupSize);
        }
    }
}
