package jgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Advantages against numbers computed by hand or with numpy from the published formulas. */
class AdvantagesTest {
    private static final double TOL = 1e-6;
    // two groups of G = 2
    private static final double[] REWARDS = {1.0, 0.0, 0.2, 0.7};

    @Test
    void groupStdMatchesTheFormula() {
        // group 0: mean 0.5, sample std sqrt(((0.5)^2 + (0.5)^2) / 1) = 0.70710678; A = 0.5 / (0.70710678 + 1e-4)
        // group 1: mean 0.45, sample std sqrt(2 * 0.25^2) = 0.35355339; A = 0.25 / (0.35355339 + 1e-4)
        // numpy: ((r - r.mean(1)) / (r.std(1, ddof=1) + 1e-4)) = [0.70700680, -0.70700680, -0.70690684, 0.70690684]
        double[] a = Advantages.groupRelative(REWARDS, 2, AdvantageScaling.GROUP_STD);
        assertArrayEquals(new double[] {0.7070067953266834, -0.7070067953266834, -0.7069068377390945, 0.7069068377390946}, a, TOL);
        assertEquals(0.5 / (Math.sqrt(0.5) + 1e-4), a[0], 1e-12);
    }

    @Test
    void batchStdDividesByTheStdOfAllRewards() {
        // batch: mean 0.475, sample std over all four = 0.45734...; numpy gives
        double[] a = Advantages.groupRelative(REWARDS, 2, AdvantageScaling.BATCH_STD);
        assertArrayEquals(new double[] {1.0930217840498258, -1.0930217840498258, -0.5465108920249128, 0.5465108920249129}, a, TOL);
    }

    @Test
    void noScalingOnlyCentres() {
        double[] a = Advantages.groupRelative(REWARDS, 2, AdvantageScaling.NONE);
        assertArrayEquals(new double[] {0.5, -0.5, -0.25, 0.25}, a, TOL);
    }

    @Test
    void equalRewardsGiveZeroNeverNaN() {
        double[] rewards = {0.3, 0.3, 0.3, 1, 1, 1, 0, 0, 0};
        for (AdvantageScaling s : AdvantageScaling.values()) {
            double[] a = Advantages.groupRelative(rewards, 3, s);
            for (double x : a) {
                assertEquals(0.0, x, 0.0, s + " gave " + x);
            }
        }
        for (double x : Advantages.leaveOneOut(rewards, 3)) assertEquals(0.0, x, 0.0);
    }

    @Test
    void leaveOneOutUsesTheOtherMembersMean() {
        // group [1, 0, 0.5]: A0 = 1 - (0 + 0.5)/2 = 0.75, A1 = 0 - 1.5/2 = -0.75, A2 = 0.5 - 1/2 = 0
        // group [0.2, 0.2, 0.2]: 0; group [0.9, 0.4, 0]: 0.9 - 0.2 = 0.7, 0.4 - 0.45 = -0.05, 0 - 0.65 = -0.65
        double[] r = {1.0, 0.0, 0.5, 0.2, 0.2, 0.2, 0.9, 0.4, 0.0};
        assertArrayEquals(new double[] {0.75, -0.75, 0, 0, 0, 0, 0.7, -0.05, -0.65}, Advantages.leaveOneOut(r, 3), TOL);
    }

    @Test
    void gaeFollowsTheLastgaelamRecursion() {
        // gamma 1, lambda 0.95, rewards [0, 0, 1], values [0.5, 0.6, 0.8]
        // t=2: delta = 1 + 0 - 0.8 = 0.2                 A = 0.2
        // t=1: delta = 0 + 0.8 - 0.6 = 0.2               A = 0.2 + 0.95 * 0.2 = 0.39
        // t=0: delta = 0 + 0.6 - 0.5 = 0.1               A = 0.1 + 0.95 * 0.39 = 0.4705
        assertArrayEquals(new double[] {0.4705, 0.39, 0.2},
                Advantages.gae(new double[] {0, 0, 1}, new double[] {0.5, 0.6, 0.8}, 1.0, 0.95), TOL);
        // gamma 0.9, lambda 0.8, rewards [0.1, -0.2, 1.0], values [0.3, 0.5, 0.4]
        // t=2: delta = 1.0 - 0.4 = 0.6                   A = 0.6
        // t=1: delta = -0.2 + 0.9*0.4 - 0.5 = -0.34      A = -0.34 + 0.72 * 0.6 = 0.092
        // t=0: delta = 0.1 + 0.9*0.5 - 0.3 = 0.25        A = 0.25 + 0.72 * 0.092 = 0.31624
        assertArrayEquals(new double[] {0.31624, 0.092, 0.6},
                Advantages.gae(new double[] {0.1, -0.2, 1.0}, new double[] {0.3, 0.5, 0.4}, 0.9, 0.8), TOL);
    }

    @Test
    void gaeWithLambdaOneIsTheDiscountedReturnMinusValue() {
        double[] r = {0.1, 0.0, 2.0};
        double[] v = {0.7, -0.3, 1.1};
        double gamma = 0.9;
        double[] a = Advantages.gae(r, v, gamma, 1.0);
        for (int t = 0; t < 3; t++) {
            double ret = 0;
            for (int k = t; k < 3; k++) ret += Math.pow(gamma, k - t) * r[k];
            assertEquals(ret - v[t], a[t], TOL);
        }
    }

    @Test
    void badArgumentsNameTheField() {
        var e = assertThrows(IllegalArgumentException.class, () -> Advantages.groupRelative(new double[] {1, 2, 3}, 2, AdvantageScaling.NONE));
        assertTrue(e.getMessage().contains("groupSize"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Advantages.leaveOneOut(new double[] {1}, 1));
        assertTrue(e.getMessage().contains("groupSize must be >= 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Advantages.gae(new double[1], new double[1], 1.5, 1));
        assertTrue(e.getMessage().contains("gamma"), e.getMessage());
    }
}
