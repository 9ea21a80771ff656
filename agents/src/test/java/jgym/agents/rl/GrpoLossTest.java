package jgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The GRPO loss on a fixed batch against numpy (the script below, written from the papers without this code), its
 * gradient against finite differences, and the clip boundaries.
 *
 * <pre>
 * def loss(agg, beta, k, el, eh, mask, A, L=None):
 *     per_seq = [[(max(-A[i]*r, -A[i]*min(max(r, 1-el), 1+eh)) + beta*kl(k, logp[i][t], ref[i][t])) if mask[i][t] else 0
 *                 for t, r in enumerate(np.exp(np.array(logp[i]) - old[i]))] for i in range(B)]
 *     if agg == 'seq':   return sum(sum(l) / max(1, sum(m)) for l, m in zip(per_seq, mask)) / B
 *     if agg == 'tok':   return sum(map(sum, per_seq)) / total_unmasked_tokens
 *     if agg == 'const': return sum(map(sum, per_seq)) / (B * L)
 * kl: k1 = -(ref - logp); k2 = (ref - logp)**2 / 2; k3 = exp(ref - logp) - (ref - logp) - 1
 * </pre>
 */
class GrpoLossTest {
    static final double[][] LOGP = {{-1.2, -0.5, -2.0}, {-0.7, -1.1}, {-0.3, -2.2, -1.4, -0.9}, {-1.6}};
    static final double[][] OLD = {{-1.5, -0.4, -2.1}, {-0.4, -1.15}, {-0.55, -1.8, -1.4, -1.0}, {-1.3}};
    static final double[][] REF = {{-1.0, -0.9, -2.3}, {-0.8, -1.0}, {-0.5, -2.0, -1.1, -0.7}, {-1.9}};
    static final double[] REWARDS = {1.0, 0.0, 0.2, 0.7};
    static final boolean[][] ALL = {{true, true, true}, {true, true}, {true, true, true, true}, {true}};
    static final boolean[][] TRUNCATED_LAST = {{true, true, true}, {true, true}, {true, true, true, true}, {false}};

    static double[] advantages(AdvantageScaling s) {
        return Advantages.groupRelative(REWARDS, 2, s);
    }

    static GrpoConfig config(ClipRange clip, double beta, KlEstimator kl, LossAggregation agg) {
        return new GrpoConfig(clip, beta, kl, agg, AdvantageScaling.GROUP_STD, false, false, 1);
    }

    @Test
    void perSequenceGrpoWithK3() {
        var c = config(ClipRange.symmetric(0.2), 0.04, KlEstimator.K3, LossAggregation.GRPO);
        var l = GrpoTrainer.loss(LOGP, OLD, REF, advantages(AdvantageScaling.GROUP_STD), ALL, c);
        assertEquals(0.029824716171101356, l.loss(), 1e-6);
        assertEquals(0.029476265864517702, l.kl(), 1e-6); // mean k3 over the 10 tokens
        assertEquals(0.02522910622260986, l.approxKl(), 1e-6);
        // ratios (A): 1.35(+) 0.905(+) 1.105(+) | 0.741(-) 1.051(-) | 1.284(-) 0.670(-) 1.0(-) 1.105(-) | 0.741(+)
        // low clip: ratio < 0.8 with A < 0: 0.741 and 0.670 -> 2 of 10; high clip: ratio > 1.2 with A > 0: 1.35 -> 1 of 10
        assertEquals(0.2, l.clipFracLow(), 1e-12);
        assertEquals(0.1, l.clipFracHigh(), 1e-12);
    }

    @Test
    void perSequenceWithATruncatedCompletionMasked() {
        var c = config(ClipRange.symmetric(0.2), 0.04, KlEstimator.K3, LossAggregation.GRPO);
        var l = GrpoTrainer.loss(LOGP, OLD, REF, advantages(AdvantageScaling.GROUP_STD), TRUNCATED_LAST, c);
        assertEquals(0.16033890039468815, l.loss(), 1e-6);
        assertEquals(0.0, l.dLogp()[3][0], 0.0);
    }

