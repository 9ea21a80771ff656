package jgym.agents.train;

import java.util.Locale;

/** The RL algorithm a training run uses after its SFT cold start. */
public enum Algorithm {
    /** Group Relative Policy Optimization (DeepSeekMath / R1): group-normalised rewards, clipped ratio, k3 KL. */
    GRPO,
    /** DAPO (Yu et al. 2025): clip-higher, no KL, token-level mean, dynamic sampling with refill, overlong filtering. */
    DAPO,
    /** Dr. GRPO (Liu et al. 2025): no std scaling of advantages, a constant normaliser, no KL. */
    DR_GRPO,
    /** GRPO with the loss averaged over the minibatch's tokens (TRL's {@code loss_type="bnpo"}). */
    BNPO,
    /** Token-level PPO with a value head and GAE: the RLHF baseline. */
    PPO,
    /** REINFORCE with a leave-one-out baseline. */
    RLOO;

    /** The name on the command line, e.g. {@code grpo}. */
    public String flag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The algorithm named {@code text} (case-insensitive), e.g. {@code "grpo"}. */
    public static Algorithm parse(String text) {
        for (Algorithm a : values()) {
            if (a.flag().equalsIgnoreCase(text.trim())) return a;
        }
        throw new IllegalArgumentException("algo must be one of " + String.join(", ", java.util.Arrays.stream(values())
                .map(Algorithm::flag).toList()) + ", got '" + text + "'");
    }
}
