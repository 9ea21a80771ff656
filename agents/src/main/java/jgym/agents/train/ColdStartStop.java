package jgym.agents.train;

/** When the SFT cold start hands over to RL: after every step it was given, or early at a greedy accuracy. */
public sealed interface ColdStartStop permits ColdStartStop.AllSteps, ColdStartStop.AtAccuracy {
    /**
     * The default: past chance (50% on the default task, where a constant answer scores about half) but far from done,
     * where GRPO's groups hold right and wrong answers. How many SFT steps that takes varies by seed on the default
     * task (docs/experiments.md, "Seeds"): a fixed count of 100 left half the seeds at chance, where GRPO gained nothing.
     */
    AtAccuracy DEFAULT = new AtAccuracy(0.65);

    /** Every SFT step runs; no probe is scored. */
    record AllSteps() implements ColdStartStop {}

    /**
     * The cold start ends early, after a multiple of {@link TrainingRun#PROBE_EVERY} SFT steps, once the policy's greedy
     * accuracy on {@code 2 * heldOutSize} training prompts (never held-out ones) reaches {@code accuracy}; the SFT step
     * count is a cap.
     *
     * @param accuracy in [0, 1]
     */
    record AtAccuracy(double accuracy) implements ColdStartStop {
        public AtAccuracy {
            if (!(accuracy >= 0 && accuracy <= 1)) throw new IllegalArgumentException("stop accuracy must be in [0, 1], got " + accuracy);
        }
    }

    /** Every step runs. */
    static ColdStartStop allSteps() {
        return new AllSteps();
    }

    /** Stops at {@code accuracy}, in [0, 1]. */
    static ColdStartStop atAccuracy(double accuracy) {
        return new AtAccuracy(accuracy);
    }
}
