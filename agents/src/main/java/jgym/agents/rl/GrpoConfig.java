package jgym.agents.rl;

import java.util.Objects;

/**
 * The GRPO objective and its published variants.
 *
 * @param clip            the ratio's trust region; {@link ClipRange#symmetric}(0.2) for GRPO, clip-higher for DAPO
 * @param beta            weight of the KL penalty to the frozen reference policy, >= 0; 0 skips scoring the reference
 * @param kl              the per-token KL estimator; {@link KlEstimator#K3} in DeepSeekMath
 * @param aggregation     how per-token losses become one number
 * @param scaling         how group-centred rewards are scaled into advantages
 * @param dynamicSampling drop groups whose rewards are all equal before the update (DAPO); their advantages are 0,
 *                        so they would only dilute the per-token mean; then sample more rounds until the step has
 *                        {@code groupsPerStep} groups left, or {@code maxRounds} rounds were sampled
 * @param maskTruncated   give completions cut at the token budget no loss (DAPO's overlong filtering)
 * @param maxRounds       most sampling rounds of one step with dynamic sampling, >= 1 (verl's DAPO recipe allows 10
 *                        generation batches; 1 keeps what the first round left)
 */
public record GrpoConfig(ClipRange clip, double beta, KlEstimator kl, LossAggregation aggregation,
                         AdvantageScaling scaling, boolean dynamicSampling, boolean maskTruncated, int maxRounds) {
    /** Rounds DAPO samples at most to refill a step's batch. */
    public static final int DAPO_MAX_ROUNDS = 10;

    public GrpoConfig {
        if (maxRounds < 1) throw new IllegalArgumentException("maxRounds must be >= 1, got " + maxRounds);
        Objects.requireNonNull(clip, "clip");
        Objects.requireNonNull(kl, "kl");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(scaling, "scaling");
        if (!(beta >= 0 && Double.isFinite(beta))) throw new IllegalArgumentException("beta must be finite and >= 0, got " + beta);
    }

    /** DeepSeekMath's GRPO: epsilon 0.2, beta 0.04, k3, per-sequence mean, group std, no filtering. */
    public static GrpoConfig grpo() {
        return new GrpoConfig(ClipRange.symmetric(0.2), 0.04, KlEstimator.K3, LossAggregation.GRPO,
                AdvantageScaling.GROUP_STD, false, false, 1);
    }

    /** DAPO: clip-higher (0.2, 0.28), no KL, token-level mean, dynamic sampling with refill, overlong filtering. */
    public static GrpoConfig dapo() {
        return new GrpoConfig(ClipRange.clipHigher(0.2, 0.28), 0.0, KlEstimator.K3, LossAggregation.DAPO,
                AdvantageScaling.GROUP_STD, true, true, DAPO_MAX_ROUNDS);
    }

    /** Dr. GRPO: no std scaling, a constant normaliser of {@code maxTokens}, no KL. */
    public static GrpoConfig drGrpo(int maxTokens) {
        return new GrpoConfig(ClipRange.symmetric(0.2), 0.0, KlEstimator.K3, LossAggregation.drGrpo(maxTokens),
                AdvantageScaling.NONE, false, false, 1);
    }

    public GrpoConfig withBeta(double beta) {
        return new GrpoConfig(clip, beta, kl, aggregation, scaling, dynamicSampling, maskTruncated, maxRounds);
    }

    public GrpoConfig withKl(KlEstimator kl) {
        return new GrpoConfig(clip, beta, kl, aggregation, scaling, dynamicSampling, maskTruncated, maxRounds);
    }

    public GrpoConfig withAggregation(LossAggregation aggregation) {
        return new GrpoConfig(clip, beta, kl, aggregation, scaling, dynamicSampling, maskTruncated, maxRounds);
    }

    public GrpoConfig withScaling(AdvantageScaling scaling) {
        return new GrpoConfig(clip, beta, kl, aggregation, scaling, dynamicSampling, maskTruncated, maxRounds);
    }

    public GrpoConfig withClip(ClipRange clip) {
        return new GrpoConfig(clip, beta, kl, aggregation, scaling, dynamicSampling, maskTruncated, maxRounds);
    }

    public GrpoConfig withDynamicSampling(boolean dynamicSampling) {
        return new GrpoConfig(clip, beta, kl, aggregation, scaling, dynamicSampling, maskTruncated, maxRounds);
    }

    public GrpoConfig withMaskTruncated(boolean maskTruncated) {
        return new GrpoConfig(clip, beta, kl, aggregation, scaling, dynamicSampling, maskTruncated, maxRounds);
    }

    public GrpoConfig withMaxRounds(int maxRounds) {
        return new GrpoConfig(clip, beta, kl, aggregation, scaling, dynamicSampling, maskTruncated, maxRounds);
    }
}
