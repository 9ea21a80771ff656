package jgym.agents.rl4j;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How a {@link TokenMdp} turns a text environment into a token-level MDP.
 *
 * @param actions  the characters the agent writes, one per step, and whether it may stop early
 * @param encoder  encodes the recent characters of prompt plus completion as the observation vector
 * @param maxChars completion length cap in characters, >= 1; reaching it ends the episode
 * @param template turns the written characters into the action text the env scores (e.g. wraps them in
 *                 {@code <answer>} tags); identity if the env scores them as they are
 */
public record TokenMdpConfig(ActionAlphabet actions, CharWindowEncoder encoder, int maxChars, UnaryOperator<String> template) {
    public TokenMdpConfig {
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(encoder, "encoder");
        Objects.requireNonNull(template, "template");
        if (maxChars < 1) throw new IllegalArgumentException("maxChars must be >= 1, got " + maxChars);
    }
}
