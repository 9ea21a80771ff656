package jgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import jgym.agents.policy.SequenceBatch;
import org.junit.jupiter.api.Test;

/**
 * Finite differences through a whole model: the GRPO loss (clip and k3 KL active) as a function of a bigram policy's
 * weights. The trainer hands dLoss/dlogp to {@code backward}; the weights' gradient the policy accumulates must match
 * the loss's finite differences, which checks the contract's shapes and order end to end.
 */
class ChainRuleTest {
    static final SequenceBatch BATCH = new SequenceBatch(
            new int[][] {{1, 2}, {3}, {0, 4}, {2}},
            new int[][] {{4, 0, 3}, {1, 1}, {2, 5, 4, 0}, {3}});

    static BigramPolicy randomPolicy(boolean valueHead) {
        var policy = new BigramPolicy(new AlphabetTokenizer("abcde"), 1.0, valueHead);
        var rng = new SplittableRandom(3);
        for (double[] row : policy.logits()) for (int v = 0; v < row.length; v++) row[v] = rng.nextDouble(-1, 1);
        return policy;
    }

    static double[][] shifted(float[][] logp, double by, int salt) {
        var rng = new SplittableRandom(salt);
        double[][] out = new double[logp.length][];
        for (int i = 0; i < logp.length; i++) {
            out[i] = new double[logp[i].length];
            for (int t = 0; t < out[i].length; t++) out[i][t] = logp[i][t] + rng.nextDouble(-by, by);
        }
        return out;
    }

    @Test
    void grpoGradientReachesTheWeights() {
        var policy = randomPolicy(false);
        double[][] old = shifted(policy.logProbs(BATCH), 0.15, 1);
        double[][] ref = shifted(policy.logProbs(BATCH), 0.5, 2);
        double[] A = {1.1, -0.4, 0.7, -1.3};
        boolean[][] mask = {{true, true, true}, {true, true}, {true, true, true, true}, {true}};
        var config = GrpoConfig.grpo().withBeta(0.3).withClip(ClipRange.symmetric(0.1));

        var forward = policy.forward(BATCH);
        var l = GrpoTrainer.loss(Batches.toDouble(forward.logProbs()), old, ref, A, mask, config);
        policy.backward(Batches.toFloat(l.dLogp()), null);

        double[][] W = policy.logits();
        double h = 1e-3;
        for (int a = 0; a < W.length; a++) {
            for (int b = 0; b < W[a].length; b++) {
                double keep = W[a][b];
                W[a][b] = keep + h;
                double up = GrpoTrainer.loss(Batches.toDouble(policy.logProbs(BATCH)), old, ref, A, mask, config).loss();
                W[a][b] = keep - h;
                double down = GrpoTrainer.loss(Batches.toDouble(policy.logProbs(BATCH)), old, ref, A, mask, config).loss();
                W[a][b] = keep;
                assertEquals((up - down) / (2 * h), policy.gradLogits()[a][b], 2e-4, "dLoss/dW[" + a + "][" + b + "]");
            }
        }
    }
}
