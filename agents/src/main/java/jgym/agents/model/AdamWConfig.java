package jgym.agents.model;

/**
 * AdamW's hyper-parameters (Loshchilov and Hutter 2019) and global gradient-norm clipping.
 *
 * @param learningRate alpha, > 0
 * @param beta1        first-moment decay in [0, 1)
 * @param beta2        second-moment decay in [0, 1)
 * @param epsilon      added to sqrt(v_hat), > 0
 * @param weightDecay  decoupled decay per step, multiplied by the learning rate, >= 0; applied to matrices only
 *                     (not to biases, LayerNorm gains or the value bias)
 * @param maxGradNorm  the global L2 norm the gradient is clipped to before the update, > 0 (infinity disables it)
 */
public record AdamWConfig(double learningRate, double beta1, double beta2, double epsilon, double weightDecay, double maxGradNorm) {
    public AdamWConfig {
        if (!(learningRate > 0)) throw new IllegalArgumentException("learningRate must be > 0, got " + learningRate);
        if (!(beta1 >= 0 && beta1 < 1)) throw new IllegalArgumentException("beta1 must be in [0, 1), got " + beta1);
        if (!(beta2 >= 0 && beta2 < 1)) throw new IllegalArgumentException("beta2 must be in [0, 1), got " + beta2);
        if (!(epsilon > 0)) throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
        if (!(weightDecay >= 0)) throw new IllegalArgumentException("weightDecay must be >= 0, got " + weightDecay);
        if (!(maxGradNorm > 0)) throw new IllegalArgumentException("maxGradNorm must be > 0, got " + maxGradNorm);
    }

    /** nanoGPT's small-model defaults: lr 1e-3, betas (0.9, 0.99), eps 1e-8, weight decay 0.1, clip at norm 1. */
    public static AdamWConfig defaults() {
        return new AdamWConfig(1e-3, 0.9, 0.99, 1e-8, 0.1, 1.0);
    }

    /** The same settings with another learning rate. */
    public AdamWConfig withLearningRate(double newLearningRate) {
        return new AdamWConfig(newLearningRate, beta1, beta2, epsilon, weightDecay, maxGradNorm);
    }
}
