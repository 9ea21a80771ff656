package jgym.agents.rl;

import java.util.Objects;
import jgym.agents.policy.Policy;
import jgym.agents.policy.SequenceBatch;
import jgym.agents.policy.TrainablePolicy;

/**
 * Proximal Policy Optimization at the token level, the RLHF baseline GRPO was designed to replace: a value head
 * V(s_t) estimates each token's return, GAE turns the score at the last token into per-token advantages, and the
 * clipped surrogate and clipped value loss are minimised over several passes (cleanrl's {@code ppo.py}):
 * <pre>
 *   r_t      = -klCoef * (logp_old - logp_ref)  (+ score at the last token)
 *   A_t      = GAE(r, V_old; gamma, lambda)      returns_t = A_t + V_old_t
 *   pg_loss  = mean max(-A * ratio, -A * clip(ratio, 1 - eps, 1 + eps))
 *   v_loss   = 0.5 * mean max((V - returns)^2, (V_old + clip(V - V_old, -c, c) - returns)^2)
 *   loss     = pg_loss + vfCoef * v_loss
 * </pre>
 * The policy must have a value head ({@link TrainablePolicy.Forward#values} not null).
 */
public final class PpoTrainer implements RlTrainer {
    private final TrainerCore core;
    private final PpoConfig config;
    private final OptimConfig optim;

    public PpoTrainer(TrainablePolicy policy, Rollout rollout, PpoConfig config, OptimConfig optim) {
        this(policy, null, rollout, config, optim, 0);
    }

    /**
     * A trainer that resumes a run: {@code reference} is the frozen reference policy of the run (null: a snapshot of
     * {@code policy} now), and the next step is numbered {@code firstStep}, so it samples what an uninterrupted run
     * would have sampled at that step.
     */
    public PpoTrainer(TrainablePolicy policy, Policy reference, Rollout rollout, PpoConfig config, OptimConfig optim,
                      long firstStep) {
        this.config = Objects.requireNonNull(config, "config");
        this.optim = Objects.requireNonNull(optim, "optim");
        this.core = new TrainerCore(policy, reference, rollout, config.klCoef() > 0, 1, "PPO", firstStep);
    }

    @Override
    public StepMetrics step() {
        long start = System.nanoTime();
        // 1. rollout
        TrainablePolicy policy = core.policy;
        RolloutBatch batch = core.rollout.collect(policy, core.step());
        RolloutStats rolloutStats = RolloutStats.of(batch);
        SequenceBatch sequences = batch.sequences();
        double[][] oldLogp = batch.oldLogProbs();
        double[][] oldValues = values(policy.forward(sequences));
        double[][] refLogp = core.reference == null ? null : Batches.toDouble(core.reference.logProbs(sequences));
        boolean[][] mask = batch.mask(config.maskTruncated());

        // 2. advantages: per-token rewards (KL penalty, score at the last token), then GAE per completion
        double[] scores = batch.rewards();
        double[][] advantages = new double[batch.size()][];
        double[][] returns = new double[batch.size()][];
        for (int i = 0; i < batch.size(); i++) {
            int T = oldLogp[i].length;
            double[] rewards = tokenRewards(scores[i], oldLogp[i], refLogp == null ? null : refLogp[i], config.klCoef());
            advantages[i] = Advantages.gae(rewards, oldValues[i], config.gamma(), config.lambda());
            returns[i] = new double[T];
            for (int t = 0; t < T; t++) returns[i][t] = advantages[i][t] + oldValues[i][t];
        }
        if (config.normalizeAdvantages()) whiten(advantages, mask);
        Double kl = refLogp == null ? null : klK1(oldLogp, refLogp, mask);

        // 3. update: epochs over shuffled minibatches
        var log = new UpdateLog();
        core.minibatches(batch.size(), optim, mask, (idx, mbMask) -> {
            TrainablePolicy.Forward forward = policy.forward(Batches.rows(sequences, idx));
            Loss l = loss(Batches.toDouble(forward.logProbs()), Batches.rows(oldLogp, idx), Batches.rows(advantages, idx),
                    values(forward), Batches.rows(oldValues, idx), Batches.rows(returns, idx), mbMask, config);
            Batches.requireFinite("PPO", core.step(), l.loss(), "pg_loss " + l.pgLoss() + ", v_loss " + l.vLoss());
            policy.backward(Batches.toFloat(l.dLogp()), Batches.toFloat(l.dValues()));
            policy.step();
            log.add(l.loss(), l.pgLoss(), l.vLoss(), kl, l.approxKl(), l.clipFracLow(), l.clipFracHigh(),
                    Batches.maskedMean(Batches.toDouble(forward.entropy()), mbMask));
        });

        // 4. log
        double seconds = (System.nanoTime() - start) / 1e9;
        return new StepMetrics(core.advance(), rolloutStats, log.isEmpty() ? null : log.mean(), 0.0, 1, batch.groups().size(),
                explainedVariance(oldValues, returns, mask), seconds, batch.tokens() / seconds);
    }

