package jgym.agents.train;

/**
 * Learning rates, batch sizes and the bookkeeping cadence of a training run.
 *
 * @param sftBatchSize    oracle examples per SFT step, >= 1
 * @param sftLearningRate AdamW step size during SFT, > 0
 * @param rlLearningRate  AdamW step size during RL, > 0
 * @param rlEpochs        optimisation passes per RL batch (GRPO's mu, PPO's epochs; RLOO always uses 1), >= 1
 * @param heldOutSize     tasks in the held-out set, >= 1
 * @param evalEvery       RL steps between held-out evaluations, >= 1 (the end of each phase is always evaluated)
 * @param checkpointEvery RL steps between checkpoints, >= 1 (the end of each phase always checkpoints)
 * @param coldStartStop   when the SFT cold start hands over to RL
 */
public record TrainSchedule(int sftBatchSize, double sftLearningRate, double rlLearningRate, int rlEpochs, int heldOutSize,
                            int evalEvery, int checkpointEvery, ColdStartStop coldStartStop) {
    public TrainSchedule {
        if (sftBatchSize < 1) throw new IllegalArgumentException("sftBatchSize must be >= 1, got " + sftBatchSize);
        rate("sftLearningRate", sftLearningRate);
        rate("rlLearningRate", rlLearningRate);
        if (rlEpochs < 1) throw new IllegalArgumentException("rlEpochs must be >= 1, got " + rlEpochs);
        if (heldOutSize < 1) throw new IllegalArgumentException("heldOutSize must be >= 1, got " + heldOutSize);
        if (evalEvery < 1) throw new IllegalArgumentException("evalEvery must be >= 1, got " + evalEvery);
        if (checkpointEvery < 1) throw new IllegalArgumentException("checkpointEvery must be >= 1, got " + checkpointEvery);
        java.util.Objects.requireNonNull(coldStartStop, "coldStartStop");
    }

    private static void rate(String field, double v) {
        if (!(v > 0) || !Double.isFinite(v)) throw new IllegalArgumentException(field + " must be finite and > 0, got " + v);
    }

    /**
     * The default schedule of {@code gym train}: SFT and RL at 3e-3, two passes per RL batch, 100 held-out tasks, and a
     * cold start that stops at {@link ColdStartStop#DEFAULT}.
     */
    public static TrainSchedule defaults() {
        return new TrainSchedule(32, 3e-3, 3e-3, 2, 100, 10, 10, ColdStartStop.DEFAULT);
    }

    /** This schedule with another RL learning rate. */
    public TrainSchedule withRlLearningRate(double rate) {
        return new TrainSchedule(sftBatchSize, sftLearningRate, rate, rlEpochs, heldOutSize, evalEvery, checkpointEvery, coldStartStop);
    }

    /** This schedule with another held-out set size. */
    public TrainSchedule withHeldOutSize(int size) {
        return new TrainSchedule(sftBatchSize, sftLearningRate, rlLearningRate, rlEpochs, size, evalEvery, checkpointEvery, coldStartStop);
    }

    /** This schedule with another cold-start stop. */
    public TrainSchedule withColdStartStop(ColdStartStop stop) {
        return new TrainSchedule(sftBatchSize, sftLearningRate, rlLearningRate, rlEpochs, heldOutSize, evalEvery, checkpointEvery, stop);
    }
}
