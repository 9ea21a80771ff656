package jgym.agents.policy;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Drawing one token from a logits row with temperature and nucleus (top-p) filtering, and its log-probability at
 * temperature 1. Logits are read from {@code z[offset .. offset+v-1]}; nothing is modified.
 */
final class TokenChoice {
    private TokenChoice() {}

    /**
     * Draws a token from softmax(z / temperature) restricted to the smallest set of most probable tokens whose mass
     * reaches {@code topP} (ties broken by lower id), renormalised; with {@code topP} 1 the full distribution in id
     * order. Uses exactly one {@code rng.nextDouble()}.
     */
    static int draw(double[] z, int offset, int v, double temperature, double topP, SplittableRandom rng) {
        return drawWithLogProb(z, offset, v, temperature, topP, rng).token();
    }

    /** A drawn token and its {@link #logProb} at the sampling temperature. */
    record Drawn(int token, double logProb) {}

    /**
     * {@link #draw} and {@link #logProb} of the drawn token from one softmax: the sampler's per-row cost was two passes
     * of {@code Math.exp} over the vocabulary, about a tenth of a decode step.
     */
    static Drawn drawWithLogProb(double[] z, int offset, int v, double temperature, double topP, SplittableRandom rng) {
        double max = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < v; a++) max = Math.max(max, z[offset + a]);
        double[] p = new double[v];
        double sum = 0;
        for (int a = 0; a < v; a++) {
            p[a] = Math.exp((z[offset + a] - max) / temperature);
            sum += p[a];
        }
        for (int a = 0; a < v; a++) p[a] /= sum;
        int token = pick(p, topP, rng);
        return new Drawn(token, (z[offset + token] - max) / temperature - Math.log(sum));
    }

    /** A token drawn from probabilities {@code p} (summing to 1) with nucleus filtering at {@code topP}. */
    private static int pick(double[] p, double topP, SplittableRandom rng) {
        int v = p.length;
        if (topP >= 1) {
            double u = rng.nextDouble();
            double cum = 0;
            for (int a = 0; a < v; a++) {
                cum += p[a];
                if (u < cum) return a;
            }
            return lastPositive(p);
        }
        Integer[] order = new Integer[v];
        for (int a = 0; a < v; a++) order[a] = a;
        Arrays.sort(order, (x, y) -> p[x] != p[y] ? Double.compare(p[y], p[x]) : Integer.compare(x, y));
        int keep = v;
        double mass = 0;
        for (int k = 0; k < v; k++) {
            mass += p[order[k]];
            if (mass >= topP) {
                keep = k + 1;
                break;
            }
        }
        double u = rng.nextDouble() * mass;
        double cum = 0;
        for (int k = 0; k < keep; k++) {
            cum += p[order[k]];
            if (u < cum) return order[k];
        }
        return order[keep - 1];
    }

    /** The highest id with non-zero probability (where rounding leaves u just above the cumulative sum). */
    private static int lastPositive(double[] p) {
        for (int a = p.length - 1; a > 0; a--) if (p[a] > 0) return a;
        return 0;
    }

    /** log softmax(z / temperature)[token]: the log-probability of the token at the sampling temperature, before top-p. */
    static double logProb(double[] z, int offset, int v, int token, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < v; a++) max = Math.max(max, z[offset + a] / temperature);
        double sum = 0;
        for (int a = 0; a < v; a++) sum += Math.exp(z[offset + a] / temperature - max);
        return z[offset + token] / temperature - max - Math.log(sum);
    }
}
