package jgym.agents.train;

import java.util.List;
import jgym.agents.rl.RolloutBatch;

/**
 * What a policy scored on the held-out tasks ({@link Evaluator}).
 *
 * @param tasks      how many tasks were scored, >= 1
 * @param accuracy   share of correct completions ({@link jgym.env.RewardResult#correct()}), in [0, 1]
 * @param meanReward mean rubric total
 * @param meanLength mean completion length in tokens
 */
public record HeldOutScore(int tasks, double accuracy, double meanReward, double meanLength) {
    public HeldOutScore {
        if (tasks < 1) throw new IllegalArgumentException("tasks must be >= 1, got " + tasks);
        if (!(accuracy >= 0 && accuracy <= 1)) throw new IllegalArgumentException("accuracy must be in [0, 1], got " + accuracy);
    }

    /** The score of the completions in {@code batches}, one completion per task. */
    public static HeldOutScore of(List<RolloutBatch> batches) {
        int n = 0, correct = 0;
        double reward = 0, length = 0;
        for (RolloutBatch b : batches) {
            for (int i = 0; i < b.size(); i++) {
                n++;
                reward += b.reward(i).total();
                length += b.sample(i).tokens().length;
                if (b.correct(i)) correct++;
            }
        }
        return new HeldOutScore(n, (double) correct / Math.max(1, n), reward / Math.max(1, n), length / Math.max(1, n));
    }
}
