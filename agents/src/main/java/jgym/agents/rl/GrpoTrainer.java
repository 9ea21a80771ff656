package jgym.agents.rl;

import java.util.Objects;
import jgym.agents.policy.Policy;
import jgym.agents.policy.SequenceBatch;
import jgym.agents.policy.TrainablePolicy;

/**
 * Group Relative Policy Optimization (Shao et al. 2024, "DeepSeekMath"; used for DeepSeek-R1), with the variants of
 * DAPO (Yu et al. 2025) and Dr. GRPO (Liu et al. 2025) chosen by {@link GrpoConfig}.
 *
 * <p>One {@link #step} reads top to bottom: rollout (G completions per prompt, scored by the rubric), dynamic
 * sampling (drop the groups whose rewards are all equal, and sample more rounds until the batch is full again or
 * {@link GrpoConfig#maxRounds()} were sampled), advantages {@code (r - mean) / (std + eps)}, then {@code mu} passes of minibatch updates on
 * <pre>
 *   ratio    = exp(logp - logp_old)
 *   pg_loss  = max(-A * ratio, -A * clip(ratio, 1 - eps_low, 1 + eps_high))
 *   loss     = aggregate(pg_loss + beta * kl(logp, logp_ref))
 * </pre>
 * where {@code logp_old} comes from the policy that sampled and {@code logp_ref} from a frozen reference policy (a
 * copy of the policy taken when the trainer was made, or the one given to resume a run). The gradient handed to the policy is the exact derivative of that loss.
 */
public final class GrpoTrainer implements RlTrainer {
    private final TrainerCore core;
    private final GrpoConfig config;
    private final OptimConfig optim;

    /**
     * @param policy  the policy to train; it also samples, so it is pi_old of every batch
     * @param rollout where and how completions are sampled; its group size must be >= 2
     */
    public GrpoTrainer(TrainablePolicy policy, Rollout rollout, GrpoConfig config, OptimConfig optim) {
        this(policy, null, rollout, config, optim, 0);
    }

    /**
     * A trainer that resumes a run: {@code reference} is the frozen reference policy of the run (null: a snapshot of
     * {@code policy} now), and the next step is numbered {@code firstStep}, so it samples what an uninterrupted run
     * would have sampled at that step.
     */
    public GrpoTrainer(TrainablePolicy policy, Policy reference, Rollout rollout, GrpoConfig config, OptimConfig optim,
                       long firstStep) {
        this.config = Objects.requireNonNull(config, "config");
        this.optim = Objects.requireNonNull(optim, "optim");
        this.core = new TrainerCore(policy, reference, rollout, config.beta() > 0, 2, "group-relative advantages", firstStep);
    }

    @Override
    public StepMetrics step() {
        long start = System.nanoTime();
        // 1. rollout: the current policy samples G completions per prompt; the rubric scores them
        Rollout rollout = core.rollout;
        RolloutBatch sampled = rollout.collect(core.policy, core.step());
        RolloutBatch batch = sampled;
        int rounds = 1;

        // 2. dynamic sampling: a group with equal rewards has zero advantages and only dilutes the loss; refill with
        //    further rounds until the step has as many groups as it asked for
        if (config.dynamicSampling()) {
            int wanted = rollout.config().groupsPerStep();
            batch = sampled.withoutUniformGroups();
            while (batch.groups().size() < wanted && rounds < config.maxRounds()) {
                RolloutBatch more = rollout.collect(core.policy, core.step(), rounds++);
                sampled = sampled.plus(more);
                batch = batch.plus(more.withoutUniformGroups());
            }
            batch = batch.firstGroups(wanted);
        }
        RolloutStats rolloutStats = RolloutStats.of(sampled);
        double dropped = config.dynamicSampling()
                ? 1.0 - (double) sampled.withoutUniformGroups().groups().size() / sampled.groups().size() : 0.0;

        UpdateStats update = batch.size() == 0 ? null : update(batch); // null: nothing left to train on
        double seconds = (System.nanoTime() - start) / 1e9;
        return new StepMetrics(core.advance(), rolloutStats, update, dropped, rounds, batch.groups().size(), null, seconds,
                sampled.tokens() / seconds);
    }

