package jgym.agents.policy;

import java.util.List;

/**
 * A model that writes completions: all that evaluation ({@code gym eval}) and rejection sampling need. A model behind
 * an API ({@link jgym.agents.openai.OpenAiPolicy}) is one; a {@link Policy} adds its tokenizer and the log-probability
 * of given completions, which training needs.
 */
public interface SamplingPolicy {
    /**
     * Samples one completion per prompt (repeat a prompt G times for a GRPO group, or k times for pass@k).
     *
     * @param seed every random choice of this call derives from it, so equal seeds give equal samples (for a remote
     *             model: as far as the server honours the OpenAI {@code seed} field)
     */
    List<Sample> sample(List<String> prompts, SamplingConfig config, long seed);

    /**
     * As {@link #sample(List, SamplingConfig, long)}, but prompt {@code i} draws as row {@code rows[i]} of one call over
     * more prompts would: how a call split across machines, or a later turn asked for some rows only, draws what one
     * call over every row draws. A policy whose rows draw from their index (the gym's transformer policies) honours
     * it; by default the row numbers are ignored (a remote model draws as its server does).
     */
    default List<Sample> sample(List<String> prompts, SamplingConfig config, long seed, int[] rows) {
        if (rows.length != prompts.size()) {
            throw new IllegalArgumentException("rows: " + rows.length + " row numbers for " + prompts.size() + " prompts");
        }
        return sample(prompts, config, seed);
    }
}
