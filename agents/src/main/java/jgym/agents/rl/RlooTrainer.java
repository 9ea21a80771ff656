package jgym.agents.rl;

import java.util.Objects;
import jgym.agents.policy.Policy;
import jgym.agents.policy.SequenceBatch;
import jgym.agents.policy.TrainablePolicy;

/**
 * REINFORCE with a leave-one-out baseline (RLOO; Kool et al. 2019, Ahmadian et al. 2024): each completion is one
 * action, its baseline is the mean reward of the other G - 1 completions of its prompt, and the loss is
 * <pre>
 *   r_i  = score_i - beta * sum_t (logp_old - logp_ref)          (optional KL in the reward)
 *   A_i  = r_i - (sum_j r_j - r_i) / (G - 1)
 *   loss = -(1 / B) * sum_i A_i * sum_t logp_i,t                   (B = completions in the batch)
 * </pre>
 * Strictly on-policy: one pass per batch; minibatches only split the forward and backward passes, and their gradients
 * are accumulated into a single optimiser step, so the update is the full-batch REINFORCE gradient.
 */
public final class RlooTrainer implements RlTrainer {
    private final TrainerCore core;
    private final RlooConfig config;
    private final OptimConfig optim;

    /**
     * @param optim its {@code epochs} must be 1 (REINFORCE has no importance ratio to correct a second pass)
     */
    public RlooTrainer(TrainablePolicy policy, Rollout rollout, RlooConfig config, OptimConfig optim) {
        this(policy, null, rollout, config, optim, 0);
    }

    /**
     * A trainer that resumes a run: {@code reference} is the frozen reference policy of the run (null: a snapshot of
     * {@code policy} now), and the next step is numbered {@code firstStep}, so it samples what an uninterrupted run
     * would have sampled at that step.
     */
    public RlooTrainer(TrainablePolicy policy, Policy reference, Rollout rollout, RlooConfig config, OptimConfig optim,
                       long firstStep) {
        this.config = Objects.requireNonNull(config, "config");
        this.optim = Objects.requireNonNull(optim, "optim");
        if (optim.epochs() != 1) throw new IllegalArgumentException("epochs must be 1 for on-policy RLOO, got " + optim.epochs());
        this.core = new TrainerCore(policy, reference, rollout, config.beta() > 0, 2, "a leave-one-out baseline", firstStep);
    }

    @Override
    public StepMetrics step() {
        long start = System.nanoTime();
        // 1. rollout
        TrainablePolicy policy = core.policy;
        RolloutBatch batch = core.rollout.collect(policy, core.step());
        RolloutStats rolloutStats = RolloutStats.of(batch);
        SequenceBatch sequences = batch.sequences();
        boolean[][] mask = batch.mask(config.maskTruncated());

        // 2. rewards with the optional sequence-level KL penalty, then leave-one-out advantages
        double[] rewards = batch.rewards();
        Double kl = null;
        if (core.reference != null) {
            double[][] oldLogp = batch.oldLogProbs();
            double[][] refLogp = Batches.toDouble(core.reference.logProbs(sequences));
            double[][] k1 = new double[batch.size()][];
            for (int i = 0; i < batch.size(); i++) {
                k1[i] = new double[oldLogp[i].length];
                for (int t = 0; t < k1[i].length; t++) {
                    k1[i][t] = KlEstimator.K1.value(oldLogp[i][t], refLogp[i][t]);
                    rewards[i] -= config.beta() * k1[i][t];
                }
            }
            kl = Batches.maskedMean(k1, mask);
        }
        double[] advantages = Advantages.leaveOneOut(rewards, batch.groupSize());

        // 3. update: accumulate every minibatch's gradient, then one optimiser step
        double[] sums = new double[3]; // loss, entropy, tokens
        Double klMean = kl;
        core.minibatches(batch.size(), optim, mask, (idx, mbMask) -> {
            TrainablePolicy.Forward forward = policy.forward(Batches.rows(sequences, idx));
            Loss l = loss(Batches.toDouble(forward.logProbs()), Batches.rows(advantages, idx), mbMask, batch.size());
            Batches.requireFinite("RLOO", core.step(), l.loss(), "kl " + klMean);
            policy.backward(Batches.toFloat(l.dLogp()), null);
            sums[0] += l.loss();
            double[][] entropy = Batches.toDouble(forward.entropy());
            for (int i = 0; i < idx.length; i++) {
                for (int t = 0; t < entropy[i].length; t++) {
                    if (mbMask[i][t]) {
                        sums[1] += entropy[i][t];
                        sums[2]++;
                    }
                }
            }
        });
        double loss = sums[0], entropySum = sums[1];
        long tokens = (long) sums[2];
        if (tokens > 0) policy.step();

        // 4. log (no update when every completion was masked)
        double seconds = (System.nanoTime() - start) / 1e9;
        var update = tokens == 0 ? null : new UpdateStats(loss, loss, null, kl, null, null, null, entropySum / tokens);
        return new StepMetrics(core.advance(), rolloutStats, update, 0.0, 1, batch.groups().size(), null, seconds, batch.tokens() / seconds);
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
     * One minibatch's share of the RLOO loss and its gradient.
     *
     * @param loss  {@code -(1 / B) * sum_i A_i * sum_t logp_i,t} over this minibatch's unmasked tokens
     * @param dLogp {@code -A_i / B} at every unmasked token of sequence i, 0 elsewhere
     */
    public record Loss(double loss, double[][] dLogp) {}

    /**
     * The REINFORCE loss of a minibatch, normalised by the whole batch's size so that minibatch losses (and
     * gradients) add up to the full batch's.
     *
     * @param advantages one per sequence of the minibatch
     * @param batchSize  B, the number of completions in the whole batch, >= the minibatch's
     */
    public static Loss loss(double[][] logp, double[] advantages, boolean[][] mask, int batchSize) {
        Batches.requireShape("logp", logp, mask);
        Batches.requireLength("advantages", advantages, mask);
        if (batchSize < logp.length) throw new IllegalArgumentException("batchSize must be >= " + logp.length + ", got " + batchSize);
        double loss = 0;
        double[][] dLogp = new double[logp.length][];
        for (int i = 0; i < logp.length; i++) {
            dLogp[i] = new double[logp[i].length];
            for (int t = 0; t < logp[i].length; t++) {
                if (!mask[i][t]) continue;
                loss += -advantages[i] * logp[i][t] / batchSize;
                dLogp[i][t] = -advantages[i] / batchSize;
            }
        }
        return new Loss(loss, dLogp);
    }
}
