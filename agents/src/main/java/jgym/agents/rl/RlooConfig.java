package jgym.agents.rl;

/**
 * REINFORCE with a leave-one-out baseline (RLOO, Ahmadian et al. 2024, "Back to Basics").
 *
 * @param beta          weight of the sequence-level KL penalty {@code sum_t (logp_old - logp_ref)} (k1) subtracted
 *                      from each completion's reward, >= 0; 0 skips scoring the reference
 * @param maskTruncated give completions cut at the token budget no loss
 */
public record RlooConfig(double beta, boolean maskTruncated) {
    public RlooConfig {
        if (!(beta >= 0 && Double.isFinite(beta))) throw new IllegalArgumentException("beta must be finite and >= 0, got " + beta);
    }

    /** The paper's setting without KL: plain rewards, nothing masked. */
    public static RlooConfig defaults() {
        return new RlooConfig(0.0, false);
    }
}
