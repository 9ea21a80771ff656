package jgym.agents.model;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Batches of small matrix products, C_g = op(A_g) op(B_g) for g < G, where the row-major matrices of each operand lie
 * back to back in one array's buffer from an element offset on: one BLAS call per g, straight on the buffers, through
 * the same OpenBLAS (bytedeco's openblas_nolapack) that ND4J's 2-D gemm calls.
 *
 * <p>Why: {@code Nd4j.matmul} of rank-4 arrays does not reach BLAS on ND4J 1.0.0-M2.1 CPU: [32, 4, 64, 32] x
 * [32, 4, 32, 64] took 2.0-2.2 ms (~16 GFLOP/s) where the step's 2-D products reach 75-93 GFLOP/s, and attention runs
 * five such products per layer in a training step. Offsets into an owning array rather than views: a view's
 * {@code data()} is its own offset buffer outside a workspace but the whole parent buffer inside one.
 */
final class BatchedGemm {
    private static final int ROW_MAJOR = 101, NO_TRANS = 111, TRANS = 112;

    private BatchedGemm() {}

    /**
     * For g < groups: C_g = op(A_g) op(B_g), op(A_g) [m, k], op(B_g) [k, n], C_g [m, n] overwritten; A_g starts at
     * element aOff + g*m*k of {@code a} (likewise B, C). Arrays must be row-major, float or double alike, and own
     * their whole buffer (not views).
     */
    static void multiply(int groups, int m, int n, int k, INDArray a, long aOff, boolean transA, INDArray b, long bOff, boolean transB,
                         INDArray c, long cOff) {
        long aStride = (long) m * k, bStride = (long) k * n, cStride = (long) m * n;
        check(a, "a", aOff + groups * aStride);
        check(b, "b", bOff + groups * bStride);
        check(c, "c", cOff + groups * cStride);
        if (a.dataType() != c.dataType() || b.dataType() != c.dataType()) {
            throw new IllegalArgumentException("data types differ: " + a.dataType() + ", " + b.dataType() + ", " + c.dataType());
        }
        int lda = transA ? m : k, ldb = transB ? k : n;
        int ta = transA ? TRANS : NO_TRANS, tb = transB ? TRANS : NO_TRANS;
        if (c.dataType() == DataType.FLOAT) {
            FloatPointer pa = new FloatPointer(a.data().addressPointer()), pb = new FloatPointer(b.data().addressPointer());
            FloatPointer pc = new FloatPointer(c.data().addressPointer());
            for (int g = 0; g < groups; g++) {
                openblas_nolapack.cblas_sgemm(ROW_MAJOR, ta, tb, m, n, k, 1f, pa.position(aOff + g * aStride), lda,
                        pb.position(bOff + g * bStride), ldb, 0f, pc.position(cOff + g * cStride), n);
            }
        } else {
            DoublePointer pa = new DoublePointer(a.data().addressPointer()), pb = new DoublePointer(b.data().addressPointer());
            DoublePointer pc = new DoublePointer(c.data().addressPointer());
            for (int g = 0; g < groups; g++) {
                openblas_nolapack.cblas_dgemm(ROW_MAJOR, ta, tb, m, n, k, 1.0, pa.position(aOff + g * aStride), lda,
                        pb.position(bOff + g * bStride), ldb, 0.0, pc.position(cOff + g * cStride), n);
            }
        }
    }

    private static void check(INDArray x, String name, long end) {
        if (x.isView() || x.ordering() != 'c' || x.offset() != 0 || x.data().length() != x.length()
                || (x.dataType() != DataType.FLOAT && x.dataType() != DataType.DOUBLE)) {
            throw new IllegalArgumentException(name + " must be a row-major float or double array that owns its whole buffer, got "
                    + java.util.Arrays.toString(x.shape()) + " " + x.ordering() + " " + x.dataType() + (x.isView() ? " view" : ""));
        }
        if (end > x.length()) throw new IllegalArgumentException(name + " holds " + x.length() + " elements, the batch needs " + end);
    }
}
