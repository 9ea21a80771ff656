package jgym.agents.model;

/**
 * One query's attention over one head's cached keys and values, and LayerNorm of one row: the decode step's
 * innermost loops, in two
 * implementations: {@link VectorRowKernels} on the JDK's Vector API (SIMD on every CPU the JIT supports) when the
 * process was started with {@code --add-modules jdk.incubator.vector} (the {@code gym} launcher and the test runs do),
 * {@link ScalarRowKernels} otherwise. {@code -Djgym.vector=false} forces the scalar kernels. {@code DecoderTest}
 * checks that both agree with a direct computation.
 *
 * <p>Why: the JIT does not vectorise a float reduction, nor a loop that stores into one array at another offset than
 * it loads from another (it cannot rule out that they are the same array), and attention is made of both.
 */
sealed interface RowKernels permits ScalarRowKernels, VectorRowKernels {
    /** Positions past the last one that a kernel may touch: the widest float vector (512 bits). */
    int PADDING = 16;

    /**
     * out[oo + d] = sum over t < count of softmax_t(scale * q . k_t) v_t[d], for d < hd, where q = q[qo ..], key t's
     * element d is {@code keysT[kBase + d * stride + t]} (keys stored transposed: a head's positions side by side) and
     * value t's is {@code values[vBase + t * hd + d]}. {@code scores} is scratch. Padding: the kernels may read key
     * rows and write {@code scores} up to {@link #PADDING} positions past {@code count} (the values read there are
     * never used), so both arrays must extend that far.
     */
    void attend(float[] q, int qo, float[] keysT, int kBase, int stride, float[] values, int vBase, int hd, int count, float scale,
                float[] scores, float[] out, int oo);

    /**
     * dst[to + j] = (src[from + j] - mean) / sqrt(var + eps) * g[j] + b[j] for j < c, mean and (biased) variance over
     * src[from .. from + c).
     */
    void layerNorm(float[] src, int from, float[] dst, int to, float[] g, float[] b, int c, float eps);

    /** Vector kernels when the incubator module is in the boot layer and not switched off, else scalar ones. */
    static RowKernels best() {
        boolean vector = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
                && !"false".equalsIgnoreCase(System.getProperty("jgym.vector"));
        return vector ? VectorRowKernels.INSTANCE : ScalarRowKernels.INSTANCE;
    }
}
