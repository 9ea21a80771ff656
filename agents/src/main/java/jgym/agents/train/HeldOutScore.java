package jgym.agents.train;

/**
 * What a policy scored on the held-out tasks ({@link Evaluator}).
 *
 * @param tasks      how many tasks were scored, >= 1
 * @param accuracy   share whose first rubric term (correctness) scored 1, in [0, 1]
 * @param meanReward mean rubric total
 * @param meanLength mean completion length in tokens
 */
public record HeldOutScore(int tasks, double accuracy, double meanReward, double meanLength) {
    public HeldOutScore {
        if (tasks < 1) throw new IllegalArgumentException("tasks must be >= 1, got " + tasks);
        if (!(accuracy >= 0 && accuracy <= 1)) throw new IllegalArgumentException("accuracy must be in [0, 1], got " + accuracy);
    }
}
