package jgym.agents.rl;

/** Sums the statistics of each minibatch of a step and averages them into one {@link UpdateStats}. */
final class UpdateLog {
    private int n;
    private double loss, pgLoss, valueLoss, kl, approxKl, clipLow, clipHigh, entropy;
    private boolean hasValue, hasKl, hasApproxKl, hasClip;

    /** Adds one minibatch; null arguments mark a statistic the algorithm does not have. */
    void add(double loss, double pgLoss, Double valueLoss, Double kl, Double approxKl, Double clipLow, Double clipHigh,
             double entropy) {
        n++;
        this.loss += loss;
        this.pgLoss += pgLoss;
        this.entropy += entropy;
        if (valueLoss != null) {
            hasValue = true;
            this.valueLoss += valueLoss;
        }
        if (kl != null) {
            hasKl = true;
            this.kl += kl;
        }
        if (approxKl != null) {
            hasApproxKl = true;
            this.approxKl += approxKl;
        }
        if (clipLow != null && clipHigh != null) {
            hasClip = true;
            this.clipLow += clipLow;
            this.clipHigh += clipHigh;
        }
    }

    /** True when no minibatch was logged (every one was fully masked). */
    boolean isEmpty() {
        return n == 0;
    }

    UpdateStats mean() {
        if (n == 0) throw new IllegalStateException("no minibatch was logged");
        return new UpdateStats(loss / n, pgLoss / n, hasValue ? valueLoss / n : null, hasKl ? kl / n : null,
                hasApproxKl ? approxKl / n : null, hasClip ? clipLow / n : null, hasClip ? clipHigh / n : null, entropy / n);
    }
}
