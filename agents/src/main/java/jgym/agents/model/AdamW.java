package jgym.agents.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * AdamW with global gradient-norm clipping, updating {@link Parameters} in place.
 *
 * <p>Per step t (from 1): g = clip(grad); m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2;
 * w = w - lr * (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps) - lr * wd * w (the decay for matrices only).
 */
public final class AdamW {
    private AdamWConfig config;
    private final Parameters m;
    private final Parameters v;
    private long step;

    /** A fresh optimiser for parameters shaped like {@code like}, at step 0. */
    public AdamW(AdamWConfig config, Parameters like) {
        this(config, Parameters.zerosLike(like), Parameters.zerosLike(like), 0);
    }

    /** An optimiser resumed from saved moments at {@code step} completed updates. */
    public AdamW(AdamWConfig config, Parameters m, Parameters v, long step) {
        if (step < 0) throw new IllegalArgumentException("step must be >= 0, got " + step);
        this.config = config;
        this.m = m;
        this.v = v;
        this.step = step;
    }

    /**
     * Clips {@code grads} to the configured global norm, applies one update to {@code params} and returns the
     * gradient's global norm before clipping. Does not clear {@code grads}.
     */
    public double update(Parameters params, Parameters grads) {
        double norm = grads.globalNorm();
        double scale = norm > config.maxGradNorm() ? config.maxGradNorm() / norm : 1.0;
        step++;
        double b1 = config.beta1(), b2 = config.beta2(), lr = config.learningRate();
        double c1 = 1 - Math.pow(b1, step), c2 = 1 - Math.pow(b2, step);
        INDArray w = params.flat(), g = grads.flat(); // [count]
        INDArray mi = m.flat().muli(b1).addi(g.mul(scale * (1 - b1)));
        INDArray vi = v.flat().muli(b2).addi(g.mul(g).muli(scale * scale * (1 - b2)));
        INDArray denom = Transforms.sqrt(vi.div(c2), false).addi(config.epsilon());
        if (config.weightDecay() > 0) {
            for (String name : params.names()) {
                INDArray wi = params.get(name); // a view of w
                if (wi.rank() == 2) wi.muli(1 - lr * config.weightDecay());
            }
        }
        w.subi(denom.rdivi(mi).muli(lr / c1));
        return norm;
    }

    /** Updates completed so far. */
    public long step() {
        return step;
    }

    public AdamWConfig config() {
        return config;
    }

    /** Changes the hyper-parameters from the next update on (e.g. a learning-rate schedule); moments are kept. */
    public void setConfig(AdamWConfig newConfig) {
        this.config = newConfig;
    }

    /** First moments (live, not a copy). */
    public Parameters firstMoments() {
        return m;
    }

    /** Second moments (live, not a copy). */
    public Parameters secondMoments() {
        return v;
    }
}
