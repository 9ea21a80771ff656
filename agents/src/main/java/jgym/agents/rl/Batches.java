package jgym.agents.rl;

import java.util.SplittableRandom;
import jgym.agents.policy.SequenceBatch;

/** Array plumbing shared by the trainers: precision changes, minibatch splits and row gathers. */
final class Batches {
    private Batches() {}

    static double[] toDouble(float[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = x[i];
        return out;
    }

    static double[][] toDouble(float[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) out[i] = toDouble(x[i]);
        return out;
    }

    static float[][] toFloat(double[][] x) {
        float[][] out = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = new float[x[i].length];
            for (int t = 0; t < x[i].length; t++) out[i][t] = (float) x[i][t];
        }
        return out;
    }

    /** A random partition of {@code 0 .. n-1} into {@code k} nearly equal parts (fewer when n < k). */
    static int[][] miniBatches(int n, int k, SplittableRandom rng) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = perm[i];
            perm[i] = perm[j];
            perm[j] = tmp;
        }
        int parts = Math.max(1, Math.min(k, n));
        int[][] out = new int[parts][];
        for (int p = 0; p < parts; p++) {
            int from = (int) ((long) n * p / parts);
            int to = (int) ((long) n * (p + 1) / parts);
            out[p] = java.util.Arrays.copyOfRange(perm, from, to);
            java.util.Arrays.sort(out[p]);
        }
        return out;
    }

    static double[][] rows(double[][] x, int[] idx) {
        double[][] out = new double[idx.length][];
        for (int i = 0; i < idx.length; i++) out[i] = x[idx[i]];
        return out;
    }

    static boolean[][] rows(boolean[][] x, int[] idx) {
        boolean[][] out = new boolean[idx.length][];
        for (int i = 0; i < idx.length; i++) out[i] = x[idx[i]];
        return out;
    }

    static double[] rows(double[] x, int[] idx) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) out[i] = x[idx[i]];
        return out;
    }

    static SequenceBatch rows(SequenceBatch b, int[] idx) {
        int[][] prompts = new int[idx.length][];
        int[][] completions = new int[idx.length][];
        for (int i = 0; i < idx.length; i++) {
            prompts[i] = b.prompts()[idx[i]];
            completions[i] = b.completions()[idx[i]];
        }
        return new SequenceBatch(prompts, completions, b.temperature());
    }

    /**
     * Stops training before a non-finite loss poisons the weights (e.g. k3's {@code exp(ref - logp)} overflowing once
     * the policy has moved far from the reference).
     */
    static void requireFinite(String algorithm, long step, double loss, String parts) {
        if (!Double.isFinite(loss)) {
            throw new IllegalStateException(algorithm + " step " + step + ": the loss is " + loss + " (" + parts
                    + "); the update was not applied. Lower the learning rate, beta or the KL coefficient");
        }
    }

    /** Checks that {@code x} has the shape of {@code mask}: as many sequences, and as many tokens in each. */
    static void requireShape(String name, double[][] x, boolean[][] mask) {
        if (x.length != mask.length) {
            throw new IllegalArgumentException(name + ": " + x.length + " sequences, expected " + mask.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != mask[i].length) {
                throw new IllegalArgumentException(name + ": sequence " + i + " has " + x[i].length + " tokens, expected " + mask[i].length);
            }
        }
    }

    /** Checks that {@code x} holds one value per sequence of {@code mask}. */
    static void requireLength(String name, double[] x, boolean[][] mask) {
        if (x.length != mask.length) {
            throw new IllegalArgumentException(name + ": " + x.length + " values, expected one per sequence: " + mask.length);
        }
    }

    /** True when at least one token of {@code mask} is true. */
    static boolean anyToken(boolean[][] mask) {
        for (boolean[] row : mask) for (boolean m : row) if (m) return true;
        return false;
    }

    /** Mean of {@code x} over the tokens where {@code mask} is true; 0 when none is. */
    static double maskedMean(double[][] x, boolean[][] mask) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < x.length; i++) {
            for (int t = 0; t < x[i].length; t++) {
                if (mask[i][t]) {
                    sum += x[i][t];
                    n++;
                }
            }
        }
        return n == 0 ? 0.0 : sum / n;
    }
}
