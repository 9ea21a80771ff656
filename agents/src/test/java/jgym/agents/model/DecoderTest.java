package jgym.agents.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The two decoders against each other and against a full forward pass over the same tokens (the independent
 * reference: batched causal attention over whole sequences, no cache).
 */
class DecoderTest {
    private static final int V = 23, T = 16, ROWS = 4;

    @BeforeAll
    static void oneThread() {
        Backend.limitThreads(1);
    }

    /** A 2-block float model whose every weight, bias and gain is perturbed, so no term of the step is trivially 0 or 1. */
    private static Transformer model() {
        TransformerConfig config = new TransformerConfig(V, T, 2, 32, 4, 4, DataType.FLOAT);
        Parameters p = Parameters.initialise(config, 5);
        SplittableRandom rng = new SplittableRandom(17);
        INDArray flat = p.flat();
        float[] noise = new float[Math.toIntExact(flat.length())];
        for (int i = 0; i < noise.length; i++) noise[i] = (float) (rng.nextDouble() - 0.5) * 0.3f;
        flat.addi(Nd4j.create(noise, new long[] {noise.length}, DataType.FLOAT));
        return new Transformer(config, p);
    }

    private static int[][] sequences() {
        SplittableRandom rng = new SplittableRandom(3);
        int[][] s = new int[ROWS][T];
        for (int[] row : s) for (int j = 0; j < T; j++) row[j] = rng.nextInt(V);
        return s;
    }

    /** Full-forward logits of every position of every sequence, [ROWS][T * V]. */
    private static float[][] fullForward(Transformer model, int[][] seqs) {
        int[] flat = new int[ROWS * T];
        for (int r = 0; r < ROWS; r++) System.arraycopy(seqs[r], 0, flat, r * T, T);
        float[] all = Buffers.toFloats(model.forward(flat, ROWS, T).logits().dup('c'));
        float[][] out = new float[ROWS][T * V];
        for (int r = 0; r < ROWS; r++) System.arraycopy(all, r * T * V, out[r], 0, T * V);
        return out;
    }

    /**
     * Prefills 5 positions, decodes one token at a time, drops row 2 (increasing order), then reverses the remaining
     * rows (in another order), checking each step's logits against the full forward at that position.
     */
    private static void decodeAgainstFullForward(Decoder decoder, float[][] reference, int[][] seqs, double tolerance) {
        int[] rows = {0, 1, 2, 3};
        int prefill = 5;
        int[] first = new int[ROWS * prefill];
        for (int r = 0; r < ROWS; r++) System.arraycopy(seqs[r], 0, first, r * prefill, prefill);
        check(decoder.next(first, prefill, 0), rows, reference, prefill - 1, tolerance);
        for (int pos = prefill; pos < T; pos++) {
            if (pos == 8) rows = keep(decoder, rows, new int[] {0, 1, 3});
            if (pos == 11) rows = keep(decoder, rows, new int[] {2, 0});
            int[] next = new int[rows.length];
            for (int i = 0; i < rows.length; i++) next[i] = seqs[rows[i]][pos];
            check(decoder.next(next, 1, pos), rows, reference, pos, tolerance);
        }
    }

    private static int[] keep(Decoder decoder, int[] rows, int[] kept) {
        decoder.keepRows(kept);
        int[] now = new int[kept.length];
        for (int i = 0; i < kept.length; i++) now[i] = rows[kept[i]];
        assertEquals(kept.length, decoder.batch());
        return now;
    }

    private static void check(double[] logits, int[] rows, float[][] reference, int pos, double tolerance) {
        assertEquals(rows.length * V, logits.length);
        for (int i = 0; i < rows.length; i++) {
            for (int k = 0; k < V; k++) {
                assertEquals(reference[rows[i]][pos * V + k], logits[i * V + k], tolerance, "row " + rows[i] + " position " + pos + " token " + k);
            }
        }
    }

