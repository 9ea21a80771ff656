package jgym.agents.rl;

import java.util.Objects;

/**
 * Everything one RL training step reports, for a JSONL log line.
 *
 * @param step               the step's index, from 0
 * @param rollout            what the sampled completions scored (every round's)
 * @param update             what the optimiser saw; null when no completion was left to train on (dynamic sampling
 *                           dropped every group)
 * @param droppedGroupShare  share of the sampled groups dropped by dynamic sampling, in [0, 1]; 0 when it is off
 * @param rounds             sampling rounds of the step, >= 1 (more than 1 when dynamic sampling refilled the batch)
 * @param trainedGroups      groups the update trained on
 * @param explainedVariance  PPO's critic: {@code 1 - Var(returns - values) / Var(returns)} over the step's counted
 *                           tokens, with the values of the rollout (as cleanrl logs it); null without a critic or when
 *                           the returns do not vary
 * @param seconds            wall time of the whole step (sampling, scoring, scoring reference, updates)
 * @param tokensPerSecond    completion tokens sampled per second of the whole step
 */
public record StepMetrics(long step, RolloutStats rollout, UpdateStats update, double droppedGroupShare, int rounds,
                          int trainedGroups, Double explainedVariance, double seconds, double tokensPerSecond) {
    public StepMetrics {
        Objects.requireNonNull(rollout, "rollout");
        if (step < 0) throw new IllegalArgumentException("step must be >= 0, got " + step);
    }
}
