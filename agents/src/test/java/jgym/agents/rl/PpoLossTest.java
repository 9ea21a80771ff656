package jgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The PPO losses on a fixed batch by hand, their gradients against finite differences, and the value clip. */
class PpoLossTest {
    static final double[][] LOGP = {{-1.0, -0.6}, {-0.2, -1.5, -0.8}};
    static final double[][] OLD = {{-1.3, -0.5}, {-0.2, -1.2, -0.85}};
    static final double[][] A = {{0.8, -0.5}, {1.2, -0.9, 0.3}};
    static final double[][] V = {{0.5, 0.1}, {0.9, 0.2, -0.1}};
    static final double[][] V_OLD = {{0.2, 0.15}, {0.6, 0.5, -0.05}};
    static final double[][] RETURNS = {{0.4, 0.6}, {1.0, 0.1, 0.3}};
    static final boolean[][] ALL = {{true, true}, {true, true, true}};
    static final PpoConfig CONFIG = new PpoConfig(ClipRange.symmetric(0.2), 0.2, 0.5, 1.0, 0.95, 0.0, false, false);

    @Test
    void lossesMatchHandArithmetic() {
        // token  ratio            A     pg = max(-A r, -A clip(r))           value: (V-R)^2, (Vclip-R)^2 -> max
        // (0,0)  e^0.3 = 1.34986  0.8   max(-1.07989, -0.96) = -0.96         0.01, Vclip .4 -> 0     -> 0.01
        // (0,1)  e^-0.1 = 0.90484 -0.5  0.45242 (inside)                      0.25, Vclip .1 -> 0.25  -> 0.25
        // (1,0)  1                1.2   -1.2                                  0.01, Vclip .8 -> 0.04  -> 0.04 (clipped)
        // (1,1)  e^-0.3 = 0.74082 -0.9  max(0.66674, 0.72) = 0.72             0.01, Vclip .3 -> 0.04  -> 0.04 (clipped)
        // (1,2)  e^0.05 = 1.05127 0.3   -0.31538                              0.16, Vclip -.1 -> 0.16 -> 0.16
        // pg_loss = (-0.96 + 0.45242 - 1.2 + 0.72 - 0.31538) / 5 = -0.2605925
        // v_loss = 0.5 * (0.01 + 0.25 + 0.04 + 0.04 + 0.16) / 5 = 0.05; loss = pg_loss + 0.5 * v_loss
        var l = PpoTrainer.loss(LOGP, OLD, A, V, V_OLD, RETURNS, ALL, CONFIG);
        assertEquals(-0.26059252397896543, l.pgLoss(), 1e-6);
        assertEquals(0.05, l.vLoss(), 1e-9);
        assertEquals(-0.23559252397896543, l.loss(), 1e-6);
        assertEquals(1.0 / 5, l.clipFracLow(), 1e-12);
        assertEquals(1.0 / 5, l.clipFracHigh(), 1e-12);
        // gradients where a clip is active are 0: policy at (0,0) and (1,1), value at (1,0) and (1,1)
        assertEquals(0.0, l.dLogp()[0][0], 0.0);
        assertEquals(0.0, l.dLogp()[1][1], 0.0);
        assertEquals(0.0, l.dValues()[1][0], 0.0);
        assertEquals(0.0, l.dValues()[1][1], 0.0);
        // elsewhere: dpg = -A r / 5, dv = vf * (V - R) / 5
        assertEquals(-1.2 / 5, l.dLogp()[1][0], 1e-12);
        assertEquals(0.5 * (0.1 - 0.6) / 5, l.dValues()[0][1], 1e-12);
    }

    @Test
    void gradientsAreExactDerivatives() {
        var l = PpoTrainer.loss(LOGP, OLD, A, V, V_OLD, RETURNS, ALL, CONFIG);
        FiniteDifference.check(LOGP, l.dLogp(), x -> PpoTrainer.loss(x, OLD, A, V, V_OLD, RETURNS, ALL, CONFIG).loss(), "dLogp");
        FiniteDifference.check(V, l.dValues(), x -> PpoTrainer.loss(LOGP, OLD, A, x, V_OLD, RETURNS, ALL, CONFIG).loss(), "dValues");
        boolean[][] mask = {{true, false}, {false, true, true}};
        var m = PpoTrainer.loss(LOGP, OLD, A, V, V_OLD, RETURNS, mask, CONFIG);
        FiniteDifference.check(V, m.dValues(), x -> PpoTrainer.loss(LOGP, OLD, A, x, V_OLD, RETURNS, mask, CONFIG).loss(), "masked dValues");
        FiniteDifference.check(LOGP, m.dLogp(), x -> PpoTrainer.loss(x, OLD, A, V, V_OLD, RETURNS, mask, CONFIG).loss(), "masked dLogp");
    }