    @Test
    void theBlasDecoderIsChosenOnTheCpuForAFloatModelAndThePortableOneOtherwise() {
        Transformer model = model();
        try (Decoder d = Decoder.of(model, 2)) {
            assertInstanceOf(BlasDecoder.class, d);
        }
        Transformer dbl = new Transformer(model.config().withDataType(DataType.DOUBLE), Parameters.initialise(model.config().withDataType(DataType.DOUBLE), 5));
        try (Decoder d = Decoder.of(dbl, 2)) {
            assertInstanceOf(PortableDecoder.class, d);
        }
    }

    @Test
    void bothDecodersGiveTheFullForwardsLogitsThroughPrefillStepsAndDroppedRows() {
        Transformer model = model();
        int[][] seqs = sequences();
        float[][] reference = fullForward(model, seqs);
        try (Decoder blas = new BlasDecoder(model, ROWS)) {
            decodeAgainstFullForward(blas, reference, seqs, 1e-4);
        }
        try (Decoder portable = new PortableDecoder(model, ROWS)) {
            decodeAgainstFullForward(portable, reference, seqs, 1e-4);
        }
    }

    @Test
    void theBlasAndPortableDecodersAgreeTo1e5StepByStep() {
        Transformer model = model();
        int[][] seqs = sequences();
        try (Decoder blas = new BlasDecoder(model, ROWS); Decoder portable = new PortableDecoder(model, ROWS)) {
            int[] first = new int[ROWS * 3];
            for (int r = 0; r < ROWS; r++) System.arraycopy(seqs[r], 0, first, r * 3, 3);
            assertClose(portable.next(first, 3, 0), blas.next(first, 3, 0));
            for (int pos = 3; pos < T; pos++) {
                if (pos == 9) {
                    blas.keepRows(new int[] {3, 1});
                    portable.keepRows(new int[] {3, 1});
                }
                int[] next = new int[blas.batch()];
                for (int i = 0; i < next.length; i++) next[i] = seqs[i][pos];
                assertClose(portable.next(next, 1, pos), blas.next(next, 1, pos));
            }
        }
    }

