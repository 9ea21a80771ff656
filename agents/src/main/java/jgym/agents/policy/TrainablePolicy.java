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

    /** Sets the optimiser's learning rate from the next {@link #step} on (a run's SFT and RL phases use different ones). */
    void setLearningRate(double learningRate);

    /**
     * Writes the policy, its optimiser state included, to the folder {@code dir} (created if needed), so that training
     * resumes from it exactly; how a run checkpoints.
     */
    void save(java.nio.file.Path dir) throws java.io.IOException;

    /** One line on what this policy is, for people (e.g. its size and shape). */
    default String describe() {
        return getClass().getSimpleName();
    }
}
