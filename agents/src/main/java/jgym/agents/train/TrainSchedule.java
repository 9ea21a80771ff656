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
 * @param sftStopAccuracy the cold start ends early, after a multiple of 5 SFT steps, once the policy's
 *                        greedy accuracy on {@code 2 * heldOutSize} training prompts (never held-out ones) reaches this;
 *                        >= 0, and a value above 1 is never reached: every SFT step runs, without probes. The SFT step
 *                        count is a cap.
 */
public record TrainSchedule(int sftBatchSize, double sftLearningRate, double rlLearningRate, int rlEpochs, int heldOutSize,
                            int evalEvery, int checkpointEvery, double sftStopAccuracy) {
    /**
     * The accuracy at which the default cold start hands over to RL: past chance (50% on the default task, where a
     * constant answer scores about half) but far from done, where GRPO's groups hold right and wrong answers.
     */
    public static final double DEFAULT_SFT_STOP_ACCURACY = 0.65;
    /** A stop accuracy no policy reaches: the cold start runs all its steps. */
    public static final double NEVER_STOP = 2.0;

    public TrainSchedule {
        if (sftBatchSize < 1) throw new IllegalArgumentException("sftBatchSize must be >= 1, got " + sftBatchSize);
        rate("sftLearningRate", sftLearningRate);
        rate("rlLearningRate", rlLearningRate);
        if (rlEpochs < 1) throw new IllegalArgumentException("rlEpochs must be >= 1, got " + rlEpochs);
        if (heldOutSize < 1) throw new IllegalArgumentException("heldOutSize must be >= 1, got " + heldOutSize);
        if (evalEvery < 1) throw new IllegalArgumentException("evalEvery must be >= 1, got " + evalEvery);
        if (checkpointEvery < 1) throw new IllegalArgumentException("checkpointEvery must be >= 1, got " + checkpointEvery);
        if (!(sftStopAccuracy >= 0)) throw new IllegalArgumentException("sftStopAccuracy must be >= 0, got " + sftStopAccuracy);
    }

    /** A schedule whose cold start stops early at {@link #DEFAULT_SFT_STOP_ACCURACY}. */
    public TrainSchedule(int sftBatchSize, double sftLearningRate, double rlLearningRate, int rlEpochs, int heldOutSize,
                         int evalEvery, int checkpointEvery) {
        this(sftBatchSize, sftLearningRate, rlLearningRate, rlEpochs, heldOutSize, evalEvery, checkpointEvery,
                DEFAULT_SFT_STOP_ACCURACY);
    }

    private static void rate(String field, double v) {
        if (!(v > 0) || !Double.isFinite(v)) throw new IllegalArgumentException(field + " must be finite and > 0, got " + v);
    }

    /**
     * The default schedule of {@code gym train}: SFT and RL at 3e-3, two passes per RL batch, 100 held-out tasks, and a
     * cold start that stops at 65% training accuracy. How many SFT steps that takes varies by seed on the default task
     * (docs/experiments.md, "Seeds"): a fixed count of 100 left half the seeds at chance, where GRPO gained nothing.
     */
    public static TrainSchedule defaults() {
        return new TrainSchedule(32, 3e-3, 3e-3, 2, 100, 10, 10, DEFAULT_SFT_STOP_ACCURACY);
    }
}
