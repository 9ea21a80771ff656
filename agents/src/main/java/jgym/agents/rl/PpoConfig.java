package jgym.agents.rl;

import java.util.Objects;

/**
 * The PPO baseline's objective (Schulman et al. 2017, as in cleanrl's {@code ppo.py} and InstructGPT's RLHF).
 *
 * @param clip                the policy ratio's trust region
 * @param valueClip           how far a new value may move from the old one before its loss stops pulling it, > 0
 *                            ({@link Double#POSITIVE_INFINITY} disables value clipping)
 * @param vfCoef              weight of the value loss in the total loss, >= 0
 * @param gamma               discount per token, in [0, 1]
 * @param lambda              GAE's lambda, in [0, 1]
 * @param klCoef              weight of the per-token KL penalty {@code logp_old - logp_ref} (k1) folded into the
 *                            reward, >= 0; 0 skips scoring the reference
 * @param normalizeAdvantages whiten the advantages over the batch's unmasked tokens (mean 0, std 1)
 * @param maskTruncated       give completions cut at the token budget no loss
 */
public record PpoConfig(ClipRange clip, double valueClip, double vfCoef, double gamma, double lambda, double klCoef,
                        boolean normalizeAdvantages, boolean maskTruncated) {
    public PpoConfig {
        Objects.requireNonNull(clip, "clip");
        if (!(valueClip > 0)) throw new IllegalArgumentException("valueClip must be > 0, got " + valueClip);
        if (!(vfCoef >= 0 && Double.isFinite(vfCoef))) throw new IllegalArgumentException("vfCoef must be finite and >= 0, got " + vfCoef);
        if (!(gamma >= 0 && gamma <= 1)) throw new IllegalArgumentException("gamma must be in [0, 1], got " + gamma);
        if (!(lambda >= 0 && lambda <= 1)) throw new IllegalArgumentException("lambda must be in [0, 1], got " + lambda);
        if (!(klCoef >= 0 && Double.isFinite(klCoef))) throw new IllegalArgumentException("klCoef must be finite and >= 0, got " + klCoef);
    }

    /**
     * Epsilon 0.2, value clip 0.2 and vf 0.5 as in cleanrl; gamma 1, lambda 0.95 and KL 0.05 as in TRL's PPO for
     * language models; advantages whitened, nothing masked.
     */
    public static PpoConfig defaults() {
        return new PpoConfig(ClipRange.symmetric(0.2), 0.2, 0.5, 1.0, 0.95, 0.05, true, false);
    }

    public PpoConfig withKlCoef(double klCoef) {
        return new PpoConfig(clip, valueClip, vfCoef, gamma, lambda, klCoef, normalizeAdvantages, maskTruncated);
    }

    public PpoConfig withGae(double gamma, double lambda) {
        return new PpoConfig(clip, valueClip, vfCoef, gamma, lambda, klCoef, normalizeAdvantages, maskTruncated);
    }

    public PpoConfig withNormalizeAdvantages(boolean normalizeAdvantages) {
        return new PpoConfig(clip, valueClip, vfCoef, gamma, lambda, klCoef, normalizeAdvantages, maskTruncated);
    }
}
