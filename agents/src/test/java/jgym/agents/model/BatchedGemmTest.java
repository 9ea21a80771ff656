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

    private static INDArray filled(DataType type, long length) {
        INDArray x = Nd4j.create(type, length);
        for (long i = 0; i < length; i++) x.putScalar(i, pattern(i));
        return x;
    }

    @Test
    void everyTransposeCombinationMatchesATripleLoopOnStridedOperands() {
        int batch = 2, heads = 3, m = 4, n = 5, k = 2;
        double alpha = 0.5;
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            for (boolean ta : new boolean[] {false, true}) {
                for (boolean tb : new boolean[] {false, true}) {
                    int aCols = ta ? m : k, aRows = ta ? k : m, bCols = tb ? k : n, bRows = tb ? n : k;
                    // A: rows layout, each (b, h) block aCols wide inside rows of width heads*aCols + 1, offset 1
                    int aLd = heads * aCols + 1;
                    BatchedGemm.Operand a = new BatchedGemm.Operand(filled(type, 1 + (long) batch * aRows * aLd), 1, (long) aRows * aLd, aCols, aLd);
                    // B: contiguous heads layout from offset 3
                    BatchedGemm.Operand b = BatchedGemm.Operand.heads(filled(type, 3 + (long) batch * heads * bRows * bCols), 3, heads, bRows, bCols);
                    // C: rows layout like the [N, 3C] gradient, at column 2 of rows 2 + heads*n wide
                    int cLd = 2 + heads * n;
                    INDArray cArr = Nd4j.create(type, (long) batch * m * cLd).addi(-9.0); // -9 marks elements outside every C
                    BatchedGemm.Operand c = BatchedGemm.Operand.rows(cArr, 2, m, cLd, n);
                    BatchedGemm.multiply(batch, heads, m, n, k, alpha, a, ta, b, tb, c);
                    double tol = type == DataType.FLOAT ? 1e-5 : 1e-12;
                    for (int bb = 0; bb < batch; bb++) {
                        for (int h = 0; h < heads; h++) {
                            long ao = a.offset() + bb * a.bStride() + h * a.hStride(), bo = b.offset() + bb * b.bStride() + h * b.hStride();
                            for (int i = 0; i < m; i++) {
                                for (int j = 0; j < n; j++) {
                                    double sum = 0;
                                    for (int p = 0; p < k; p++) {
                                        long ai = ao + (ta ? (long) p * aLd + i : (long) i * aLd + p);
                                        long bi = bo + (tb ? (long) j * bCols + p : (long) p * bCols + j);
                                        sum += pattern(ai) * pattern(bi);
                                    }
                                    long ci = 2 + (long) bb * m * cLd + (long) h * n + (long) i * cLd + j;
                                    assertEquals(alpha * sum, cArr.getDouble(ci), tol, type + " ta=" + ta + " tb=" + tb + " b=" + bb + " h=" + h);
                                }
                            }
                        }
                    }
                    assertEquals(-9.0, cArr.getDouble(0), 0.0);
                    assertEquals(-9.0, cArr.getDouble(1), 0.0);
                }
            }
        }
    }

    @Test
    void rejectsViewsShortArraysAndMixedTypes() {
        INDArray a = Nd4j.create(DataType.FLOAT, 2, 6), c = Nd4j.create(DataType.FLOAT, 8);
        BatchedGemm.Operand cOp = BatchedGemm.Operand.heads(c, 0, 1, 2, 2);
        BatchedGemm.Operand view = BatchedGemm.Operand.heads(a.get(NDArrayIndex.point(1)), 0, 1, 2, 3);
        BatchedGemm.Operand whole = BatchedGemm.Operand.heads(a, 0, 1, 2, 3);
        assertThrows(IllegalArgumentException.class, () -> BatchedGemm.multiply(1, 1, 2, 2, 3, 1, view, false, whole, true, cOp));
        assertThrows(IllegalArgumentException.class, () -> BatchedGemm.multiply(3, 1, 2, 2, 3, 1, whole, false, whole, true, cOp)); // too short
        BatchedGemm.Operand d = BatchedGemm.Operand.heads(Nd4j.create(DataType.DOUBLE, 12), 0, 1, 2, 3);
        assertThrows(IllegalArgumentException.class, () -> BatchedGemm.multiply(1, 1, 2, 2, 3, 1, whole, false, d, true, cOp));
    }

    @Test
    void thePortablePathAgreesWithTheBlasPathTo1e5OnStridedOperands() {
        int batch = 3, heads = 2, m = 3, n = 4, k = 5;
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            for (boolean ta : new boolean[] {false, true}) {
                for (boolean tb : new boolean[] {false, true}) {
                    int aCols = ta ? m : k, aRows = ta ? k : m, bCols = tb ? k : n, bRows = tb ? n : k;
                    int aLd = heads * aCols + 2;
                    var a = new BatchedGemm.Operand(filled(type, 2 + (long) batch * aRows * aLd), 2, (long) aRows * aLd, aCols, aLd);
                    var b = BatchedGemm.Operand.heads(filled(type, 1 + (long) batch * heads * bRows * bCols), 1, heads, bRows, bCols);
                    int cLd = 1 + heads * n;
                    INDArray blasOut = Nd4j.create(type, (long) batch * m * cLd).addi(-7.0);
                    INDArray portableOut = blasOut.dup();
                    BatchedGemm.blas(batch, heads, m, n, k, 0.25, a, ta, b, tb, BatchedGemm.Operand.rows(blasOut, 1, m, cLd, n));
                    BatchedGemm.portable(batch, heads, m, n, k, 0.25, a, ta, b, tb, BatchedGemm.Operand.rows(portableOut, 1, m, cLd, n));
                    for (long i = 0; i < blasOut.length(); i++) {
                        assertEquals(blasOut.getDouble(i), portableOut.getDouble(i), 1e-5, type + " ta=" + ta + " tb=" + tb + " element " + i);
                    }
                }
            }
        }
    }

    @Test
    void theCacheWritesTheSameKeysAndValuesOnBothPaths() {
        var config = new TransformerConfig(11, 8, 1, 8, 2, 4, DataType.FLOAT);
        int batch = 3, steps = 2, start = 3;
        INDArray qkv = filled(DataType.FLOAT, (long) batch * steps * 3 * config.dModel()).reshape(batch * steps, 3L * config.dModel()).dup('c');
        var blas = new KvCache(config, batch);
        var portable = new KvCache(config, batch);
        blas.write(0, start, qkv, steps);
        portable.writePortable(0, start, qkv, steps);
        assertEquals(blas.keysCopy(0), portable.keysCopy(0));
        assertEquals(blas.valuesCopy(0), portable.valuesCopy(0));
        // and the keys are where the layout says: row (b, s), head j, dim d of k is at [b, j, start+s, d]
        int c = config.dModel(), hd = config.headDim();
        INDArray keys = blas.keysCopy(0);
        assertEquals(qkv.getDouble(1L * steps + 1, c + hd + 2), keys.getDouble(1, 1, start + 1, 2), 0.0);
        assertEquals(0.0, keys.getDouble(0, 0, 0, 0), 0.0, "positions before start are untouched");
    }
}
