package jgym.agents.metrics;

import java.util.Locale;

/** The stage of a training run a metrics row belongs to; written to JSONL as its lower-case name. */
public enum Phase {
    /** Next-token pretraining of a base policy ({@code gym pretrain}). */
    PRETRAIN,
    /** Supervised fine-tuning (cold start on oracle traces, or distillation). */
    SFT,
    /** Reinforcement learning (GRPO, PPO, RLOO). */
    RL,
    /** An evaluation on the held-out task set; its step is the training step it was taken after. */
    EVAL;

    /** The name written to JSONL, e.g. {@code "rl"}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The phase whose {@link #jsonName()} is {@code name}. */
    public static Phase fromJsonName(String name) {
        for (Phase p : values()) {
            if (p.jsonName().equals(name)) return p;
        }
        throw new IllegalArgumentException("phase must be one of pretrain, sft, rl, eval, got '" + name + "'");
    }
}
