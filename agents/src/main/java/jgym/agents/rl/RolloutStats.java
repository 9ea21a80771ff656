package jgym.agents.rl;

import java.util.ArrayList;
import java.util.List;
import jgym.env.RewardResult;
import jgym.env.Score;

/**
 * What a step's sampled completions scored, before any group is dropped.
 *
 * @param rewardMean         mean total reward
 * @param rewardStd          population standard deviation of the total reward
 * @param components         mean and std of every rubric term, in rubric order
 * @param accuracy           share of completions whose first term (correctness) scored exactly 1, in [0, 1]
 * @param zeroStdGroupShare  share of groups whose total rewards are all equal (they carry no GRPO signal), in [0, 1]
 * @param meanResponseLength mean completion length, in tokens
 * @param truncatedShare     share of completions cut by the token budget, in [0, 1]
 * @param tokens             completion tokens sampled
 * @param longCotShare       share of completions with a long chain of thought ({@link CotLength#isLong}), in [0, 1]
 * @param meanToolCalls      mean tool calls per completion (0 for single-turn episodes)
 */
public record RolloutStats(double rewardMean, double rewardStd, List<ComponentStats> components, double accuracy,
                           double zeroStdGroupShare, double meanResponseLength, double truncatedShare, long tokens,
                           double longCotShare, double meanToolCalls) {
    public RolloutStats {
        components = List.copyOf(components);
    }

    /** The statistics of {@code batch}, which must hold at least one completion. */
    public static RolloutStats of(RolloutBatch batch) {
        int n = batch.size();
        if (n == 0) throw new IllegalArgumentException("batch must not be empty");
        double[] rewards = batch.rewards();
        boolean[] truncated = batch.truncated();
        int correct = 0;
        int cut = 0;
        int thought = 0;
        long calls = 0;
        for (int i = 0; i < n; i++) {
            calls += batch.toolCalls(i);
            if (batch.correct(i)) correct++;
            if (truncated[i]) cut++;
            if (CotLength.isLong(batch.sample(i).text())) thought++;
        }
        int uniform = 0;
        for (int g = 0; g < batch.groups().size(); g++) {
            if (Advantages.uniform(rewards, g * batch.groupSize(), batch.groupSize())) uniform++;
        }
        double[] totalStats = meanStd(rewards, n);
        return new RolloutStats(totalStats[0], totalStats[1], components(batch), (double) correct / n,
                (double) uniform / batch.groups().size(), (double) batch.tokens() / n, (double) cut / n, batch.tokens(),
                (double) thought / n, (double) calls / n);
    }

    private static List<ComponentStats> components(RolloutBatch batch) {
        List<RewardResult.Component> first = batch.reward(0).components();
        var out = new ArrayList<ComponentStats>(first.size());
        for (int c = 0; c < first.size(); c++) {
            double[] values = new double[batch.size()];
            int applicable = 0;
            for (int i = 0; i < batch.size(); i++) {
                Score s = batch.reward(i).components().get(c).score();
                if (s instanceof Score.Value v) values[applicable++] = v.value();
            }
            double[] ms = meanStd(values, applicable);
            out.add(new ComponentStats(first.get(c).name(), first.get(c).weight(), applicable, ms[0], ms[1]));
        }
        return out;
    }

    /** Mean and population std of the first {@code n} values; zeros when n is 0. */
    private static double[] meanStd(double[] x, int n) {
        if (n == 0) return new double[] {0, 0};
        double mean = 0;
        for (int i = 0; i < n; i++) mean += x[i];
        mean /= n;
        double ss = 0;
        for (int i = 0; i < n; i++) ss += (x[i] - mean) * (x[i] - mean);
        return new double[] {mean, Math.sqrt(ss / n)};
    }
}
