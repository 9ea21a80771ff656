package jgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The three KL estimators of Schulman's note against hand arithmetic, and their derivatives against finite differences. */
class KlEstimatorTest {

    @Test
    void valuesMatchTheFormulas() {
        // logp = -1.2, ref = -1.0: d = ref - logp = 0.2
        // k1 = -d = -0.2; k2 = d^2/2 = 0.02; k3 = e^0.2 - 0.2 - 1 = 1.2214027581601699 - 1.2 = 0.0214027581601699
        assertEquals(-0.2, KlEstimator.K1.value(-1.2, -1.0), 1e-12);
        assertEquals(0.02, KlEstimator.K2.value(-1.2, -1.0), 1e-12);
        assertEquals(0.0214027581601699, KlEstimator.K3.value(-1.2, -1.0), 1e-12);
    }

    @Test
    void allAreZeroAtEqualPolicies() {
        for (KlEstimator k : KlEstimator.values()) assertEquals(0.0, k.value(-0.7, -0.7), 0.0, k.name());
    }

    @Test
    void k2AndK3AreNeverNegative() {
        for (double d = -3; d <= 3; d += 0.25) {
            assertTrue(KlEstimator.K2.value(-1, -1 + d) >= 0);
            assertTrue(KlEstimator.K3.value(-1, -1 + d) >= 0);
        }
    }

    @Test
    void k1AndK3AreUnbiasedForTheTrueKl() {
        // p = [0.5, 0.3, 0.2], q (reference) = [0.2, 0.5, 0.3]: KL(p||q) = sum p log(p/q), by hand:
        // 0.5 ln 2.5 + 0.3 ln 0.6 + 0.2 ln(2/3) = 0.458145 - 0.153248 - 0.081093 = 0.2238047
        double[] p = {0.5, 0.3, 0.2};
        double[] q = {0.2, 0.5, 0.3};
        double k1 = 0, k3 = 0;
        for (int i = 0; i < 3; i++) {
            k1 += p[i] * KlEstimator.K1.value(Math.log(p[i]), Math.log(q[i]));
            k3 += p[i] * KlEstimator.K3.value(Math.log(p[i]), Math.log(q[i]));
        }
        assertEquals(0.22380465718564746, k1, 1e-9);
        assertEquals(0.22380465718564746, k3, 1e-9);
    }

    @Test
    void derivativesMatchFiniteDifferences() {
        double h = 1e-6;
        for (KlEstimator k : KlEstimator.values()) {
            for (double logp : new double[] {-2.0, -0.9, -0.1}) {
                double ref = -0.8;
                double fd = (k.value(logp + h, ref) - k.value(logp - h, ref)) / (2 * h);
                assertEquals(fd, k.derivative(logp, ref), 1e-8, k + " at " + logp);
            }
        }
    }
}