    /** {@code 1 - Var(returns - values) / Var(returns)} over the tokens of {@code mask}; null when the returns do not vary. */
    static Double explainedVariance(double[][] values, double[][] returns, boolean[][] mask) {
        double n = 0, sumY = 0, sumYy = 0, sumD = 0, sumDd = 0;
        for (int i = 0; i < returns.length; i++) {
            for (int t = 0; t < returns[i].length; t++) {
                if (!mask[i][t]) continue;
                double y = returns[i][t], d = y - values[i][t];
                n++;
                sumY += y;
                sumYy += y * y;
                sumD += d;
                sumDd += d * d;
            }
        }
        if (n == 0) return null;
        double varY = sumYy / n - (sumY / n) * (sumY / n);
        double varD = sumDd / n - (sumD / n) * (sumD / n);
        return varY <= 1e-12 ? null : 1.0 - varD / varY;
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
     * The PPO loss of one minibatch with its gradients.
     *
     * @param loss    {@code pg_loss + vfCoef * v_loss}
     * @param pgLoss  the clipped surrogate, mean over unmasked tokens
     * @param vLoss   the clipped value loss {@code 0.5 * mean max(...)}, before {@code vfCoef}
     * @param dLogp   d loss / d logp per token
     * @param dValues d loss / d V per token
     */
    public record Loss(double loss, double pgLoss, double vLoss, double approxKl, double clipFracLow, double clipFracHigh,
                       double[][] dLogp, double[][] dValues) {}

    /**
     * The PPO loss (token mean over unmasked tokens) and its exact gradients with respect to {@code logp} and {@code values}.
     *
     * @param advantages per token, already normalised if wanted
     * @param values     V(s_t) of the current policy, per token
     * @param oldValues  V(s_t) when the batch was sampled
     * @param returns    value targets per token
     */
    public static Loss loss(double[][] logp, double[][] oldLogp, double[][] advantages, double[][] values,
                            double[][] oldValues, double[][] returns, boolean[][] mask, PpoConfig config) {
        Batches.requireShape("logp", logp, mask);
        Batches.requireShape("oldLogp", oldLogp, mask);
        Batches.requireShape("advantages", advantages, mask);
        Batches.requireShape("values", values, mask);
        Batches.requireShape("oldValues", oldValues, mask);
        Batches.requireShape("returns", returns, mask);
        long n = 0;
        for (boolean[] m : mask) for (boolean b : m) if (b) n++;
        double N = Math.max(1, n);
        double pgLoss = 0, vLoss = 0, approxKl = 0;
        long clippedLow = 0, clippedHigh = 0;
        double[][] dLogp = new double[logp.length][];
        double[][] dValues = new double[logp.length][];
        double c = config.valueClip();
        for (int i = 0; i < logp.length; i++) {
            dLogp[i] = new double[logp[i].length];
            dValues[i] = new double[logp[i].length];
            for (int t = 0; t < logp[i].length; t++) {
                if (!mask[i][t]) continue;
                double A = advantages[i][t];
                double ratio = Math.exp(logp[i][t] - oldLogp[i][t]);
                double pg_loss1 = -A * ratio;
                double pg_loss2 = -A * config.clip().clip(ratio);
                boolean clipped = pg_loss2 > pg_loss1;
                pgLoss += Math.max(pg_loss1, pg_loss2) / N;
                dLogp[i][t] = clipped ? 0.0 : -A * ratio / N;
                if (clipped && A < 0) clippedLow++;
                if (clipped && A > 0) clippedHigh++;
                approxKl += ((ratio - 1) - (logp[i][t] - oldLogp[i][t])) / N;

                double v = values[i][t];
                double R = returns[i][t];
                double v_loss_unclipped = (v - R) * (v - R);
                double v_clipped = oldValues[i][t] + Math.max(-c, Math.min(c, v - oldValues[i][t]));
                double v_loss_clipped = (v_clipped - R) * (v_clipped - R);
                vLoss += 0.5 * Math.max(v_loss_unclipped, v_loss_clipped) / N;
                // the clipped branch wins only when v_clipped != v, i.e. the clamp is active and flat in v
                dValues[i][t] = v_loss_clipped > v_loss_unclipped ? 0.0 : config.vfCoef() * (v - R) / N;
            }
        }
        return new Loss(pgLoss + config.vfCoef() * vLoss, pgLoss, vLoss, approxKl, clippedLow / N, clippedHigh / N, dLogp, dValues);
    }

    /**
     * Per-token rewards of one completion: {@code -klCoef * (logp_old - logp_ref)} at every token (k1, the
     * InstructGPT penalty), plus the rubric's score at the last token.
     *
     * @param refLogp the reference's log-probabilities, or null for no penalty
     */
    public static double[] tokenRewards(double score, double[] oldLogp, double[] refLogp, double klCoef) {
        int T = oldLogp.length;
        double[] rewards = new double[T];
        for (int t = 0; t < T; t++) rewards[t] = refLogp == null ? 0.0 : -klCoef * KlEstimator.K1.value(oldLogp[t], refLogp[t]);
        if (T > 0) rewards[T - 1] += score;
        return rewards;
    }

    private double[][] values(TrainablePolicy.Forward forward) {
        if (forward.values() == null) {
            throw new IllegalStateException("PPO needs a value head, but " + core.policy.getClass().getSimpleName()
                    + ".forward(...).values() is null: use a policy with a value head, or GRPO/RLOO which need none");
        }
        return Batches.toDouble(forward.values());
    }

    /** Advantages minus their mean, over their standard deviation (population, + 1e-8), over unmasked tokens. */
    static void whiten(double[][] advantages, boolean[][] mask) {
        double mean = Batches.maskedMean(advantages, mask);
        double ss = 0;
        long n = 0;
        for (int i = 0; i < advantages.length; i++) {
            for (int t = 0; t < advantages[i].length; t++) {
                if (mask[i][t]) {
                    ss += (advantages[i][t] - mean) * (advantages[i][t] - mean);
                    n++;
                }
            }
        }
        double std = n == 0 ? 0.0 : Math.sqrt(ss / n);
        for (double[] a : advantages) for (int t = 0; t < a.length; t++) a[t] = (a[t] - mean) / (std + 1e-8);
    }

    private static double klK1(double[][] logp, double[][] refLogp, boolean[][] mask) {
        double[][] k1 = new double[logp.length][];
        for (int i = 0; i < logp.length; i++) {
            k1[i] = new double[logp[i].length];
            for (int t = 0; t < logp[i].length; t++) k1[i][t] = KlEstimator.K1.value(logp[i][t], refLogp[i][t]);
        }
        return Batches.maskedMean(k1, mask);
    }
}
