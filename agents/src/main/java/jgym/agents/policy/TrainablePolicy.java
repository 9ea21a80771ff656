package jgym.agents.policy;

/**
 * A policy a trainer can update. The trainer computes its loss from per-token log-probabilities (and values, for a
 * policy with a value head), then hands back the gradient of that loss with respect to them; the policy backpropagates
 * it into its weights. That split keeps every loss variant a small function of arrays that can be checked by hand.
 */
public interface TrainablePolicy extends Policy {

    /**
     * The forward pass over a batch, kept for one following {@link #backward}.
     *
     * @param logProbs per completion token: log pi(token_t | context)
     * @param entropy  per completion token: entropy of the next-token distribution, in nats
     * @param values   per completion token: the value head's estimate V(s_t), or null if the policy has no value head
     */
    record Forward(float[][] logProbs, float[][] entropy, float[][] values) {}

    /** Runs the forward pass on {@code batch}, keeping what {@link #backward} needs. */
    Forward forward(SequenceBatch batch);

    /**
     * Accumulates the gradient of a loss given dLoss/dlogProbs (and dLoss/dvalues, or null) for the batch of the last
     * {@link #forward}. Shapes match the forward's arrays.
     */
    void backward(float[][] dLogProbs, float[][] dValues);

    /** Applies the accumulated gradient with the optimiser (with gradient clipping), then clears it. */
    void step();

    /** A frozen copy of the current weights (for the reference policy or the policy that sampled). */
    Policy snapshot();
}
