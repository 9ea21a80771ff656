package jgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The RLOO loss by hand, its gradient, and minibatch accumulation equal to the full batch. */
class RlooLossTest {
    static final double[][] LOGP = {{-1.0, -0.5}, {-0.2}, {-0.3, -0.4, -0.1}};
    static final double[] A = {0.75, -0.75, 0.1};
    static final boolean[][] ALL = {{true, true}, {true}, {true, true, true}};

    @Test
    void lossIsMinusAdvantageTimesSequenceLogProbOverBatch() {
        // -(0.75 * (-1.5) + (-0.75) * (-0.2) + 0.1 * (-0.8)) / 3 = -(-1.125 + 0.15 - 0.08) / 3 = 1.055 / 3
        var l = RlooTrainer.loss(LOGP, A, ALL, 3);
        assertEquals(1.055 / 3, l.loss(), 1e-12);
        assertEquals(-0.25, l.dLogp()[0][1], 1e-12);
        FiniteDifference.check(LOGP, l.dLogp(), x -> RlooTrainer.loss(x, A, ALL, 3).loss(), "rloo");
    }

    @Test
    void minibatchesAddUpToTheFullBatch() {
        var full = RlooTrainer.loss(LOGP, A, ALL, 3);
        var first = RlooTrainer.loss(new double[][] {LOGP[0], LOGP[2]}, new double[] {A[0], A[2]}, new boolean[][] {ALL[0], ALL[2]}, 3);
        var second = RlooTrainer.loss(new double[][] {LOGP[1]}, new double[] {A[1]}, new boolean[][] {ALL[1]}, 3);
        assertEquals(full.loss(), first.loss() + second.loss(), 1e-12);
    }
}