    @Test
    void tokenLevelDapoWithClipHigher() {
        var c = config(ClipRange.clipHigher(0.2, 0.28), 0.04, KlEstimator.K3, LossAggregation.DAPO);
        var l = GrpoTrainer.loss(LOGP, OLD, REF, advantages(AdvantageScaling.GROUP_STD), ALL, c);
        assertEquals(0.14322755691173705, l.loss(), 1e-6);
    }

    @Test
    void tokenLevelWithK1AndMask() {
        var c = config(ClipRange.clipHigher(0.2, 0.28), 0.1, KlEstimator.K1, LossAggregation.DAPO);
        var l = GrpoTrainer.loss(LOGP, OLD, REF, advantages(AdvantageScaling.GROUP_STD), TRUNCATED_LAST, c);
        assertEquals(0.2160193920547977, l.loss(), 1e-6);
    }

    @Test
    void drGrpoConstantNormaliserWithK2AndUnscaledAdvantages() {
        var c = config(ClipRange.symmetric(0.2), 0.1, KlEstimator.K2, LossAggregation.drGrpo(5));
        var l = GrpoTrainer.loss(LOGP, OLD, REF, advantages(AdvantageScaling.NONE), ALL, c);
        assertEquals(0.010661295432631297, l.loss(), 1e-6);
    }

    @Test
    void batchStdAdvantagesWithoutKl() {
        var c = config(ClipRange.symmetric(0.2), 0.0, KlEstimator.K2, LossAggregation.GRPO);
        var l = GrpoTrainer.loss(LOGP, OLD, null, advantages(AdvantageScaling.BATCH_STD), ALL, c);
        assertEquals(0.002424650493727462, l.loss(), 1e-6);
        assertEquals(l.loss(), l.pgLoss(), 0.0);
        assertNull(l.kl());
    }

    @Test
    void hardCodedSingleTokenByHand() {
        // one sequence, one token: A = 2, ratio = e^0.1 = 1.1051709, inside the clip; beta 0.5, k2: d = ref - logp = 0.4
        // loss = -A * ratio + 0.5 * 0.4^2 / 2 = -2.2103418 + 0.04 = -2.1703418
        // dloss/dlogp = -A * ratio + 0.5 * (logp - ref) = -2.2103418 - 0.2 = -2.4103418
        var c = config(ClipRange.symmetric(0.2), 0.5, KlEstimator.K2, LossAggregation.GRPO);
        var l = GrpoTrainer.loss(new double[][] {{-1.0}}, new double[][] {{-1.1}}, new double[][] {{-0.6}},
                new double[] {2.0}, new boolean[][] {{true}}, c);
        assertEquals(-2.1703418, l.loss(), 1e-6);
        assertEquals(-2.4103418, l.dLogp()[0][0], 1e-6);
    }

    @Test
    void gradientsAreExactDerivativesOfTheReportedLoss() {
        LossAggregation[] aggs = {LossAggregation.GRPO, LossAggregation.DAPO, LossAggregation.drGrpo(6)};
        ClipRange[] clips = {ClipRange.symmetric(0.2), ClipRange.clipHigher(0.2, 0.28), ClipRange.symmetric(0.05)};
        for (LossAggregation agg : aggs) {
            for (KlEstimator k : KlEstimator.values()) {
                for (ClipRange clip : clips) {
                    for (boolean[][] mask : new boolean[][][] {ALL, TRUNCATED_LAST}) {
                        var c = config(clip, 0.07, k, agg);
                        double[] A = advantages(AdvantageScaling.GROUP_STD);
                        var l = GrpoTrainer.loss(LOGP, OLD, REF, A, mask, c);
                        FiniteDifference.check(LOGP, l.dLogp(), x -> GrpoTrainer.loss(x, OLD, REF, A, mask, c).loss(),
                                agg + " " + k + " " + clip);
                    }
                }
            }
        }
    }

