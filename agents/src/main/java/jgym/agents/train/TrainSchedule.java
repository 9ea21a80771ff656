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
 */
public record TrainSchedule(int sftBatchSize, double sftLearningRate, double rlLearningRate, int rlEpochs, int heldOutSize,
                            int evalEvery, int checkpointEvery) {
    public TrainSchedule {
        if (sftBatchSize < 1) throw new IllegalArgumentException("sftBatchSize must be >= 1, got " + sftBatchSize);
        rate("sftLearningRate", sftLearningRate);
        rate("rlLearningRate", rlLearningRate);
        if (rlEpochs < 1) throw new IllegalArgumentException("rlEpochs must be >= 1, got " + rlEpochs);
        if (heldOutSize < 1) throw new IllegalArgumentException("heldOutSize must be >= 1, got " + heldOutSize);
        if (evalEvery < 1) throw new IllegalArgumentException("evalEvery must be >= 1, got " + evalEvery);
        if (checkpointEvery < 1) throw new IllegalArgumentException("checkpointEvery must be >= 1, got " + checkpointEvery);
    }

    private static void rate(String field, double v) {
        if (!(v > 0) || !Double.isFinite(v)) throw new IllegalArgumentException(field + " must be finite and > 0, got " + v);
    }

    /** The default schedule of {@code gym train}: SFT and RL at 3e-3, two passes per RL batch, 100 held-out tasks. */
    public static TrainSchedule defaults() {
        return new TrainSchedule(32, 3e-3, 3e-3, 2, 100, 10, 10);
    }
}
