package jgym.agents.rl;

/**
 * The trust region of a clipped surrogate: the probability ratio is clipped to {@code [1 - epsilonLow, 1 + epsilonHigh]}.
 *
 * <p>PPO and GRPO use one epsilon on both sides ({@link #symmetric}); DAPO's clip-higher raises only
 * {@code epsilonHigh} (0.28 in the paper against {@code epsilonLow} 0.2) so that unlikely tokens with a positive
 * advantage can grow faster, which keeps entropy from collapsing.
 *
 * @param epsilonLow  how far the ratio may fall below 1 before a negative advantage stops pushing it, in [0, 1)
 * @param epsilonHigh how far the ratio may rise above 1 before a positive advantage stops pushing it, >= 0
 */
public record ClipRange(double epsilonLow, double epsilonHigh) {
    public ClipRange {
        if (!(epsilonLow >= 0 && epsilonLow < 1)) throw new IllegalArgumentException("epsilonLow must be in [0, 1), got " + epsilonLow);
        if (!(epsilonHigh >= 0 && Double.isFinite(epsilonHigh))) {
            throw new IllegalArgumentException("epsilonHigh must be finite and >= 0, got " + epsilonHigh);
        }
    }

    /** The same epsilon on both sides, as in PPO and GRPO. */
    public static ClipRange symmetric(double epsilon) {
        return new ClipRange(epsilon, epsilon);
    }

    /** DAPO's clip-higher: a larger upper epsilon than lower. */
    public static ClipRange clipHigher(double epsilonLow, double epsilonHigh) {
        return new ClipRange(epsilonLow, epsilonHigh);
    }

    /** The ratio clipped into {@code [1 - epsilonLow, 1 + epsilonHigh]}. */
    public double clip(double ratio) {
        return Math.max(1 - epsilonLow, Math.min(1 + epsilonHigh, ratio));
    }
}
