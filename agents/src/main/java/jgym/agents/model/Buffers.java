package jgym.agents.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

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

    /** A new float array of {@code shape} (in the current workspace, if any) holding {@code data} in row-major order. */
    public static INDArray floatArray(float[] data, long... shape) {
        INDArray m = Nd4j.createUninitialized(DataType.FLOAT, shape);
        if (m.length() != data.length) throw new IllegalArgumentException("data has " + data.length + " elements, shape holds " + m.length());
        m.data().asNioFloat().put(0, data);
        return m;
    }

    /** Whether {@code a} is a row-major array that is exactly its whole buffer, from element 0. */
    private static boolean ownsBuffer(INDArray a) {
        return !a.isView() && a.ordering() == 'c' && a.offset() == 0 && a.data().length() == a.length();
    }
}
