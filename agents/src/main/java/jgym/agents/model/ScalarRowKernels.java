package jgym.agents.model;

/** {@link RowKernels} in plain Java, with {@link FloatMath#exp} for the softmax. */
final class ScalarRowKernels implements RowKernels {
    static final ScalarRowKernels INSTANCE = new ScalarRowKernels();

    private ScalarRowKernels() {}

    @Override
    public void attend(float[] q, int qo, float[] keysT, int kBase, int stride, float[] values, int vBase, int hd, int count, float scale,
                       float[] scores, float[] out, int oo) {
        java.util.Arrays.fill(scores, 0, count, 0f);
        for (int d = 0; d < hd; d++) {
            float qd = q[qo + d] * scale;
            int row = kBase + d * stride;
            for (int t = 0; t < count; t++) scores[t] += qd * keysT[row + t];
        }
        float max = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < count; t++) max = Math.max(max, scores[t]);
        float sum = 0;
        for (int t = 0; t < count; t++) {
            float e = FloatMath.exp(scores[t] - max);
            scores[t] = e;
            sum += e;
        }
        float inv = 1f / sum;
        java.util.Arrays.fill(out, oo, oo + hd, 0f);
        for (int t = 0; t < count; t++) {
            float p = scores[t] * inv;
            int vt = vBase + t * hd;
            for (int d = 0; d < hd; d++) out[oo + d] += p * values[vt + d];
        }
    }

    /** Statistics in double, as {@link LayerMath#layerNorm}. */
    @Override
    public void layerNorm(float[] src, int from, float[] dst, int to, float[] g, float[] b, int c, float eps) {
        double mu = 0;
        for (int j = 0; j < c; j++) mu += src[from + j];
        mu /= c;
        double var = 0;
        for (int j = 0; j < c; j++) {
            double d = src[from + j] - mu;
            var += d * d;
        }
        double r = 1.0 / Math.sqrt(var / c + eps);
        for (int j = 0; j < c; j++) dst[to + j] = (float) ((src[from + j] - mu) * r * g[j] + b[j]);
    }
}
