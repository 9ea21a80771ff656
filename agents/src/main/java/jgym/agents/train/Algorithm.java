package jgym.agents.train;

import java.util.Locale;

/** The RL algorithm a training run uses after its SFT cold start. */
public enum Algorithm {
    /** Group Relative Policy Optimization (DeepSeekMath / R1): group-normalised rewards, clipped ratio, k3 KL. */
    GRPO,
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
        throw new IllegalArgumentException("algo must be one of grpo, ppo, rloo, got '" + text + "'");
    }
}
