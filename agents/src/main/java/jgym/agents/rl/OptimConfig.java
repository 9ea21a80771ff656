package jgym.agents.rl;

/**
 * How one batch of rollouts is turned into optimiser steps. The learning rate, optimiser and gradient clipping live
 * in the {@link jgym.agents.policy.TrainablePolicy}; this says how often it steps.
 *
 * @param epochs      passes over each batch (GRPO's mu, PPO's update epochs), >= 1; with 1 the ratio stays 1 in the
 *                    first minibatch and the clip only matters after earlier minibatches moved the policy
 * @param miniBatches minibatches per pass, >= 1; each is one forward, one backward and one optimiser step
 */
public record OptimConfig(int epochs, int miniBatches) {
    public OptimConfig {
        if (epochs < 1) throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        if (miniBatches < 1) throw new IllegalArgumentException("miniBatches must be >= 1, got " + miniBatches);
    }

    /** One pass, one minibatch: a single optimiser step per batch. */
    public static OptimConfig single() {
        return new OptimConfig(1, 1);
    }
}
