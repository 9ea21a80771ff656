package jgym.agents.rl;

import java.util.Objects;
import jgym.agents.policy.SamplingConfig;
import jgym.env.PromptTemplate;

/**
 * What one training step samples.
 *
 * @param groupSize     G, completions sampled per prompt, >= 1 (GRPO and RLOO need >= 2)
 * @param groupsPerStep prompts drawn per step, >= 1; a step samples {@code groupSize * groupsPerStep} completions
 * @param sampling      temperature, top-p, token budget and stop strings of the sampler
 * @param template      renders a task into the prompt text the policy sees
 */
public record RolloutConfig(int groupSize, int groupsPerStep, SamplingConfig sampling, PromptTemplate template) implements java.io.Serializable {
    public RolloutConfig {
        if (groupSize < 1) throw new IllegalArgumentException("groupSize must be >= 1, got " + groupSize);
        if (groupsPerStep < 1) throw new IllegalArgumentException("groupsPerStep must be >= 1, got " + groupsPerStep);
        Objects.requireNonNull(sampling, "sampling");
        Objects.requireNonNull(template, "template");
    }

    /** Completions sampled per step. */
    public int completionsPerStep() {
        return groupSize * groupsPerStep;
    }
}