    private UpdateStats update(RolloutBatch batch) {
        // 3. advantages, one per completion, shared by all its tokens
        double[] advantages = Advantages.groupRelative(batch.rewards(), batch.groupSize(), config.scaling());
        SequenceBatch sequences = batch.sequences();
        double[][] oldLogp = batch.oldLogProbs();
        double[][] refLogp = core.reference == null ? null : Batches.toDouble(core.reference.logProbs(sequences));
        boolean[][] mask = batch.mask(config.maskTruncated());

        // 4. update: mu passes over shuffled minibatches, one optimiser step each
        TrainablePolicy policy = core.policy;
        var log = new UpdateLog();
        core.minibatches(batch.size(), optim, mask, (idx, mbMask) -> {
            TrainablePolicy.Forward forward = policy.forward(Batches.rows(sequences, idx));
            Loss l = loss(Batches.toDouble(forward.logProbs()), Batches.rows(oldLogp, idx),
                    refLogp == null ? null : Batches.rows(refLogp, idx), Batches.rows(advantages, idx), mbMask, config);
            Batches.requireFinite("GRPO", core.step(), l.loss(), "pg_loss " + l.pgLoss() + ", kl " + l.kl());
            policy.backward(Batches.toFloat(l.dLogp()), null);
            policy.step();
            log.add(l.loss(), l.pgLoss(), null, l.kl(), l.approxKl(), l.clipFracLow(), l.clipFracHigh(),
                    Batches.maskedMean(Batches.toDouble(forward.entropy()), mbMask));
        });
        // 5. log: the mean over minibatches
        return log.isEmpty() ? null : log.mean();
    }

    @Override
    public long steps() {
        return core.step();
    }

    @Override
    public TrainablePolicy policy() {
        return core.policy;
    }

    /**
     * The GRPO loss of one minibatch with its gradient.
     *
     * @param loss         the aggregated {@code pg_loss + beta * kl}
     * @param pgLoss       the aggregated clipped surrogate alone
     * @param kl           mean per-token KL estimate over unmasked tokens; null when no reference was given
     * @param approxKl     mean {@code (ratio - 1) - log ratio} over unmasked tokens
     * @param clipFracLow  share of unmasked tokens with {@code ratio < 1 - eps_low} and {@code A < 0}
     * @param clipFracHigh share of unmasked tokens with {@code ratio > 1 + eps_high} and {@code A > 0}
     * @param dLogp        d loss / d logp per token (0 where masked or where the clipped branch is active)
     */
    public record Loss(double loss, double pgLoss, Double kl, double approxKl, double clipFracLow, double clipFracHigh,
                       double[][] dLogp) {}

    /**
     * The GRPO loss and its exact gradient with respect to {@code logp}.
     *
     * @param logp       log pi_theta per completion token (the variable)
     * @param oldLogp    log pi_old of the policy that sampled, same shape
     * @param refLogp    log pi_ref of the frozen reference, same shape; may be null when {@code config.beta()} is 0
     * @param advantages one advantage per sequence
     * @param mask       true where a token counts
     */
    public static Loss loss(double[][] logp, double[][] oldLogp, double[][] refLogp, double[] advantages,
                            boolean[][] mask, GrpoConfig config) {
        Batches.requireShape("logp", logp, mask);
        Batches.requireShape("oldLogp", oldLogp, mask);
        if (refLogp != null) Batches.requireShape("refLogp", refLogp, mask);
        Batches.requireLength("advantages", advantages, mask);
        if (config.beta() > 0 && refLogp == null) {
            throw new IllegalArgumentException("refLogp must be given when beta > 0, beta = " + config.beta());
        }
        double[][] w = config.aggregation().weights(mask);
        double[][] dLogp = new double[logp.length][];
        double loss = 0, pgLossSum = 0, klSum = 0, approxKlSum = 0;
        long tokens = 0, clippedLow = 0, clippedHigh = 0;
        for (int i = 0; i < logp.length; i++) {
            double A = advantages[i];
            dLogp[i] = new double[logp[i].length];
            for (int t = 0; t < logp[i].length; t++) {
                if (!mask[i][t]) continue;
                double ratio = Math.exp(logp[i][t] - oldLogp[i][t]);
                double pg_loss1 = -A * ratio;
                double pg_loss2 = -A * config.clip().clip(ratio);
                boolean clipped = pg_loss2 > pg_loss1; // the max takes the constant, clipped branch
                double pg_loss = Math.max(pg_loss1, pg_loss2);
                double dPg = clipped ? 0.0 : -A * ratio;
                double kl = 0, dKl = 0;
                if (refLogp != null) {
                    kl = config.kl().value(logp[i][t], refLogp[i][t]);
                    dKl = config.kl().derivative(logp[i][t], refLogp[i][t]);
                }
                loss += w[i][t] * (pg_loss + config.beta() * kl);
                pgLossSum += w[i][t] * pg_loss;
                dLogp[i][t] = w[i][t] * (dPg + config.beta() * dKl);

                klSum += kl;
                approxKlSum += (ratio - 1) - (logp[i][t] - oldLogp[i][t]);
                if (clipped && A < 0) clippedLow++;
                if (clipped && A > 0) clippedHigh++;
                tokens++;
            }
        }
        double n = Math.max(1, tokens);
        return new Loss(loss, pgLossSum, refLogp == null ? null : klSum / n, approxKlSum / n, clippedLow / n,
                clippedHigh / n, dLogp);
    }
}
