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

    /** GPT-2's tanh GELU, written out independently of LayerMath. */
    private static double geluTanh(double x) {
        return 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)));
    }

    @Test
    void geluMatchesTheTanhFormulaAndItsBackwardMatchesFiniteDifferences() {
        double[] xs = {-12, -4.5, -1.3, -0.2, 0, 0.05, 0.7, 2.2, 6, 15};
        double[] dys = {0.3, -1.1, 2.0, 0.5, -0.7, 1.5, -0.25, 0.9, 1.2, -2.0};
        for (DataType type : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
            double tol = type == DataType.DOUBLE ? 1e-12 : 2e-6;
            INDArray x = Nd4j.create(xs, new long[] {2, 5}, type), dy = Nd4j.create(dys, new long[] {2, 5}, type);
            INDArray[] s = new INDArray[1];
            INDArray g = LayerMath.gelu(x, s);
            INDArray dx = LayerMath.geluBackward(dy, x, s[0]);
            for (int i = 0; i < xs.length; i++) {
                double h = 1e-5, fd = (geluTanh(xs[i] + h) - geluTanh(xs[i] - h)) / (2 * h);
                org.junit.jupiter.api.Assertions.assertEquals(geluTanh(xs[i]), g.getDouble(i / 5, i % 5), tol * Math.max(1, Math.abs(xs[i])), type + " gelu(" + xs[i] + ")");
                org.junit.jupiter.api.Assertions.assertEquals(dys[i] * fd, dx.getDouble(i / 5, i % 5), 1e-6 * Math.abs(dys[i]) + tol, type + " gelu'(" + xs[i] + ")");
            }
            org.junit.jupiter.api.Assertions.assertEquals(xs[0], x.getDouble(0, 0), 0.0); // inputs untouched
        }
    }

    @Test
    void theRowPassLayerNormAgreesWithTheOperationsAndWithTheDefinition() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            int n = 5, c = 8;
            double[] d = new double[n * c];
            for (int i = 0; i < d.length; i++) d[i] = Math.sin(1.3 * i) * (1 + i % 3);
            INDArray x = Nd4j.create(d, new long[] {n, c}, type);
            INDArray g = Nd4j.create(new double[] {1, 2, 0.5, -1, 1.5, 0.25, 3, -0.5}, new long[] {c}, type);
            INDArray b = Nd4j.create(new double[] {0, 0.1, -0.2, 0.3, 0, 1, -1, 0.5}, new long[] {c}, type);
            LayerMath.NormCache[] fast = new LayerMath.NormCache[1];
            LayerMath.NormCache[] ops = new LayerMath.NormCache[1];
            INDArray y = LayerMath.layerNorm(x, g, b, fast);
            INDArray yOps = LayerMath.layerNormOps(x.dup(), g, b, ops);
            assertArrayEquals(yOps.data().asDouble(), y.data().asDouble(), 1e-5);
            assertArrayEquals(ops[0].xhat().data().asDouble(), fast[0].xhat().data().asDouble(), 1e-5);
            assertArrayEquals(ops[0].rstd().data().asDouble(), fast[0].rstd().data().asDouble(), 1e-4);
            // row 2 from the definition: mean, population variance, eps 1e-5
            double mu = 0, var = 0;
            for (int j = 0; j < c; j++) mu += d[2 * c + j] / c;
            for (int j = 0; j < c; j++) var += (d[2 * c + j] - mu) * (d[2 * c + j] - mu) / c;
            double want = (d[2 * c + 3] - mu) / Math.sqrt(var + 1e-5) * -1 + 0.3;
            org.junit.jupiter.api.Assertions.assertEquals(want, y.getDouble(2, 3), 1e-5);
            // no cache asked, none made; a view is read through a copy
            INDArray view = Nd4j.create(d, new long[] {n, c}, type).get(NDArrayIndex.interval(1, 4), NDArrayIndex.all());
            assertArrayEquals(LayerMath.layerNormOps(view.dup(), g, b, null).data().asDouble(),
                    LayerMath.layerNorm(view, g, b, null).data().asDouble(), 1e-5);
        }
    }
}
