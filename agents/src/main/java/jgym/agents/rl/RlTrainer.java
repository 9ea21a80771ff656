package jgym.agents.rl;

import jgym.agents.policy.TrainablePolicy;

/** An RL trainer that improves a policy one batch of rollouts at a time (GRPO, PPO, RLOO). */
public interface RlTrainer {
    /** Samples, scores and trains on one batch; returns what it saw. */
    StepMetrics step();

    /** Steps completed so far. */
    long steps();

    /** The policy being trained. */
    TrainablePolicy policy();
}
