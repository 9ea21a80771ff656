package jgym.agents.model;

import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The KV-cache decode step of a float {@link Transformer} on the CPU backend: the five matrix products per block (and
 * the output head) are single-precision OpenBLAS calls on the model's own weight buffer, everything else (embedding,
 * LayerNorm, bias, cache writes, attention, softmax, GELU, residuals) is one plain Java loop each over heap arrays.
 *
 * <p>Why: for a batch of 32 rows and one new token per row the arithmetic per step is tiny (about 13 MFLOP for the
 * default model), so the cost of the ND4J path was per-operation overhead (dozens of op launches per block, and one
 * JNI copy per row, head and position to fill the cache), not FLOPs. Here a step is nine BLAS calls and a handful of
 * memory copies between the heap and two native scratch buffers.
 *
 * <p>The cache is heap arrays per block, keys [B, H, hd, T] (a head's positions side by side, for {@link RowKernels}),
 * values [B, H, T, hd]. The weights are read in place, so the model must not change
 * while a decoder is open (one sampling call).
 */
final class BlasDecoder implements Decoder {
    private static final int ROW_MAJOR = 101, NO_TRANS = 111, TRANS = 112;

    private final int c, h, hd, m, v, ctx, layers;
    private final float scale;
    private final RowKernels kernels;
    private final INDArray flat; // kept reachable: the pointers below address its buffer
    private final FloatPointer wte;
    private final FloatPointer[] attnW, projW, fcW, outW;
    private final float[] wteRows, wpeRows, lnfG, lnfB;
    private final float[][] ln1G, ln1B, attnB, projB, ln2G, ln2B, fcB, outB;
    private float[][] keys, values; // per block, [B, H, hd, T] and [B, H, T, hd]
    private int batch;

    private int capacity; // rows (tokens) the scratch arrays hold
    private FloatPointer in, out; // native operands of the products
    private FloatBuffer inBuffer, outBuffer;
    private float[] x, a, qkv, y, f, tmp, scores;

    /** Whether {@code model} can be decoded here: CPU backend, float weights. */
    static boolean supports(Transformer model) {
        return Backend.isCpu() && model.parameters().dataType() == DataType.FLOAT;
    }

    BlasDecoder(Transformer model, int batch) {
        if (batch < 1) throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        if (!supports(model)) throw new IllegalArgumentException("BlasDecoder needs the CPU backend and a FLOAT model");
        TransformerConfig config = model.config();
        Parameters p = model.parameters();
        this.c = config.dModel();
        this.h = config.heads();
        this.hd = config.headDim();
        this.m = config.mlpRatio() * c;
        this.v = config.vocabSize();
        this.ctx = config.contextLength();
        this.layers = config.layers();
        this.scale = (float) (1.0 / Math.sqrt(hd));
        this.kernels = RowKernels.best();
        this.batch = batch;
        this.flat = p.flat();
        java.util.Map<String, Long> offsets = new java.util.HashMap<>();
        long offset = 0;
        for (String name : p.names()) {
            offsets.put(name, offset);
            offset += p.get(name).length();
        }
        wte = weight(offsets.get("wte"));
        wteRows = Buffers.toFloats(p.get("wte"));
        wpeRows = Buffers.toFloats(p.get("wpe"));
        lnfG = Buffers.toFloats(p.get("lnf.g"));
        lnfB = Buffers.toFloats(p.get("lnf.b"));
        attnW = new FloatPointer[layers];
        projW = new FloatPointer[layers];
        fcW = new FloatPointer[layers];
        outW = new FloatPointer[layers];
        ln1G = new float[layers][];
        ln1B = new float[layers][];
        attnB = new float[layers][];
        projB = new float[layers][];
        ln2G = new float[layers][];
        ln2B = new float[layers][];
        fcB = new float[layers][];
        outB = new float[layers][];
        keys = new float[layers][];
        values = new float[layers][];
        for (int l = 0; l < layers; l++) {
            String q = "h" + l + ".";
            attnW[l] = weight(offsets.get(q + "attn.w"));
            projW[l] = weight(offsets.get(q + "proj.w"));
            fcW[l] = weight(offsets.get(q + "fc.w"));
            outW[l] = weight(offsets.get(q + "out.w"));
            ln1G[l] = Buffers.toFloats(p.get(q + "ln1.g"));
            ln1B[l] = Buffers.toFloats(p.get(q + "ln1.b"));
            attnB[l] = Buffers.toFloats(p.get(q + "attn.b"));
            projB[l] = Buffers.toFloats(p.get(q + "proj.b"));
            ln2G[l] = Buffers.toFloats(p.get(q + "ln2.g"));
            ln2B[l] = Buffers.toFloats(p.get(q + "ln2.b"));
            fcB[l] = Buffers.toFloats(p.get(q + "fc.b"));
            outB[l] = Buffers.toFloats(p.get(q + "out.b"));
            keys[l] = new float[batch * h * ctx * hd + RowKernels.PADDING];
            values[l] = new float[batch * h * ctx * hd];
        }
        scores = new float[ctx + RowKernels.PADDING];
    }

    private FloatPointer weight(long offset) {
        FloatPointer w = new FloatPointer(flat.data().addressPointer());
        w.position(offset);
        return w;
    }

    @Override
    public int batch() {
        return batch;
    }

    @Override
    public void keepRows(int[] rows) {
        if (rows.length == 0) throw new IllegalArgumentException("rows must name at least one row");
        boolean[] seen = new boolean[batch];
        boolean increasing = true;
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            if (r < 0 || r >= batch) throw new IllegalArgumentException("row " + r + " outside [0, " + batch + ")");
            if (seen[r]) throw new IllegalArgumentException("row " + r + " named twice");
            seen[r] = true;
            if (i > 0 && r <= rows[i - 1]) increasing = false;
        }
        int block = h * ctx * hd;
        for (int l = 0; l < layers; l++) {
            // increasing rows move only towards the front, so the copy can be done in place
            float[] k = increasing ? keys[l] : new float[rows.length * block + RowKernels.PADDING];
            float[] vv = increasing ? values[l] : new float[rows.length * block];
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(keys[l], rows[i] * block, k, i * block, block);
                System.arraycopy(values[l], rows[i] * block, vv, i * block, block);
            }
            keys[l] = k;
            values[l] = vv;
        }
        batch = rows.length;
    }

    @Override
    public double[] next(int[] tokens, int steps, int start) {
        if (steps < 1 || tokens.length != batch * steps) {
            throw new IllegalArgumentException("expected " + batch + " x " + steps + " tokens, got " + tokens.length);
        }
        if (start < 0 || start + steps > ctx) throw new IllegalArgumentException("positions " + start + ".." + (start + steps - 1) + " outside the context " + ctx);
        int n = batch * steps;
        ensureCapacity(n);
        for (int i = 0; i < n; i++) {
            int token = tokens[i];
            if (token < 0 || token >= v) throw new IllegalArgumentException("token " + token + " outside [0, " + v + ")");
            int te = token * c, pe = (start + i % steps) * c, xo = i * c;
            for (int j = 0; j < c; j++) x[xo + j] = wteRows[te + j] + wpeRows[pe + j];
        }
        for (int l = 0; l < layers; l++) block(l, n, steps, start);
        for (int r = 0; r < batch; r++) layerNorm(x, ((r + 1) * steps - 1) * c, a, r * c, lnfG, lnfB);
        inBuffer.put(0, a, 0, batch * c);
        openblas_nolapack.cblas_sgemm(ROW_MAJOR, NO_TRANS, TRANS, batch, v, c, 1f, in, c, wte, c, 0f, out, v); // [B, C] x wte^T
        outBuffer.get(0, tmp, 0, batch * v);
        double[] logits = new double[batch * v];
        for (int i = 0; i < logits.length; i++) logits[i] = tmp[i];
        return logits;
    }

    private void block(int l, int n, int steps, int start) {
        int w3 = 3 * c;
        for (int i = 0; i < n; i++) layerNorm(x, i * c, a, i * c, ln1G[l], ln1B[l]);
        product(n, w3, c, a, attnW[l], attnB[l], qkv); // [N, 3C], bias included
        float[] k = keys[l], vv = values[l];
        for (int i = 0; i < n; i++) {
            int row = i * w3, b = i / steps, pos = start + i % steps;
            for (int head = 0; head < h; head++) {
                int dst = ((b * h + head) * ctx + pos) * hd;
                int src = row + c + head * hd, kt = (b * h + head) * ctx * hd + pos; // keys transposed: [B, H, hd, T]
                for (int d = 0; d < hd; d++) k[kt + d * ctx] = qkv[src + d];
                System.arraycopy(qkv, row + 2 * c + head * hd, vv, dst, hd);
            }
        }
        for (int i = 0; i < n; i++) attend(k, vv, i, i / steps, start + i % steps);
        product(n, c, c, y, projW[l], projB[l], tmp);
        for (int i = 0; i < n * c; i++) x[i] += tmp[i];
        for (int i = 0; i < n; i++) layerNorm(x, i * c, a, i * c, ln2G[l], ln2B[l]);
        product(n, m, c, a, fcW[l], fcB[l], f);
        for (int i = 0; i < n * m; i++) f[i] = gelu(f[i]); // one index for load and store: the JIT vectorises it
        product(n, c, m, f, outW[l], outB[l], tmp);
        for (int i = 0; i < n * c; i++) x[i] += tmp[i];
    }

    /**
     * result [rows, cols] = lhs [rows, inner] x weight [inner, cols] + bias, the bias written into the native output
     * first and added by the product itself (beta = 1): a Java loop adding a row vector at another offset than it
     * writes is not vectorised, since the JIT cannot rule out that the two arrays are one.
     */
    private void product(int rows, int cols, int inner, float[] lhs, FloatPointer weight, float[] bias, float[] result) {
        inBuffer.put(0, lhs, 0, rows * inner);
        for (int i = 0; i < rows; i++) outBuffer.put(i * cols, bias, 0, cols);
        openblas_nolapack.cblas_sgemm(ROW_MAJOR, NO_TRANS, NO_TRANS, rows, cols, inner, 1f, in, inner, weight, cols, 1f, out, cols);
        outBuffer.get(0, result, 0, rows * cols);
    }

    /** Token i (sequence b, position pos) attends to its sequence's cached positions 0..pos, head by head, into y. */
    private void attend(float[] k, float[] vv, int i, int b, int pos) {
        int qRow = i * 3 * c, yRow = i * c;
        for (int head = 0; head < h; head++) {
            int base = (b * h + head) * ctx * hd;
            kernels.attend(qkv, qRow + head * hd, k, base, ctx, vv, base, hd, pos + 1, scale, scores, y, yRow + head * hd);
        }
    }

    private void layerNorm(float[] src, int from, float[] dst, int to, float[] g, float[] b) {
        kernels.layerNorm(src, from, dst, to, g, b, c, (float) LayerMath.LN_EPS);
    }

    /** GELU, tanh approximation, as {@link LayerMath#gelu}: 0.5 z (1 + tanh(sqrt(2/pi) (z + 0.044715 z^3))). */
    static float gelu(float z) {
        float u = 0.7978845608f * (z + 0.044715f * z * z * z);
        return 0.5f * z * (1f + FloatMath.tanh(u));
    }

    private void ensureCapacity(int n) {
        if (n <= capacity) return;
        closeScratch();
        int widest = Math.max(Math.max(3 * c, m), v);
        in = new FloatPointer((long) n * Math.max(c, m));
        out = new FloatPointer((long) n * widest);
        inBuffer = in.asBuffer();
        outBuffer = out.asBuffer();
        x = new float[n * c];
        a = new float[n * c];
        qkv = new float[n * 3 * c];
        y = new float[n * c];
        f = new float[n * m];
        tmp = new float[n * widest];
        capacity = n;
    }

    private void closeScratch() {
        if (in != null) in.close();
        if (out != null) out.close();
        in = out = null;
    }

    @Override
    public void close() {
        closeScratch();
        capacity = 0;
    }
}
