package jgym.agents.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastSubOp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Forward and backward passes of the transformer's element-wise pieces, on 2-D row-major arrays [N, C]: LayerNorm,
 * tanh-approximated GELU, row softmax backward, and the causal mask. Pure functions; inputs are never modified unless
 * the method name ends in {@code InPlace}.
 */
final class LayerMath {
    /** LayerNorm's variance epsilon (PyTorch's default). */
    static final double LN_EPS = 1e-5;
    /** Added to masked attention scores; exp of it underflows to exactly 0 in float and double. */
    static final double MASKED = -1e9;
    private static final double GELU_C = Math.sqrt(2.0 / Math.PI);
    private static final double GELU_A = 0.044715;
    /** Floats per block when a native buffer is read into Java: 64 KB, far below G1's humongous-object threshold. */
    static final int CHUNK_FLOATS = 16_384;

    private LayerMath() {}

    /** What LayerNorm's backward needs: the normalised input [N, C] and 1/sqrt(var + eps) per row [N]. */
    record NormCache(INDArray xhat, INDArray rstd) {}

    /**
     * y = (x - mean) / sqrt(var + eps) * g + b, per row of x [N, C]; g and b are [C]. One pass per row in Java over the
     * arrays' buffers (mean, variance, normalise, scale and shift), in double precision: the nine ND4J operations it
     * replaces cost more in per-operation overhead than in arithmetic, most of all in sampling, where N is the batch.
     * Only on the CPU backend, whose buffers are host memory; elsewhere {@link #layerNormOps}.
     */
    static INDArray layerNorm(INDArray x, INDArray g, INDArray b, NormCache[] cacheOut) {
        if (!Backend.isCpu() || x.rank() != 2 || (x.dataType() != DataType.FLOAT && x.dataType() != DataType.DOUBLE)) {
            return layerNormOps(x, g, b, cacheOut);
        }
        int n = Math.toIntExact(x.rows()), c = Math.toIntExact(x.columns());
        double[] gv = Buffers.toDoubles(g), bv = Buffers.toDoubles(b);
        INDArray y = Nd4j.createUninitialized(x.dataType(), n, c);
        INDArray xhat = cacheOut == null ? null : Nd4j.createUninitialized(x.dataType(), n, c);
        double[] rstd = cacheOut == null ? null : new double[n];
        var in = new Buffers.Rows(x);
        var out = new Buffers.Rows(y);
        var hat = xhat == null ? null : new Buffers.Rows(xhat);
        double[] row = new double[c], o = new double[c];
        for (int i = 0; i < n; i++) {
            in.read(i, row);
            double mu = 0;
            for (int j = 0; j < c; j++) mu += row[j];
            mu /= c;
            double var = 0;
            for (int j = 0; j < c; j++) var += (row[j] - mu) * (row[j] - mu);
            double r = 1.0 / Math.sqrt(var / c + LN_EPS);
            for (int j = 0; j < c; j++) {
                row[j] = (row[j] - mu) * r;
                o[j] = row[j] * gv[j] + bv[j];
            }
            out.write(i, o);
            if (hat != null) {
                hat.write(i, row);
                rstd[i] = r;
            }
        }
        if (cacheOut != null) cacheOut[0] = new NormCache(xhat, Nd4j.create(rstd, new long[] {n}, x.dataType()));
        return y;
    }

    /** {@link #layerNorm} as ND4J operations, for arrays the row pass does not read. */
    static INDArray layerNormOps(INDArray x, INDArray g, INDArray b, NormCache[] cacheOut) {
        INDArray mu = x.mean(1); // [N]
        INDArray xc = x.subColumnVector(mu.reshape(-1, 1)); // [N, C]
        INDArray var = xc.mul(xc).mean(1); // [N]
        INDArray rstd = Transforms.pow(var.addi(LN_EPS), -0.5, false); // [N]
        INDArray xhat = xc.muliColumnVector(rstd.reshape(-1, 1)); // [N, C]
        if (cacheOut != null) cacheOut[0] = new NormCache(xhat, rstd);
        return xhat.mulRowVector(g).addiRowVector(b);
    }

    /**
     * LayerNorm backward: accumulates dL/dg and dL/db into {@code dg}, {@code db} and returns dL/dx [N, C].
     * dx = rstd * (dxhat - mean(dxhat) - xhat * mean(dxhat * xhat)), with dxhat = dy * g.
     */
    static INDArray layerNormBackward(INDArray dy, INDArray g, NormCache cache, INDArray dg, INDArray db) {
        INDArray xhat = cache.xhat();
        addColumnSums(dy.mul(xhat), dg);
        addColumnSums(dy, db);
        INDArray dxhat = dy.mulRowVector(g); // [N, C]
        INDArray meanD = dxhat.mean(1).reshape(-1, 1); // [N, 1]
        INDArray meanDX = dxhat.mul(xhat).mean(1).reshape(-1, 1); // [N, 1]
        INDArray dx = dxhat.subiColumnVector(meanD).subi(xhat.mulColumnVector(meanDX)); // [N, C]
        return dx.muliColumnVector(cache.rstd().reshape(-1, 1));
    }

