package jgym.agents.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class BatchedGemmTest {
    /** Element i of the flat buffer: a fixed, irregular pattern. */
    private static double pattern(long i) {
        return Math.sin(0.7 * i + 0.3) + 0.1 * (i % 5);
    }

    private static INDArray filled(DataType type, long... shape) {
        INDArray x = Nd4j.create(type, shape);
        INDArray flat = x.reshape(x.length());
        for (long i = 0; i < x.length(); i++) flat.putScalar(i, pattern(i));
        return x;
    }

    @Test
    void everyTransposeCombinationMatchesATripleLoop() {
        int groups = 3, m = 4, n = 5, k = 2;
        long aOff = 7, bOff = 3, cOff = 2; // operands start inside their arrays, as q, k, v inside [3, B, H, S, hd]
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            for (boolean ta : new boolean[] {false, true}) {
                for (boolean tb : new boolean[] {false, true}) {
                    INDArray a = filled(type, aOff + groups * m * k), b = filled(type, bOff + groups * k * n);
                    INDArray c = Nd4j.create(type, cOff + groups * m * n + 4).addi(-9.0); // -9 marks elements outside C
                    BatchedGemm.multiply(groups, m, n, k, a, aOff, ta, b, bOff, tb, c, cOff);
                    double tol = type == DataType.FLOAT ? 1e-5 : 1e-12;
                    for (int g = 0; g < groups; g++) {
                        for (int i = 0; i < m; i++) {
                            for (int j = 0; j < n; j++) {
                                double sum = 0;
                                for (int p = 0; p < k; p++) {
                                    long ai = aOff + (long) g * m * k + (ta ? (long) p * m + i : (long) i * k + p);
                                    long bi = bOff + (long) g * k * n + (tb ? (long) j * k + p : (long) p * n + j);
                                    sum += pattern(ai) * pattern(bi);
                                }
                                assertEquals(sum, c.getDouble(cOff + (long) g * m * n + (long) i * n + j), tol,
                                        type + " ta=" + ta + " tb=" + tb + " g=" + g + " i=" + i + " j=" + j);
                            }
                        }
                    }
                    assertEquals(-9.0, c.getDouble(cOff - 1), 0.0);
                    assertEquals(-9.0, c.getDouble(cOff + groups * m * n), 0.0);
                }
            }
        }
    }

    @Test
    void rejectsViewsShortArraysAndMixedTypes() {
        INDArray a = filled(DataType.FLOAT, 2, 6), c = Nd4j.create(DataType.FLOAT, 8);
        INDArray view = a.get(NDArrayIndex.point(1));
        assertThrows(IllegalArgumentException.class, () -> BatchedGemm.multiply(1, 2, 2, 3, view, 0, false, a, 0, false, c, 0));
        assertThrows(IllegalArgumentException.class, () -> BatchedGemm.multiply(3, 2, 2, 3, a, 0, false, a, 0, false, c, 0));
        INDArray d = filled(DataType.DOUBLE, 12);
        assertThrows(IllegalArgumentException.class, () -> BatchedGemm.multiply(1, 2, 2, 3, a, 0, false, d, 0, false, c, 0));
    }
}
