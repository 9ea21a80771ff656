package jgym.agents.rl;

/**
 * A per-token estimator of KL(pi || pi_ref) from one sampled token, after Schulman's "Approximating KL divergence"
 * (2020). With {@code d = logp_ref - logp} (the log of pi_ref / pi at the sampled token):
 * <ul>
 *   <li>{@link #K1}: {@code -d}, unbiased, high variance, can be negative;</li>
 *   <li>{@link #K2}: {@code d^2 / 2}, biased, low variance, never negative;</li>
 *   <li>{@link #K3}: {@code exp(d) - d - 1}, unbiased and never negative (GRPO's default, DeepSeekMath eq. 4).</li>
 * </ul>
 * Each gives its value and its exact derivative with respect to {@code logp} (the reference is frozen).
 */
public enum KlEstimator {
    K1 {
        @Override
        public double value(double logp, double refLogp) {
            return logp - refLogp;
        }

        @Override
        public double derivative(double logp, double refLogp) {
            return 1.0;
        }
    },
    K2 {
        @Override
        public double value(double logp, double refLogp) {
            double d = refLogp - logp;
            return 0.5 * d * d;
        }

        @Override
        public double derivative(double logp, double refLogp) {
            return logp - refLogp; // d/dlogp of (ref - logp)^2 / 2
        }
    },
    K3 {
        @Override
        public double value(double logp, double refLogp) {
            double d = refLogp - logp;
            return Math.exp(d) - d - 1.0;
        }

        @Override
        public double derivative(double logp, double refLogp) {
            return 1.0 - Math.exp(refLogp - logp); // d/dlogp of exp(ref - logp) - (ref - logp) - 1
        }
    };

    /** The estimate at one token, in nats. */
    public abstract double value(double logp, double refLogp);

    /** d value / d logp at one token. */
    public abstract double derivative(double logp, double refLogp);
}
