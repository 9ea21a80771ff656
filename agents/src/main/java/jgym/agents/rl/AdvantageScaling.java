package jgym.agents.rl;

/**
 * How group-relative advantages {@code r - mean(group)} are scaled.
 * <ul>
 *   <li>{@link #GROUP_STD}: divide by the group's standard deviation plus epsilon (GRPO, DeepSeekMath);</li>
 *   <li>{@link #BATCH_STD}: divide by the standard deviation of every reward in the batch plus epsilon (the more
 *       robust scaling of "Tricks or Traps? A Deep Dive into RL for LLM Reasoning", 2025);</li>
 *   <li>{@link #NONE}: no scaling (Dr. GRPO, which argues the group std biases toward too easy and too hard
 *       questions).</li>
 * </ul>
 */
public enum AdvantageScaling {
    GROUP_STD,
    BATCH_STD,
    NONE
}
