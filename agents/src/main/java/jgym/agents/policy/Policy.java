package jgym.agents.policy;


/**
 * A language-model policy: samples completions and scores the log-probability of given ones. Bring your own by
 * implementing this interface; trainers that update the policy need {@link TrainablePolicy}.
 */
public interface Policy extends SamplingPolicy {
    /** The tokenizer that maps text to this policy's token ids. */
    Tokenizer tokenizer();

    /**
     * log pi(completion_t | prompt, completion_<t) for every completion token, at the batch's temperature.
     *
     * @return one array per sequence, of the completion's length
     */
    float[][] logProbs(SequenceBatch batch);

    /**
     * The most tokens of prompt and completion this policy reads at once; a prompt of that many tokens gets an empty,
     * truncated sample. Unbounded unless the policy says otherwise.
     */
    default int contextLength() {
        return Integer.MAX_VALUE;
    }
}
