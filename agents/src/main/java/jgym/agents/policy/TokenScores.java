package jgym.agents.policy;

import jgym.agents.model.Buffers;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Per-completion-token log-probabilities, entropies and (optionally) the softmax rows of a logits matrix at temperature
 * T (the softmax of logits / T), computed in double precision, plus the logits gradient that backpropagates dL/dlogp:
 * d logp_t / d logits = (onehot(t) - softmax(logits / T)) / T.
 *
 * @param logProbs    per sequence, log pi_T(target_j | context), in nats
 * @param entropy     per sequence, entropy of the tempered next-token distribution at each completion position, in nats
 * @param probs       per scored position (sequence-major), the tempered softmax row of length V; null when not kept
 * @param temperature T, > 0
 */
record TokenScores(float[][] logProbs, float[][] entropy, double[][] probs, double temperature) {

    /** Scores {@code layout}'s completion tokens under {@code logits} [B*L, V] at temperature 1. */
    static TokenScores of(INDArray logits, RightPaddedBatch layout, boolean keepProbs) {
        return of(logits, layout, keepProbs, 1.0);
    }

    /** Scores {@code layout}'s completion tokens under {@code logits / temperature}. */
    static TokenScores of(INDArray logits, RightPaddedBatch layout, boolean keepProbs, double temperature) {
        int v = (int) logits.size(1);
        Buffers.Rows rows = new Buffers.Rows(logits); // [N, V], read one scored row at a time
        double[] z = new double[v];
        int n = layout.batch();
        float[][] logProbs = new float[n][];
        float[][] entropy = new float[n][];
        int scored = 0;
        for (int[] t : layout.targets()) scored += t.length;
        double[][] probs = keepProbs ? new double[scored][] : null;
        int k = 0;
        for (int i = 0; i < n; i++) {
            int[] targets = layout.targets()[i];
            logProbs[i] = new float[targets.length];
            entropy[i] = new float[targets.length];
            for (int j = 0; j < targets.length; j++) {
                rows.read(layout.row(i, j), z);
                if (temperature != 1.0) for (int a = 0; a < v; a++) z[a] /= temperature;
                double max = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < v; a++) max = Math.max(max, z[a]);
                double[] p = new double[v];
                double sum = 0;
                for (int a = 0; a < v; a++) {
                    p[a] = Math.exp(z[a] - max);
                    sum += p[a];
                }
                double logZ = max + Math.log(sum);
                double h = 0;
                for (int a = 0; a < v; a++) {
                    p[a] /= sum;
                    if (p[a] > 0) h -= p[a] * (z[a] - logZ);
                }
                logProbs[i][j] = (float) (z[targets[j]] - logZ);
                entropy[i][j] = (float) h;
                if (keepProbs) probs[k] = p;
                k++;
            }
        }
        return new TokenScores(logProbs, entropy, probs, temperature);
    }

    /** dL/dlogits [B*L, V] for dL/dlogp {@code dLogProbs}: row (i, j) gets dl * (onehot(target) - softmax) / T; 0 elsewhere. */
    INDArray logitsGradient(RightPaddedBatch layout, float[][] dLogProbs, int v, DataType type) {
        Buffers.Rows rows = new Buffers.Rows(Nd4j.create(type, (long) layout.batch() * layout.length(), v)); // zeros
        double[] d = new double[v];
        int k = 0;
        for (int i = 0; i < layout.batch(); i++) {
            int[] targets = layout.targets()[i];
            if (dLogProbs[i].length != targets.length) {
                throw new IllegalArgumentException("dLogProbs[" + i + "] has " + dLogProbs[i].length + " entries, expected " + targets.length);
            }
            for (int j = 0; j < targets.length; j++) {
                double dl = dLogProbs[i][j] / temperature;
                double[] p = probs[k++];
                for (int a = 0; a < v; a++) d[a] = -dl * p[a];
                d[targets[j]] += dl;
                rows.write(layout.row(i, j), d);
            }
        }
        return rows.array(); // in the caller's workspace, if any
    }
}
