package jgym.agents.rl;

/**
 * How per-token losses {@code l[i][t]} of a batch become one scalar: {@code loss = sum_i sum_t w[i][t] * l[i][t]}
 * over the unmasked tokens, with weights {@code w} from {@link #weights}. Masked tokens get weight 0.
 *
 * <ul>
 *   <li>{@link PerSequence} (GRPO): mean over the tokens of each sequence, then mean over the sequences; a long
 *       completion's tokens each count less than a short one's.</li>
 *   <li>{@link PerToken} (DAPO / BNPO): mean over every unmasked token of the batch, so each token counts the same.</li>
 *   <li>{@link ConstantNormalizer} (Dr. GRPO): sum over tokens divided by {@code sequences * maxTokens}, a constant
 *       that removes GRPO's length bias.</li>
 * </ul>
 * The number of sequences counts every sequence of the batch, masked or not (as TRL does), so masking a truncated
 * completion removes its gradient without re-weighting the others. A trainer aggregates each minibatch it steps on,
 * so with {@link OptimConfig#miniBatches()} above 1 the token mean is BNPO's (per minibatch).
 */
public sealed interface LossAggregation permits LossAggregation.PerSequence, LossAggregation.PerToken, LossAggregation.ConstantNormalizer {

    /** GRPO's per-sequence mean. */
    LossAggregation GRPO = new PerSequence();
    /** DAPO's token-level mean over the batch. */
    LossAggregation DAPO = new PerToken();

    /** Dr. GRPO's constant normaliser for completions of at most {@code maxTokens} tokens. */
    static LossAggregation drGrpo(int maxTokens) {
        return new ConstantNormalizer(maxTokens);
    }

    /**
     * The weight of every token, shaped like {@code mask}; 0 where the mask is false.
     *
     * @param mask per sequence, per completion token: true where the token contributes to the loss
     */
    double[][] weights(boolean[][] mask);

    /** Mean over each sequence's unmasked tokens, then mean over all sequences. */
    record PerSequence() implements LossAggregation {
        @Override
        public double[][] weights(boolean[][] mask) {
            double[][] w = new double[mask.length][];
            for (int i = 0; i < mask.length; i++) {
                int n = count(mask[i]);
                w[i] = new double[mask[i].length];
                for (int t = 0; t < mask[i].length; t++) w[i][t] = mask[i][t] ? 1.0 / ((double) mask.length * n) : 0.0;
            }
            return w;
        }
    }

    /** Mean over all unmasked tokens of the batch. */
    record PerToken() implements LossAggregation {
        @Override
        public double[][] weights(boolean[][] mask) {
            int n = 0;
            for (boolean[] m : mask) n += count(m);
            double[][] w = new double[mask.length][];
            for (int i = 0; i < mask.length; i++) {
                w[i] = new double[mask[i].length];
                for (int t = 0; t < mask[i].length; t++) w[i][t] = mask[i][t] ? 1.0 / n : 0.0;
            }
            return w;
        }
    }

    /**
     * Sum over unmasked tokens divided by {@code sequences * maxTokens}.
     *
     * @param maxTokens the constant length normaliser, usually the sampler's {@code maxNewTokens}; >= 1
     */
    record ConstantNormalizer(int maxTokens) implements LossAggregation {
        public ConstantNormalizer {
            if (maxTokens < 1) throw new IllegalArgumentException("maxTokens must be >= 1, got " + maxTokens);
        }

        @Override
        public double[][] weights(boolean[][] mask) {
            double[][] w = new double[mask.length][];
            for (int i = 0; i < mask.length; i++) {
                w[i] = new double[mask[i].length];
                for (int t = 0; t < mask[i].length; t++) w[i][t] = mask[i][t] ? 1.0 / ((double) mask.length * maxTokens) : 0.0;
            }
            return w;
        }
    }

    private static int count(boolean[] m) {
        int n = 0;
        for (boolean b : m) if (b) n++;
        return n;
    }
}
