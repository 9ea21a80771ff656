package jgym.agents.rl;

import java.util.Objects;
import java.util.SplittableRandom;
import jgym.agents.policy.Policy;
import jgym.agents.policy.TrainablePolicy;
import jgym.env.Seeds;

/**
 * What the RL trainers share: the policy being trained, its frozen reference (the KL anchor, kept only when the
 * objective has a KL term), the rollout, the step counter that makes a resumed trainer sample exactly what an
 * uninterrupted one would have, and the loop over shuffled minibatches.
 */
final class TrainerCore {
    final TrainablePolicy policy;
    /** The frozen reference, or null when the objective has no KL term. */
    final Policy reference;
    final Rollout rollout;
    private long step;

    /** What a minibatch of the batch's rows {@code idx}, with their token mask, is used for. */
    @FunctionalInterface
    interface Minibatch {
        void update(int[] idx, boolean[][] mask);
    }

    /**
     * @param reference the run's frozen reference when resuming, or null for a snapshot of {@code policy} now
     * @param usesKl    whether the objective has a KL term (otherwise no reference is kept)
     * @param minGroup  the smallest group size the advantage estimator works with
     * @param why       what needs that group size, for the error message
     * @param firstStep the number of the next step, >= 0
     */
    TrainerCore(TrainablePolicy policy, Policy reference, Rollout rollout, boolean usesKl, int minGroup, String why, long firstStep) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.rollout = Objects.requireNonNull(rollout, "rollout");
        if (rollout.config().groupSize() < minGroup) {
            throw new IllegalArgumentException("groupSize must be >= " + minGroup + " for " + why + ", got " + rollout.config().groupSize());
        }
        if (firstStep < 0) throw new IllegalArgumentException("firstStep must be >= 0, got " + firstStep);
        this.reference = usesKl ? (reference != null ? reference : policy.snapshot()) : null;
        this.step = firstStep;
    }

    /** The number of the step being taken (steps completed so far). */
    long step() {
        return step;
    }

    /** Ends the current step; returns its number. */
    long advance() {
        return step++;
    }

    /**
     * {@code epochs} passes over shuffled minibatches of {@code size} rows, skipping a minibatch whose every token is
     * masked (nothing to learn, so no optimiser step). The shuffle is seeded from the step's sampling seed.
     */
    void minibatches(int size, OptimConfig optim, boolean[][] mask, Minibatch body) {
        var rng = new SplittableRandom(Seeds.mix(~rollout.samplingSeed(step), 0));
        for (int epoch = 0; epoch < optim.epochs(); epoch++) {
            for (int[] idx : Batches.miniBatches(size, optim.miniBatches(), rng)) {
                boolean[][] mbMask = Batches.rows(mask, idx);
                if (Batches.anyToken(mbMask)) body.update(idx, mbMask);
            }
        }
    }
}
