package jgym.agents.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class LayerMathTest {
    /** m[i][j] = i + 10 j, so column j of an n-row array sums to n(n-1)/2 + 10 j n. */
    private static INDArray ramp(DataType type, int n, int k) {
        double[] d = new double[n * k];
        for (int i = 0; i < n; i++) for (int j = 0; j < k; j++) d[i * k + j] = i + 10.0 * j;
        return Nd4j.create(d, new long[] {n, k}, type);
    }

    private static double[] expectedPlus(double start, int n, int k) {
        double[] e = new double[k];
        for (int j = 0; j < k; j++) e[j] = start + n * (n - 1) / 2.0 + 10.0 * j * n;
        return e;
    }

    @Test
    void columnSumsAccumulateForFloatDoubleAndViews() {
        INDArray accF = Nd4j.zeros(DataType.FLOAT, 4).addi(1.0);
        LayerMath.addColumnSums(ramp(DataType.FLOAT, 7, 4), accF); // the Java path
        assertArrayEquals(expectedPlus(1, 7, 4), accF.toDoubleVector(), 1e-4);

        INDArray accD = Nd4j.zeros(DataType.DOUBLE, 3, 1); // [K, 1], as the value head's bias gradient is shaped
        LayerMath.addColumnSums(ramp(DataType.DOUBLE, 5, 3), accD); // the GEMM path
        assertArrayEquals(expectedPlus(0, 5, 3), accD.reshape(3).toDoubleVector(), 1e-12);

        INDArray wide = ramp(DataType.FLOAT, 6, 5);
        INDArray view = wide.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 3)); // columns 0..2, not contiguous
        INDArray accV = Nd4j.zeros(DataType.FLOAT, 3);
        LayerMath.addColumnSums(view, accV);
        assertArrayEquals(expectedPlus(0, 6, 3), accV.toDoubleVector(), 1e-4);
    }
}