    @Test
    void valueClipSwitchesOnJustOutsideTheClipRange() {
        // V_old = 0, clip 0.2, so the clipped value is min(V, 0.2) for V > 0. The clipped branch only wins (and zeroes
        // the gradient) when it is the worse of the two, i.e. when V moved past 0.2 toward the return.
        double h = 1e-9;
        double[][] old = {{0.0}};
        double[][] ret = {{-1.0}};
        double[][] lp = {{-1.0}};
        var inside = PpoTrainer.loss(lp, lp, new double[][] {{0.0}}, new double[][] {{0.2 - h}}, old, ret, new boolean[][] {{true}}, CONFIG);
        assertEquals(0.5 * (0.2 - h + 1.0), inside.dValues()[0][0], 1e-9);
        // return -1: beyond the clip V moves away from the return; (1.2 + h)^2 > 1.2^2, so the unclipped branch keeps its gradient
        var outside = PpoTrainer.loss(lp, lp, new double[][] {{0.0}}, new double[][] {{0.2 + h}}, old, ret, new boolean[][] {{true}}, CONFIG);
        assertEquals(0.5 * (0.2 + h + 1.0), outside.dValues()[0][0], 1e-9);
        // moving toward a return of +1 beyond the clip: the clipped value 0.2 is worse, so the gradient is 0
        double[][] up = {{1.0}};
        var toward = PpoTrainer.loss(lp, lp, new double[][] {{0.0}}, new double[][] {{0.2 + h}}, old, up, new boolean[][] {{true}}, CONFIG);
        assertEquals(0.0, toward.dValues()[0][0], 0.0);
        var towardInside = PpoTrainer.loss(lp, lp, new double[][] {{0.0}}, new double[][] {{0.2 - h}}, old, up, new boolean[][] {{true}}, CONFIG);
        assertEquals(0.5 * (0.2 - h - 1.0), towardInside.dValues()[0][0], 1e-9);
    }

    @Test
    void tokenRewardsCarryTheKlPenaltyAndTheScoreAtTheEnd() {
        // klCoef 0.1, logp_old - logp_ref = [0.2, -0.1, 0.5]: penalties [-0.02, 0.01, -0.05]; score 1 added at the end
        double[] r = PpoTrainer.tokenRewards(1.0, new double[] {-1.0, -0.6, -0.2}, new double[] {-1.2, -0.5, -0.7}, 0.1);
        assertEquals(-0.02, r[0], 1e-12);
        assertEquals(0.01, r[1], 1e-12);
        assertEquals(1.0 - 0.05, r[2], 1e-12);
        // then GAE with gamma 1, lambda 1 and zero values is the reward-to-go: [0.94, 0.96, 0.95]
        double[] a = Advantages.gae(r, new double[3], 1.0, 1.0);
        assertEquals(0.94, a[0], 1e-12);
        assertEquals(0.96, a[1], 1e-12);
        assertEquals(0.95, a[2], 1e-12);
        double[] none = PpoTrainer.tokenRewards(0.5, new double[] {-1.0, -0.6}, null, 0.1);
        assertEquals(0.0, none[0], 0.0);
        assertEquals(0.5, none[1], 0.0);
    }

    @Test
    void whiteningGivesMeanZeroAndUnitStdOverUnmaskedTokens() {
        double[][] adv = {{1.0, 3.0}, {5.0, 100.0}};
        boolean[][] mask = {{true, true}, {true, false}};
        PpoTrainer.whiten(adv, mask);
        // unmasked 1, 3, 5: mean 3, population std sqrt(8/3) = 1.6329932
        assertEquals(-2 / Math.sqrt(8.0 / 3), adv[0][0], 1e-6);
        assertEquals(0.0, adv[0][1], 1e-9);
        assertEquals(2 / Math.sqrt(8.0 / 3), adv[1][0], 1e-6);
    }

    @Test
    void explainedVarianceIsOneMinusTheResidualsShareOfTheReturnsVariance() {
        boolean[][] all = {{true, true, true}};
        double[][] returns = {{1, 2, 3}};
        org.junit.jupiter.api.Assertions.assertEquals(1.0, PpoTrainer.explainedVariance(new double[][] {{1, 2, 3}}, returns, all), 1e-12);
        org.junit.jupiter.api.Assertions.assertEquals(0.0, PpoTrainer.explainedVariance(new double[][] {{0, 0, 0}}, returns, all), 1e-12);
        // residuals (0, 1, 0): variance 2/9 against the returns' 2/3
        org.junit.jupiter.api.Assertions.assertEquals(1 - (2.0 / 9) / (2.0 / 3),
                PpoTrainer.explainedVariance(new double[][] {{1, 1, 3}}, returns, all), 1e-12);
        // a masked token does not count; constant returns give no figure
        org.junit.jupiter.api.Assertions.assertEquals(1.0, PpoTrainer.explainedVariance(new double[][] {{1, 2, 99}},
                returns, new boolean[][] {{true, true, false}}), 1e-12);
        org.junit.jupiter.api.Assertions.assertNull(PpoTrainer.explainedVariance(new double[][] {{0, 0}}, new double[][] {{5, 5}},
                new boolean[][] {{true, true}}));
    }
}
