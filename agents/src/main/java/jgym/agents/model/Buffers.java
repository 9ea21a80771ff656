package jgym.agents.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Bulk copies between ND4J arrays and Java arrays. ND4J 1.0.0-M2.1's {@code data().asDouble()} on a float buffer and
 * {@code Nd4j.create(double[])} of a float array convert element by element through virtual calls (the latter was ~2%
 * of a training step's profile samples for the 2048 x 101 logits gradient); a direct-buffer bulk copy is a memcpy.
 */
public final class Buffers {
    private Buffers() {}

    /** The elements of {@code a} in row-major order as doubles; one bulk copy when {@code a} owns a float or double buffer. */
    public static double[] toDoubles(INDArray a) {
        if (ownsBuffer(a) && a.dataType() == DataType.FLOAT) {
            float[] f = toFloats(a);
            double[] z = new double[f.length];
            for (int i = 0; i < f.length; i++) z[i] = f[i];
            return z;
        }
        if (ownsBuffer(a) && a.dataType() == DataType.DOUBLE) {
            double[] z = new double[Math.toIntExact(a.length())];
            a.data().asNioDouble().get(0, z);
            return z;
        }
        return a.dup('c').data().asDouble();
    }

    /** The elements of float array {@code a} in row-major order. */
    public static float[] toFloats(INDArray a) {
        if (a.dataType() != DataType.FLOAT) throw new IllegalArgumentException("expected a FLOAT array, got " + a.dataType());
        INDArray m = ownsBuffer(a) ? a : a.dup('c');
        float[] f = new float[Math.toIntExact(m.length())];
        m.data().asNioFloat().get(0, f);
        return f;
    }

    /**
     * Row-at-a-time access to a 2-D float or double array through its direct buffer: reading or writing one row copies
     * only that row, so no Java array the size of the whole matrix is made (a 1-4 MB array is a G1 humongous object,
     * and those forced collections in every training step). Not thread-safe.
     */
    public static final class Rows {
        private final INDArray array;
        private final java.nio.FloatBuffer floats;
        private final java.nio.DoubleBuffer doubles;
        private final int width;
        private final float[] row;

        /** Rows of {@code a} [N, W]; a view or a column-major array is read from a row-major copy (writes then go to the copy). */
        public Rows(INDArray a) {
            if (a.rank() != 2) throw new IllegalArgumentException("expected a matrix, got shape " + java.util.Arrays.toString(a.shape()));
            if (a.dataType() != DataType.FLOAT && a.dataType() != DataType.DOUBLE) throw new IllegalArgumentException("expected FLOAT or DOUBLE, got " + a.dataType());
            array = ownsBuffer(a) ? a : a.dup('c');
            width = Math.toIntExact(a.size(1));
            floats = array.dataType() == DataType.FLOAT ? array.data().asNioFloat() : null;
            doubles = floats == null ? array.data().asNioDouble() : null;
            row = new float[width];
        }

        /** Copies row {@code i} into {@code dst} (length >= W). */
        public void read(int i, double[] dst) {
            if (floats == null) {
                doubles.get(i * width, dst, 0, width);
            } else {
                floats.get(i * width, row, 0, width);
                for (int j = 0; j < width; j++) dst[j] = row[j];
            }
        }

        /** Sets row {@code i} to {@code src} (its first W values), rounded to float for a float array. */
        public void write(int i, double[] src) {
            if (floats == null) {
                doubles.put(i * width, src, 0, width);
            } else {
                for (int j = 0; j < width; j++) row[j] = (float) src[j];
                floats.put(i * width, row, 0, width);
            }
        }

        /** The array the rows are read from and written to. */
        public INDArray array() {
            return array;
        }
    }

    /** Whether {@code a} is a row-major array that is exactly its whole buffer, from element 0. */
    private static boolean ownsBuffer(INDArray a) {
        return !a.isView() && a.ordering() == 'c' && a.offset() == 0 && a.data().length() == a.length();
    }
}
