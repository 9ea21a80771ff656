package jgym.agents.policy;

/**
 * Prompt-plus-completion sequences to score or train on.
 *
 * @param prompts     prompt token ids, one array per sequence
 * @param completions completion token ids, one array per sequence; log-probabilities are taken for these tokens only
 * @param temperature the softmax temperature of those log-probabilities, > 0: the sampling temperature of the
 *                    completions when a trainer compares them with the sampler's (as TRL divides the logits by it), 1
 *                    for SFT
 */
public record SequenceBatch(int[][] prompts, int[][] completions, double temperature) {
    public SequenceBatch {
        if (prompts.length != completions.length) {
            throw new IllegalArgumentException("prompts and completions differ in count: " + prompts.length + " vs " + completions.length);
        }
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("temperature must be finite and > 0, got " + temperature);
        }
    }

    /** Sequences scored at temperature 1. */
    public SequenceBatch(int[][] prompts, int[][] completions) {
        this(prompts, completions, 1.0);
    }

    public int size() {
        return prompts.length;
    }
}
