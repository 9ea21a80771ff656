package jgym.agents.model;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link RowKernels} on the Vector API in the CPU's widest float vectors: scores for a vector of positions at a time
 * (keys are stored transposed, so no horizontal sums), the softmax's exp lane-wise, and the weighted sum of values
 * with its accumulator in a register per vector of hd. No masked operations: on JDK 17 they fall back to Java code
 * (JFR: {@code VectorPayload.getPayload}, {@code blendTemplate}), so the last vector of positions runs whole over the
 * caller's padding and only the first {@code count} scores are used. Loaded only when {@code jdk.incubator.vector} is
 * in the boot layer ({@link RowKernels#best}).
 */
final class VectorRowKernels implements RowKernels {
    static final VectorRowKernels INSTANCE = new VectorRowKernels();
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private VectorRowKernels() {}

    @Override
    public void attend(float[] q, int qo, float[] keysT, int kBase, int stride, float[] values, int vBase, int hd, int count, float scale,
                       float[] scores, float[] out, int oo) {
        for (int t = 0; t < count; t += LANES) {
            FloatVector s = FloatVector.zero(SPECIES);
            for (int d = 0; d < hd; d++) {
                s = FloatVector.fromArray(SPECIES, keysT, kBase + d * stride + t).fma(FloatVector.broadcast(SPECIES, q[qo + d]), s);
            }
            s.mul(scale).intoArray(scores, t);
        }
        float max = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < count; t++) max = Math.max(max, scores[t]);
        for (int t = 0; t < count; t += LANES) {
            FloatVector.fromArray(SPECIES, scores, t).sub(max).lanewise(VectorOperators.EXP).intoArray(scores, t);
        }
        float sum = 0;
        for (int t = 0; t < count; t++) sum += scores[t];
        float inv = 1f / sum;
        int d = 0;
        for (int bound = SPECIES.loopBound(hd); d < bound; d += LANES) {
            FloatVector acc = FloatVector.zero(SPECIES);
            for (int t = 0; t < count; t++) {
                acc = FloatVector.fromArray(SPECIES, values, vBase + t * hd + d).fma(FloatVector.broadcast(SPECIES, scores[t]), acc);
            }
            acc.mul(inv).intoArray(out, oo + d);
        }
        for (; d < hd; d++) {
            float acc = 0;
            for (int t = 0; t < count; t++) acc += scores[t] * values[vBase + t * hd + d];
            out[oo + d] = acc * inv;
        }
    }

    /** Sums in float vectors (lane-wise partial sums, then across lanes); the scalar kernel sums in double. */
    @Override
    public void layerNorm(float[] src, int from, float[] dst, int to, float[] g, float[] b, int c, float eps) {
        int bound = SPECIES.loopBound(c);
        FloatVector sum = FloatVector.zero(SPECIES);
        for (int j = 0; j < bound; j += LANES) sum = sum.add(FloatVector.fromArray(SPECIES, src, from + j));
        float mu = sum.reduceLanes(VectorOperators.ADD);
        for (int j = bound; j < c; j++) mu += src[from + j];
        mu /= c;
        FloatVector sq = FloatVector.zero(SPECIES);
        for (int j = 0; j < bound; j += LANES) {
            FloatVector d = FloatVector.fromArray(SPECIES, src, from + j).sub(mu);
            sq = d.fma(d, sq);
        }
        float var = sq.reduceLanes(VectorOperators.ADD);
        for (int j = bound; j < c; j++) var += (src[from + j] - mu) * (src[from + j] - mu);
        float r = (float) (1.0 / Math.sqrt(var / c + eps));
        for (int j = 0; j < bound; j += LANES) {
            FloatVector.fromArray(SPECIES, src, from + j).sub(mu).mul(r)
                    .fma(FloatVector.fromArray(SPECIES, g, j), FloatVector.fromArray(SPECIES, b, j)).intoArray(dst, to + j);
        }
        for (int j = bound; j < c; j++) dst[to + j] = (src[from + j] - mu) * r * g[j] + b[j];
    }
}
