package jgym.agents.train;

import jgym.agents.metrics.MetricNames;
import jgym.agents.metrics.MetricsRow;
import jgym.agents.metrics.Phase;
import jgym.agents.rl.ComponentStats;
import jgym.agents.rl.RolloutStats;
import jgym.agents.rl.StepMetrics;
import jgym.agents.rl.UpdateStats;
import jgym.agents.sft.SftMetrics;

/**
 * Turns the trainers' step records into metrics rows: the deterministic figures for {@code metrics.jsonl}, the
 * wall-clock ones (seconds, tokens/s) for {@code timing.jsonl}, so the first file is equal byte for byte between runs
 * with the same seed.
 */
public final class StepRows {
    /** Greedy accuracy on training prompts, measured during the cold start to decide when it ends. */
    public static final String PROBE_ACCURACY = "probe_accuracy";

    private StepRows() {}

    /** The deterministic figures of an RL step. */
    public static MetricsRow rl(StepMetrics m) {
        RolloutStats r = m.rollout();
        var row = MetricsRow.builder(Phase.RL, Math.toIntExact(m.step()))
                .put(MetricNames.REWARD_MEAN, r.rewardMean())
                .put(MetricNames.REWARD_STD, r.rewardStd());
        for (ComponentStats c : r.components()) row.put(MetricNames.REWARD_COMPONENT_PREFIX + c.name(), c.mean());
        row.put(MetricNames.ACCURACY, r.accuracy())
                .put(MetricNames.ZERO_STD_GROUPS, r.zeroStdGroupShare())
                .put(MetricNames.RESPONSE_LENGTH, r.meanResponseLength())
                .put(MetricNames.TRUNCATED, r.truncatedShare())
                .put(MetricNames.LONG_COT_SHARE, r.longCotShare())
                .put(MetricNames.TOOL_CALLS, r.meanToolCalls());
        row.put(MetricNames.DROPPED_GROUPS, m.droppedGroupShare())
                .put(MetricNames.SAMPLE_ROUNDS, m.rounds())
                .put(MetricNames.TRAINED_GROUPS, m.trainedGroups());
        if (m.explainedVariance() != null) row.put(MetricNames.EXPLAINED_VARIANCE, m.explainedVariance());
        UpdateStats u = m.update();
        if (u != null) {
            row.put(MetricNames.LOSS, u.loss());
            row.put(MetricNames.PG_LOSS, u.pgLoss());
            if (u.kl() != null) row.put(MetricNames.KL, u.kl());
            if (u.approxKl() != null) row.put(MetricNames.APPROX_KL, u.approxKl());
            if (u.clipFracLow() != null && u.clipFracHigh() != null) {
                row.put(MetricNames.CLIP_FRACTION, u.clipFracLow() + u.clipFracHigh());
                row.put(MetricNames.CLIP_FRACTION_LOW, u.clipFracLow());
                row.put(MetricNames.CLIP_FRACTION_HIGH, u.clipFracHigh());
            }
            if (u.valueLoss() != null) row.put(MetricNames.VALUE_LOSS, u.valueLoss());
            row.put(MetricNames.ENTROPY, u.entropy());
        }
        return row.build();
    }

    /** The wall-clock figures of an RL step. */
    public static MetricsRow rlTiming(StepMetrics m) {
        return MetricsRow.builder(Phase.RL, Math.toIntExact(m.step()))
                .put(MetricNames.SECONDS, m.seconds())
                .put(MetricNames.TOKENS_PER_SECOND, m.tokensPerSecond())
                .build();
    }

    /**
     * The wall-clock figures of an RL step with its split: seconds in the policy's sampling, seconds scoring the
     * completions (the rubric: for code the sandbox), and the rest (log-probabilities, reference, updates).
     */
    public static MetricsRow rlTiming(StepMetrics m, double samplingSeconds, double scoringSeconds) {
        return MetricsRow.builder(Phase.RL, Math.toIntExact(m.step()))
                .put(MetricNames.SECONDS, m.seconds())
                .put(MetricNames.TOKENS_PER_SECOND, m.tokensPerSecond())
                .put("sampling_seconds", samplingSeconds)
                .put("scoring_seconds", scoringSeconds)
                .put("scoring_share", m.seconds() > 0 ? scoringSeconds / m.seconds() : 0.0)
                .build();
    }

    /** The deterministic figures of an SFT step. */
    public static MetricsRow sft(SftMetrics m) {
        return MetricsRow.builder(Phase.SFT, Math.toIntExact(m.step()))
                .put(MetricNames.LOSS, m.loss())
                .put("tokens", m.tokens())
                .build();
    }

    /** The deterministic figures of an SFT step after which the policy scored {@code probeAccuracy} on training prompts. */
    public static MetricsRow sft(SftMetrics m, double probeAccuracy) {
        return MetricsRow.builder(Phase.SFT, Math.toIntExact(m.step()))
                .put(MetricNames.LOSS, m.loss())
                .put("tokens", m.tokens())
                .put(PROBE_ACCURACY, probeAccuracy)
                .build();
    }

    /** The wall-clock figures of an SFT step. */
    public static MetricsRow sftTiming(SftMetrics m) {
        return MetricsRow.builder(Phase.SFT, Math.toIntExact(m.step()))
                .put(MetricNames.SECONDS, m.seconds())
                .put(MetricNames.TOKENS_PER_SECOND, m.tokensPerSecond())
                .build();
    }

    /** A held-out evaluation taken after RL step {@code step} (0: before RL). */
    public static MetricsRow eval(int step, HeldOutScore s) {
        return MetricsRow.builder(Phase.EVAL, step)
                .put(MetricNames.HELDOUT_ACCURACY, s.accuracy())
                .put(MetricNames.HELDOUT_REWARD, s.meanReward())
                .put("heldout_length", s.meanLength())
                .build();
    }
}
