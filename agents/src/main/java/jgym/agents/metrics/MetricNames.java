package jgym.agents.metrics;

/**
 * The metric names the gym's trainers write, shared by the JSONL file, the plots and the summary.
 *
 * <p>Rewards are in the rubric's units; shares and accuracies are in [0, 1]; lengths are in tokens; KL and entropy
 * are in nats per token. Reward components are written as {@link #REWARD_COMPONENT_PREFIX} plus the rubric term's name.
 */
public final class MetricNames {
    private MetricNames() {}

    /** Mean total reward over the step's completions. */
    public static final String REWARD_MEAN = "reward_mean";
    /** Standard deviation of the total reward over the step's completions. */
    public static final String REWARD_STD = "reward_std";
    /** Prefix of the per-component reward means, e.g. {@code reward/correct}. */
    public static final String REWARD_COMPONENT_PREFIX = "reward/";
    /** Share of completions whose correctness term scored 1. */
    public static final String ACCURACY = "accuracy";
    /** The level an RL step's tasks were drawn from, when the run has a curriculum. */
    public static final String CURRICULUM_LEVEL = "curriculum_level";
    /** Share of groups whose rewards were all equal (no learning signal for GRPO). */
    public static final String ZERO_STD_GROUPS = "zero_std_groups";
    /** Mean per-token KL estimate to the reference policy. */
    public static final String KL = "kl";
    /** Share of tokens whose ratio was clipped. */
    /** The clipped surrogate alone, averaged over the step's minibatches. */
    public static final String PG_LOSS = "pg_loss";
    /** Mean (ratio - 1) - log ratio from the sampling policy to the updated one (cleanrl's approx_kl). */
    public static final String APPROX_KL = "approx_kl";
    /** Share of tokens where the lower clip was active (ratio < 1 - eps, A < 0). */
    public static final String CLIP_FRACTION_LOW = "clip_fraction_low";
    /** Share of tokens where the upper clip was active (ratio > 1 + eps, A > 0). */
    public static final String CLIP_FRACTION_HIGH = "clip_fraction_high";
    /** Share of sampled groups that dynamic sampling dropped (all rewards equal). */
    public static final String DROPPED_GROUPS = "dropped_groups";
    /** Sampling rounds of the step (dynamic sampling refills with more than one). */
    public static final String SAMPLE_ROUNDS = "sample_rounds";
    /** Groups the update trained on. */
    public static final String TRAINED_GROUPS = "trained_groups";
    /** PPO's 1 - Var(returns - values) / Var(returns). */
    public static final String EXPLAINED_VARIANCE = "explained_variance";
    /** Share of completions with a non-empty {@code <think>} block (a long chain of thought). */
    public static final String LONG_COT_SHARE = "long_cot_share";
    public static final String CLIP_FRACTION = "clip_fraction";
    /** Mean per-token entropy of the policy. */
    public static final String ENTROPY = "entropy";
    /** Mean completion length in tokens. */
    public static final String RESPONSE_LENGTH = "response_length";
    /** Mean tool calls per completion (0 without tools). */
    public static final String TOOL_CALLS = "tool_calls";
    /** Share of completions cut off at the token budget. */
    public static final String TRUNCATED = "truncated";
    /** The loss the step minimised. */
    public static final String LOSS = "loss";
    /** The value-function loss of a critic (PPO). */
    public static final String VALUE_LOSS = "value_loss";
    /** Accuracy on the held-out task set (greedy decoding), written in {@link Phase#EVAL} rows. */
    public static final String HELDOUT_ACCURACY = "heldout_accuracy";
    /** Mean reward on the held-out task set, written in {@link Phase#EVAL} rows. */
    public static final String HELDOUT_REWARD = "heldout_reward";
    /** Training and sampling tokens per wall-clock second (timing file only: it differs between equal runs). */
    public static final String TOKENS_PER_SECOND = "tokens_per_second";
    /** Wall-clock seconds of the step (timing file only). */
    public static final String SECONDS = "seconds";
}
