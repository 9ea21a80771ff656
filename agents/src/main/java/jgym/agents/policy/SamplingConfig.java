package jgym.agents.policy;

import java.util.List;

/**
 * How a policy samples a completion.
 *
 * @param maxNewTokens most tokens generated per completion; reaching it marks the completion truncated
 * @param temperature  softmax temperature, > 0 (use a small value such as 1e-3 for near-greedy decoding)
 * @param topP         nucleus sampling mass in (0, 1]; 1 disables it
 * @param stopStrings  generation ends after any of these appears in the completion (the stop string is kept)
 */
public record SamplingConfig(int maxNewTokens, double temperature, double topP, List<String> stopStrings) implements java.io.Serializable {
    public SamplingConfig {
        if (maxNewTokens < 1) throw new IllegalArgumentException("maxNewTokens must be >= 1, got " + maxNewTokens);
        if (!(temperature > 0)) throw new IllegalArgumentException("temperature must be > 0, got " + temperature);
        if (!(topP > 0 && topP <= 1)) throw new IllegalArgumentException("topP must be in (0, 1], got " + topP);
        stopStrings = List.copyOf(stopStrings);
    }
}