    @Test
    void clipSwitchesOnExactlyAtOnePlusEpsilon() {
        var c = config(ClipRange.clipHigher(0.2, 0.28), 0.0, KlEstimator.K3, LossAggregation.DAPO);
        double h = 1e-9;
        // A > 0: the upper bound 1.28 matters; just inside the ratio still gets gradient -A * ratio
        var inside = single(Math.log(1.28) - h, 1.0, c);
        assertEquals(-1.28, inside.dLogp()[0][0], 1e-6);
        assertEquals(0.0, inside.clipFracHigh(), 0.0);
        var outside = single(Math.log(1.28) + h, 1.0, c);
        assertEquals(0.0, outside.dLogp()[0][0], 0.0);
        assertEquals(1.0, outside.clipFracHigh(), 0.0);
        assertEquals(-1.28, outside.loss(), 1e-6); // -A * (1 + eps_high)
        // the symmetric 0.2 of GRPO would already clip at 1.25, which is inside DAPO's range
        assertEquals(-1.25, single(Math.log(1.25), 1.0, c).dLogp()[0][0], 1e-6);

        // A < 0: the lower bound 0.8
        var lowInside = single(Math.log(0.8) + h, -1.0, c);
        assertEquals(0.8, lowInside.dLogp()[0][0], 1e-6);
        assertEquals(0.0, lowInside.clipFracLow(), 0.0);
        var lowOutside = single(Math.log(0.8) - h, -1.0, c);
        assertEquals(0.0, lowOutside.dLogp()[0][0], 0.0);
        assertEquals(1.0, lowOutside.clipFracLow(), 0.0);

        // the clip never stops a ratio moving back toward 1: A > 0 with ratio below 1 - eps keeps its gradient
        assertEquals(-0.5, single(Math.log(0.5), 1.0, c).dLogp()[0][0], 1e-9);
        assertEquals(1.5, single(Math.log(1.5), -1.0, c).dLogp()[0][0], 1e-9);
    }

    private static GrpoTrainer.Loss single(double logRatio, double advantage, GrpoConfig c) {
        return GrpoTrainer.loss(new double[][] {{logRatio - 1.0}}, new double[][] {{-1.0}}, null,
                new double[] {advantage}, new boolean[][] {{true}}, c);
    }

    @Test
    void maskedTokensChangeNothing() {
        var c = config(ClipRange.symmetric(0.2), 0.04, KlEstimator.K3, LossAggregation.DAPO);
        double[] A = advantages(AdvantageScaling.GROUP_STD);
        var a = GrpoTrainer.loss(LOGP, OLD, REF, A, TRUNCATED_LAST, c);
        double[][] moved = {LOGP[0], LOGP[1], LOGP[2], {-5.0}};
        var b = GrpoTrainer.loss(moved, OLD, REF, A, TRUNCATED_LAST, c);
        assertEquals(a.loss(), b.loss(), 0.0);
    }

    @Test
    void zeroAdvantagesWithoutKlGiveZeroLossAndGradient() {
        var c = config(ClipRange.symmetric(0.2), 0.0, KlEstimator.K3, LossAggregation.GRPO);
        double[] A = Advantages.groupRelative(new double[] {1, 1, 0, 0}, 2, AdvantageScaling.GROUP_STD);
        var l = GrpoTrainer.loss(LOGP, OLD, null, A, ALL, c);
        assertEquals(0.0, l.loss(), 0.0);
        for (double[] row : l.dLogp()) for (double g : row) assertEquals(0.0, g, 0.0);
        assertTrue(Double.isFinite(l.approxKl()));
    }

    @Test
    void badShapesAndMissingReferenceAreRejected() {
        var c = GrpoConfig.grpo();
        double[] A = advantages(AdvantageScaling.GROUP_STD);
        var e = assertThrows(IllegalArgumentException.class, () -> GrpoTrainer.loss(LOGP, OLD, null, A, ALL, c));
        assertTrue(e.getMessage().contains("refLogp"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GrpoTrainer.loss(LOGP, OLD, REF, new double[3], ALL, c));
        assertTrue(e.getMessage().contains("advantages"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ClipRange(1.0, 0.2));
        assertTrue(e.getMessage().contains("epsilonLow"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GrpoConfig.grpo().withBeta(-1));
        assertTrue(e.getMessage().contains("beta"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LossAggregation.drGrpo(0));
        assertTrue(e.getMessage().contains("maxTokens"), e.getMessage());
    }
}
