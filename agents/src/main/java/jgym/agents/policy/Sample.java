package jgym.agents.policy;

/**
 * One sampled completion.
 *
 * @param text      the completion decoded to text
 * @param tokens    the completion's token ids, in order; empty when a remote model does not report them
 * @param logProbs  log pi(token_t | prompt, tokens_<t) under the sampling policy, one per token, at the sampling
 *                  temperature (softmax of logits / T, before top-p), which is what a trainer's ratio compares
 *                  against; empty with {@code tokens}
 * @param truncated true when generation stopped at {@code maxNewTokens} (or the context length) rather than at a
 *                  stop string or the end-of-sequence token
 */
public record Sample(String text, int[] tokens, float[] logProbs, boolean truncated) implements java.io.Serializable {
    public Sample {
        if (tokens.length != logProbs.length) {
            throw new IllegalArgumentException("tokens and logProbs differ in length: " + tokens.length + " vs " + logProbs.length);
        }
    }
}
