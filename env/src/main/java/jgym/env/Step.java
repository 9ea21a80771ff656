package jgym.env;

import java.util.List;
import java.util.Objects;

/**
 * The result of one {@link Env#step}: Gymnasium's {@code (observation, reward, terminated, truncated)} as a record.
 *
 * @param observation what the policy sees next (on the last step: the final text, for logging)
 * @param reward      the reward with its components; zero with no components while the episode continues
 * @param terminated  the episode ended because an answer was given
 * @param truncated   the episode ended because a budget (turns, characters) ran out before an answer was given
 */
public record Step(Observation observation, RewardResult reward, boolean terminated, boolean truncated) {
    public Step {
        Objects.requireNonNull(observation, "observation");
        Objects.requireNonNull(reward, "reward");
        if (terminated && truncated) throw new IllegalArgumentException("a step cannot be both terminated and truncated");
    }

    /** The reward of a step that ends nothing. */
    public static RewardResult noReward() {
        return new RewardResult(0.0, List.of(), "episode continues");
    }

    /** True when the episode is over, for either reason. */
    public boolean done() {
        return terminated || truncated;
    }
}
