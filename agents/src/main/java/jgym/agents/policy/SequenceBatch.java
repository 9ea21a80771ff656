package jgym.agents.policy;

/**
 * Prompt-plus-completion sequences to score or train on.
 *
 * @param prompts     prompt token ids, one array per sequence
 * @param completions completion token ids, one array per sequence; log-probabilities are taken for these tokens only
 */
public record SequenceBatch(int[][] prompts, int[][] completions) {
    public SequenceBatch {
        if (prompts.length != completions.length) {
            throw new IllegalArgumentException("prompts and completions differ in count: " + prompts.length + " vs " + completions.length);
        }
    }

    public int size() {
        return prompts.length;
    }
}