    /**
     * GELU, tanh approximation (GPT-2): 0.5 x (1 + tanh(u)), u = sqrt(2/pi) (x + 0.044715 x^3), computed as the
     * identical x * sigmoid(2u); puts sigmoid(2u) in sigmoidOut[0] for {@link #geluBackward}. ND4J's sigmoid costs
     * about what its exp does and ~half its tanh on CPU, and this form takes 6 array passes where the tanh form took
     * 11. The result differs from the tanh form by float rounding. libnd4j's PreciseGELU is no substitute: it computes
     * x + (0.044715 x)^3 inside the tanh.
     */
    static INDArray gelu(INDArray x, INDArray[] sigmoidOut) {
        INDArray s = x.mul(x).muli(2 * GELU_C * GELU_A).addi(2 * GELU_C).muli(x); // 2u
        Nd4j.getExecutioner().exec(new Sigmoid(s, s)); // sigmoid(2u) = 0.5 (1 + tanh(u))
        sigmoidOut[0] = s;
        return s.mul(x);
    }

    /**
     * Adds the column sums of {@code m} [N, K] to {@code acc} [K], in place. A float array that owns its row-major
     * buffer is summed in Java, row after row (on 2048 x 512 ~2x faster than a GEMM with a row of ones and ~10x
     * faster than ND4J's sum(0)); anything else, and every array off the CPU backend, goes through the GEMM
     * ({@link #addColumnSumsPortable}).
     */
    static void addColumnSums(INDArray m, INDArray acc) {
        int n = Math.toIntExact(m.size(0)), k = Math.toIntExact(m.size(1));
        if (Backend.isCpu() && m.dataType() == DataType.FLOAT && !m.isView() && m.ordering() == 'c' && m.data().length() == (long) n * k) {
            // Rows are copied in blocks of <= 64 KB: one copy of the whole array (1-4 MB here) is a G1 humongous
            // allocation, and those forced ~3 collections per training step.
            java.nio.FloatBuffer buffer = m.data().asNioFloat();
            int block = Math.max(1, CHUNK_FLOATS / k);
            float[] rows = new float[Math.min(n, block) * k];
            float[] sums = new float[k];
            for (int first = 0; first < n; first += block) {
                int count = Math.min(block, n - first);
                buffer.get(first * k, rows, 0, count * k);
                for (int i = 0; i < count; i++) {
                    int off = i * k;
                    for (int j = 0; j < k; j++) sums[j] += rows[off + j];
                }
            }
            acc.addi(Nd4j.createFromArray(sums).reshape(acc.shape()));
        } else {
            addColumnSumsPortable(m, acc);
        }
    }

    /** {@link #addColumnSums} as a GEMM with a row of ones: every backend. */
    static void addColumnSumsPortable(INDArray m, INDArray acc) {
        int n = Math.toIntExact(m.size(0)), k = Math.toIntExact(m.size(1));
        INDArray ones = Nd4j.ones(m.dataType(), 1, n); // [1, N]
        Nd4j.gemm(ones, m, acc.reshape(1, k), false, false, 1.0, 1.0); // [1, K]
    }

    /**
     * GELU backward from s = sigmoid(2u) of {@link #gelu}: dy * (s + 2 sqrt(2/pi) x s (1 - s) (1 + 3 * 0.044715 x^2)),
     * which is the tanh form's dy * (0.5 (1 + t) + 0.5 x (1 - t^2) sqrt(2/pi) (1 + 3 * 0.044715 x^2)) with t = 2s - 1.
     */
    static INDArray geluBackward(INDArray dy, INDArray x, INDArray s) {
        INDArray inner = x.mul(x).muli(3 * GELU_A).addi(1.0).muli(2 * GELU_C); // [N, M]
        INDArray local = s.rsub(1.0).muli(s).muli(inner).muli(x).addi(s); // [N, M]
        return local.muli(dy);
    }

    /** Softmax backward along the last axis of rank-4 arrays: dS = P * (dP - sum(dP * P, last)); overwrites dP. */
    static INDArray softmaxBackward(INDArray dP, INDArray p) {
        INDArray dot = dP.mul(p).sum(3); // [B, H, S]
        Nd4j.getExecutioner().exec(new BroadcastSubOp(dP, dot, dP, 0, 1, 2)); // [B, H, S, K]
        return dP.muli(p);
    }

    /**
     * Adds the causal mask in place to scores [B, H, S, K] whose S queries sit at absolute positions
     * {@code start .. start+S-1} and whose K keys at 0 .. K-1: key j is hidden from query i when j > start + i.
     */
    static void causalMaskInPlace(INDArray scores, int start) {
        long s = scores.size(2), k = scores.size(3);
        if (start + s <= 1 && k <= 1) return;
        double[] m = new double[Math.toIntExact(s * k)];
        boolean any = false;
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < k; j++) {
                if (j > start + i) {
                    m[(int) (i * k + j)] = MASKED;
                    any = true;
                }
            }
        }
        if (!any) return;
        INDArray mask = Nd4j.create(m, new long[] {s, k}, scores.dataType()); // [S, K]
        Nd4j.getExecutioner().exec(new BroadcastAddOp(scores, mask, scores, 2, 3));
    }
}