    private static void assertClose(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        double worst = 0;
        for (int i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        assertTrue(worst <= 1e-5, "largest difference " + worst);
    }

    @Test
    void bothAttentionKernelsEqualADirectSoftmaxWeightedSum() {
        assertInstanceOf(VectorRowKernels.class, RowKernels.best(), "tests run with --add-modules jdk.incubator.vector");
        SplittableRandom rng = new SplittableRandom(9);
        for (int hd : new int[] {32, 12}) {
            for (int count : new int[] {1, 5, 16, 17, 40}) {
                int stride = 48, kBase = 7, vBase = 3, qo = 2, oo = 4;
                float[] q = new float[qo + hd], keysT = new float[kBase + hd * stride + RowKernels.PADDING], values = new float[vBase + count * hd];
                for (float[] arr : new float[][] {q, keysT, values}) for (int i = 0; i < arr.length; i++) arr[i] = (float) (2 * rng.nextGaussian());
                double[] s = new double[count];
                double max = Double.NEGATIVE_INFINITY, sum = 0;
                for (int t = 0; t < count; t++) {
                    for (int d = 0; d < hd; d++) s[t] += (double) q[qo + d] * keysT[kBase + d * stride + t];
                    s[t] *= 0.3;
                    max = Math.max(max, s[t]);
                }
                for (int t = 0; t < count; t++) sum += s[t] = Math.exp(s[t] - max);
                for (RowKernels kernels : new RowKernels[] {VectorRowKernels.INSTANCE, ScalarRowKernels.INSTANCE}) {
                    float[] out = new float[oo + hd + 3];
                    java.util.Arrays.fill(out, -9f);
                    kernels.attend(q, qo, keysT, kBase, stride, values, vBase, hd, count, 0.3f, new float[count + RowKernels.PADDING], out, oo);
                    for (int d = 0; d < hd; d++) {
                        double expected = 0;
                        for (int t = 0; t < count; t++) expected += s[t] / sum * values[vBase + t * hd + d];
                        assertEquals(expected, out[oo + d], 2e-5, kernels.getClass().getSimpleName() + " hd=" + hd + " count=" + count + " d=" + d);
                    }
                    for (int i : new int[] {0, 1, 2, 3, oo + hd, oo + hd + 1, oo + hd + 2}) assertEquals(-9f, out[i], "written outside out[oo, oo + hd)");
                }
            }
        }
    }

    @Test
    void bothLayerNormKernelsEqualADirectComputation() {
        SplittableRandom rng = new SplittableRandom(21);
        for (int c : new int[] {128, 37}) {
            float[] src = new float[c + 5], g = new float[c], b = new float[c];
            for (int j = 0; j < src.length; j++) src[j] = (float) (3 + 2 * rng.nextGaussian());
            for (int j = 0; j < c; j++) {
                g[j] = (float) (1 + 0.2 * rng.nextGaussian());
                b[j] = (float) (0.1 * rng.nextGaussian());
            }
            double mu = 0, var = 0;
            for (int j = 0; j < c; j++) mu += src[5 + j];
            mu /= c;
            for (int j = 0; j < c; j++) var += (src[5 + j] - mu) * (src[5 + j] - mu);
            var /= c;
            for (RowKernels kernels : new RowKernels[] {VectorRowKernels.INSTANCE, ScalarRowKernels.INSTANCE}) {
                float[] dst = new float[c + 2];
                kernels.layerNorm(src, 5, dst, 2, g, b, c, 1e-5f);
                for (int j = 0; j < c; j++) {
                    double expected = (src[5 + j] - mu) / Math.sqrt(var + 1e-5) * g[j] + b[j];
                    assertEquals(expected, dst[2 + j], 1e-5, kernels.getClass().getSimpleName() + " c=" + c + " j=" + j);
                }
            }
        }
    }

    @Test
    void badCallsAreRefusedWithTheirReason() {
        try (Decoder d = new BlasDecoder(model(), 2)) {
            assertEquals("expected 2 x 1 tokens, got 3", assertThrows(IllegalArgumentException.class, () -> d.next(new int[3], 1, 0)).getMessage());
            assertEquals("token 23 outside [0, 23)", assertThrows(IllegalArgumentException.class, () -> d.next(new int[] {0, V}, 1, 0)).getMessage());
            assertEquals("positions 16..16 outside the context 16", assertThrows(IllegalArgumentException.class, () -> d.next(new int[2], 1, T)).getMessage());
            assertEquals("row 1 named twice", assertThrows(IllegalArgumentException.class, () -> d.keepRows(new int[] {1, 1})).getMessage());
            assertEquals("row 2 outside [0, 2)", assertThrows(IllegalArgumentException.class, () -> d.keepRows(new int[] {2})).getMessage());
        }
    }

    @Test
    void floatTanhAndExpAreWithinFloatErrorOfMathAndTheGeluMatchesTheTrainingOne() {
        double worst = 0;
        for (int i = -200_000; i <= 200_000; i++) {
            float z = i * 1e-4f;
            worst = Math.max(worst, Math.abs(FloatMath.tanh(z) - Math.tanh(z)));
        }
        assertTrue(worst < 1e-6, "largest error " + worst);
        assertEquals(1f, FloatMath.tanh(50f));
        assertEquals(-1f, FloatMath.tanh(-1e30f));
        double worstExp = 0;
        for (int i = -870_000; i <= 880_000; i++) {
            float z = i * 1e-4f;
            worstExp = Math.max(worstExp, Math.abs(FloatMath.exp(z) - Math.exp(z)) / Math.exp(z));
        }
        assertTrue(worstExp < 2e-7, "largest relative error of exp " + worstExp);
        assertEquals(1f, FloatMath.exp(0f));
        assertTrue(FloatMath.exp(-1000f) < 2e-38f && FloatMath.exp(-1000f) >= 0f, "exp(-1000) = " + FloatMath.exp(-1000f));
        float[] zs = {-6f, -2.5f, -0.3f, 0f, 1e-5f, 0.7f, 3f, 9f};
        INDArray[] sig = new INDArray[1];
        INDArray expected = LayerMath.gelu(Nd4j.create(zs, new long[] {1, zs.length}, DataType.FLOAT), sig);
        for (int i = 0; i < zs.length; i++) assertEquals(expected.getFloat(0, i), BlasDecoder.gelu(zs[i]), 1e-6, "gelu(" + zs[i] + ")");
    }
}
