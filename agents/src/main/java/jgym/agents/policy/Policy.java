package jgym.agents.policy;

import java.util.List;

/**
 * A language-model policy: samples completions and scores the log-probability of given ones. Bring your own by
 * implementing this interface; trainers that update the policy need {@link TrainablePolicy}.
 */
public interface Policy {
    /** The tokenizer that maps text to this policy's token ids. */
    Tokenizer tokenizer();

    /**
     * Samples one completion per prompt (repeat a prompt G times for a GRPO group).
     *
     * @param seed every random choice of this call derives from it, so equal seeds give equal samples
     */
    List<Sample> sample(List<String> prompts, SamplingConfig config, long seed);

    /**
     * log pi(completion_t | prompt, completion_<t) for every completion token, at temperature 1.
     *
     * @return one array per sequence, of the completion's length
     */
    float[][] logProbs(SequenceBatch batch);
}
