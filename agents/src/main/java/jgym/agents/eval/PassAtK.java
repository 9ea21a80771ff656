package jgym.agents.eval;

/**
 * The unbiased pass@k estimator of Chen et al. (2021), "Evaluating Large Language Models Trained on Code", section 2.1:
 * with {@code n >= k} samples of which {@code c} are correct, {@code pass@k = 1 - C(n-c, k) / C(n, k)}, computed as the
 * numerically stable product {@code 1 - prod_{i=n-c+1}^{n} (1 - k / i)} the paper's figure 3 gives.
 */
public final class PassAtK {
    private PassAtK() {}

    /** pass@k of one task with {@code n} samples, {@code c} of them correct. */
    public static double estimate(int n, int c, int k) {
        if (n < 1 || k < 1 || k > n) throw new IllegalArgumentException("need 1 <= k <= n, got n=" + n + " k=" + k);
        if (c < 0 || c > n) throw new IllegalArgumentException("c must be in [0, n], got c=" + c + " n=" + n);
        if (n - c < k) return 1.0;
        double fail = 1.0;
        for (int i = n - c + 1; i <= n; i++) fail *= 1.0 - (double) k / i;
        return 1.0 - fail;
    }
}
