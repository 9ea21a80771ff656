package jgym.agents.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** AdamW's update against the published formula, worked by hand for a constant gradient. */
class AdamWTest {
    @BeforeAll
    static void oneNd4jThread() {
        // small arrays: a second OpenMP thread only adds waiting on shared 2-core machines (see Backend.limitThreads)
        Backend.limitThreads(1);
    }
    private static final TransformerConfig TINY = new TransformerConfig(3, 2, 1, 2, 1, 1, DataType.DOUBLE);

    @Test
    void twoStepsMatchTheFormulaForMatricesAndBiases() {
        Parameters w = Parameters.initialise(TINY, 1);
        double w0 = w.get("wte").getDouble(0), b0 = w.get("h0.attn.b").getDouble(0);
        Parameters g = Parameters.zerosLike(w);
        AdamW opt = new AdamW(new AdamWConfig(0.1, 0.9, 0.99, 1e-8, 0.5, Double.POSITIVE_INFINITY), w);
        for (String n : g.names()) g.get(n).assign(0.5);
        opt.update(w, g);
        // step 1: m = 0.05, v = 0.0025, m_hat = 0.5, v_hat = 0.25, update = 0.1 * 0.5 / (0.5 + 1e-8)
        double u1 = 0.1 * 0.5 / (0.5 + 1e-8);
        double w1 = w0 * (1 - 0.1 * 0.5) - u1;
        assertEquals(w1, w.get("wte").getDouble(0), 1e-12);
        assertEquals(b0 - u1, w.get("h0.attn.b").getDouble(0), 1e-12, "biases are not decayed");
        for (String n : g.names()) g.get(n).assign(-0.25);
        opt.update(w, g);
        // step 2: m = 0.9*0.05 + 0.1*(-0.25) = 0.02; v = 0.99*0.0025 + 0.01*0.0625 = 0.0031
        double mHat = 0.02 / (1 - 0.81), vHat = 0.0031 / (1 - 0.9801);
        double w2 = w1 * (1 - 0.05) - 0.1 * mHat / (Math.sqrt(vHat) + 1e-8);
        assertEquals(w2, w.get("wte").getDouble(0), 1e-12);
        assertEquals(2, opt.step());
    }

    @Test
    void clippingScalesTheGradientToTheMaximumNorm() {
        Parameters w = Parameters.initialise(TINY, 2);
        Parameters g = Parameters.zerosLike(w);
        g.get("wte").putScalar(0, 3.0);
        g.get("wpe").putScalar(1, 4.0);
        AdamW opt = new AdamW(new AdamWConfig(0.1, 0.0, 0.0, 1.0, 0.0, 1.0), w);
        double before = w.get("wte").getDouble(0);
        double norm = opt.update(w, g);
        assertEquals(5.0, norm, 1e-12);
        // beta1 = beta2 = 0: m = g', v = g'^2 with g' = 3 / 5 = 0.6; eps = 1 makes the step depend on the clipped size
        assertEquals(before - 0.1 * 0.6 / (0.6 + 1.0), w.get("wte").getDouble(0), 1e-12);
    }
}
