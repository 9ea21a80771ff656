package jgym.agents.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A GPT-2-style decoder-only transformer written directly on ND4J arrays, with a hand-written backward pass.
 *
 * <p>x = wte[token] + wpe[position]; per block: x = x + proj(attn(LN1(x))), x = x + out(gelu(fc(LN2(x)))); then
 * logits = LNf(x) wte^T (tied head) and value = LNf(x) value.w + value.b. Attention is causal multi-head attention.
 * Sequences are right-padded: every row starts at position 0, so causality alone keeps real positions from seeing
 * padding and no padding mask is needed. The embedding backward is a scatter-add over token ids, never a gather
 * through an autodiff graph. Matrix products go through {@code Nd4j.gemm}, which measured 2x (2048 rows) to 40x
 * (32 rows, two threads) faster than {@code INDArray.mmul} on ND4J 1.0.0-M2.1 CPU; attention's per-(b, h) products
 * of a full forward and its backward go straight to BLAS ({@link BatchedGemm}), the KV-cache decode's through
 * {@code Nd4j.matmul}. Not thread-safe; the weights are the {@link Parameters} given, shared, not copied.
 */
public final class Transformer {
    private final TransformerConfig config;
    private final Parameters params;

    public Transformer(TransformerConfig config, Parameters params) {
        this.config = config;
        this.params = params;
    }

    public TransformerConfig config() {
        return config;
    }

    public Parameters parameters() {
        return params;
    }

    /** What one block's forward keeps for its backward. */
    private record BlockCache(INDArray a1, LayerMath.NormCache ln1, INDArray qkv, INDArray p, // qkv [N, 3C], p [B, H, S, S]
                              INDArray y, INDArray a2, LayerMath.NormCache ln2, INDArray h, INDArray sig, INDArray g) {}

    /**
     * The result of a training forward over B right-padded rows of L tokens, kept for {@link #backward}: the
     * next-token logits [B*L, V] (row b*L + t for position t of row b), the value-head outputs [B*L, 1] and the final
     * hidden states [B*L, C].
     */
    public static final class Activations {
        private final int batch;
        private final int length;
        private final int[] tokens;
        private final INDArray logits;
        private final INDArray values;
        private final BlockCache[] blocks;
        private final INDArray hf;
        private final LayerMath.NormCache lnf;

        private Activations(int batch, int length, int[] tokens, INDArray logits, INDArray values, BlockCache[] blocks,
                            INDArray hf, LayerMath.NormCache lnf) {
            this.batch = batch;
            this.length = length;
            this.tokens = tokens;
            this.logits = logits;
            this.values = values;
            this.blocks = blocks;
            this.hf = hf;
            this.lnf = lnf;
        }

        /** Next-token logits [B*L, V]. */
        public INDArray logits() {
            return logits;
        }

        /** Value-head outputs [B*L, 1]. */
        public INDArray values() {
            return values;
        }

        /** Final LayerNorm outputs [B*L, C], the input of both heads. */
        public INDArray hf() {
            return hf;
        }

        /** Rows B. */
        public int batch() {
            return batch;
        }

        /** Padded row length L. */
        public int length() {
            return length;
        }
    }

    /** Forward over {@code tokens} (row-major [batch, length], padded rows allowed), keeping activations for backward. */
    public Activations forward(int[] tokens, int batch, int length) {
        checkTokens(tokens, batch, length, 0);
        BlockCache[] caches = new BlockCache[config.layers()];
        INDArray x = embed(tokens, batch, length, 0); // [N, C]
        for (int l = 0; l < config.layers(); l++) {
            BlockCache[] keep = new BlockCache[1];
            x = block(l, x, batch, length, 0, null, keep);
            caches[l] = keep[0];
        }
        LayerMath.NormCache[] lnf = new LayerMath.NormCache[1];
        INDArray hf = LayerMath.layerNorm(x, params.get("lnf.g"), params.get("lnf.b"), lnf); // [N, C]
        INDArray logits = Nd4j.gemm(hf, params.get("wte"), false, true); // [N, V]
        INDArray values = Nd4j.gemm(hf, params.get("value.w"), false, false).addiRowVector(params.get("value.b")); // [N, 1]
        return new Activations(batch, length, tokens, logits, values, caches, hf, lnf[0]);
    }

    /**
     * Incremental forward for sampling: feeds {@code steps} tokens per row (row-major [batch, steps]) at positions
     * {@code start .. start+steps-1}, appending their keys and values to {@code cache}, and returns the next-token
     * logits of the last fed position of each row, [batch, V].
     */
    public INDArray decode(KvCache cache, int[] tokens, int batch, int steps, int start) {
        checkTokens(tokens, batch, steps, start);
        if (cache.batch() != batch) throw new IllegalArgumentException("cache batch " + cache.batch() + " != batch " + batch);
        INDArray x = embed(tokens, batch, steps, start); // [N, C]
        for (int l = 0; l < config.layers(); l++) x = block(l, x, batch, steps, start, cache, null);
        int[] lastRows = new int[batch];
        for (int b = 0; b < batch; b++) lastRows[b] = b * steps + steps - 1;
        INDArray last = Nd4j.pullRows(x, 1, lastRows); // [B, C]
        INDArray hf = LayerMath.layerNorm(last, params.get("lnf.g"), params.get("lnf.b"), null); // [B, C]
        return Nd4j.gemm(hf, params.get("wte"), false, true); // [B, V]
    }

    /** An empty key/value cache for {@code batch} rows of up to the context length. */
    public KvCache newCache(int batch) {
        return new KvCache(config, batch);
    }

    private INDArray embed(int[] tokens, int batch, int steps, int start) {
        int[] positions = new int[tokens.length];
        for (int i = 0; i < positions.length; i++) positions[i] = start + i % steps;
        INDArray tok = Nd4j.pullRows(params.get("wte"), 1, tokens); // [N, C]
        return tok.addi(Nd4j.pullRows(params.get("wpe"), 1, positions)); // [N, C]
    }

    private INDArray block(int l, INDArray x, int batch, int steps, int start, KvCache cache, BlockCache[] keep) {
        String p = "h" + l + ".";
        int c = config.dModel(), h = config.heads(), hd = config.headDim();
        LayerMath.NormCache[] ln1 = new LayerMath.NormCache[1];
        INDArray a1 = LayerMath.layerNorm(x, params.get(p + "ln1.g"), params.get(p + "ln1.b"), ln1); // [N, C]
        INDArray qkv = Nd4j.gemm(a1, params.get(p + "attn.w"), false, false).addiRowVector(params.get(p + "attn.b")); // [N, 3C]
        INDArray y; // [N, C]
        INDArray probs; // [B, H, S, K]
        if (cache == null) {
            // q, k, v read straight from the rows [N, 3C] and y written straight into rows [N, C]: no head split copies
            int w3 = 3 * c;
            probs = Nd4j.createUninitialized(qkv.dataType(), batch, h, steps, steps);
            BatchedGemm.multiply(batch, h, steps, steps, hd, 1.0 / Math.sqrt(hd), BatchedGemm.Operand.rows(qkv, 0, steps, w3, hd), false,
                    BatchedGemm.Operand.rows(qkv, c, steps, w3, hd), true, BatchedGemm.Operand.heads(probs, 0, h, steps, steps)); // Q K^T / sqrt(hd)
            LayerMath.causalMaskInPlace(probs, 0);
            Nd4j.exec(new SoftMax(probs, probs, 3));
            y = Nd4j.createUninitialized(qkv.dataType(), (long) batch * steps, c);
            BatchedGemm.multiply(batch, h, steps, hd, steps, 1.0, BatchedGemm.Operand.heads(probs, 0, h, steps, steps), false,
                    BatchedGemm.Operand.rows(qkv, 2 * c, steps, w3, hd), false, BatchedGemm.Operand.rows(y, 0, steps, c, hd)); // P V
        } else {
            // keys and values written into the cache, attention read from it in place: no per-step copy of the prefix
            int w3 = 3 * c, k = start + steps;
            cache.write(l, start, qkv, steps);
            probs = Nd4j.createUninitialized(qkv.dataType(), batch, h, steps, k);
            BatchedGemm.multiply(batch, h, steps, k, hd, 1.0 / Math.sqrt(hd), BatchedGemm.Operand.rows(qkv, 0, steps, w3, hd), false,
                    cache.keys(l), true, BatchedGemm.Operand.heads(probs, 0, h, steps, k)); // Q K^T / sqrt(hd): [B, H, S, K]
            if (steps > 1) LayerMath.causalMaskInPlace(probs, start); // one new position sees the whole prefix
            Nd4j.exec(new SoftMax(probs, probs, 3));
            y = Nd4j.createUninitialized(qkv.dataType(), (long) batch * steps, c);
            BatchedGemm.multiply(batch, h, steps, hd, k, 1.0, BatchedGemm.Operand.heads(probs, 0, h, steps, k), false,
                    cache.values(l), false, BatchedGemm.Operand.rows(y, 0, steps, c, hd)); // P V, as rows [N, C]
        }
        INDArray x1 = x.add(Nd4j.gemm(y, params.get(p + "proj.w"), false, false).addiRowVector(params.get(p + "proj.b"))); // [N, C]
        LayerMath.NormCache[] ln2 = new LayerMath.NormCache[1];
        INDArray a2 = LayerMath.layerNorm(x1, params.get(p + "ln2.g"), params.get(p + "ln2.b"), ln2); // [N, C]
        INDArray pre = Nd4j.gemm(a2, params.get(p + "fc.w"), false, false).addiRowVector(params.get(p + "fc.b")); // [N, M]
        INDArray[] sig = new INDArray[1];
        INDArray g = LayerMath.gelu(pre, sig); // [N, M]
        INDArray x2 = x1.addi(Nd4j.gemm(g, params.get(p + "out.w"), false, false).addiRowVector(params.get(p + "out.b"))); // [N, C]
        if (keep != null) keep[0] = new BlockCache(a1, ln1[0], qkv, probs, y, a2, ln2[0], pre, sig[0], g);
        return x2;
    }

    /**
     * Accumulates into {@code grads} the gradient of a loss given dL/dlogits [B*L, V] and dL/dvalues [B*L, 1] (or
     * null) for the rows of {@code act}.
     */
    public void backward(Activations act, INDArray dLogits, INDArray dValues, Parameters grads) {
        INDArray wte = params.get("wte");
        Nd4j.gemm(dLogits, act.hf, grads.get("wte"), true, false, 1.0, 1.0); // [V, C]
        INDArray dhf = Nd4j.gemm(dLogits, wte, false, false); // [N, C]
        if (dValues != null) {
            Nd4j.gemm(act.hf, dValues, grads.get("value.w"), true, false, 1.0, 1.0); // [C, 1]
            LayerMath.addColumnSums(dValues, grads.get("value.b")); // [1]
            dhf.addi(Nd4j.gemm(dValues, params.get("value.w"), false, true)); // [N, C]
        }
        INDArray dx = LayerMath.layerNormBackward(dhf, params.get("lnf.g"), act.lnf, grads.get("lnf.g"), grads.get("lnf.b"));
        for (int l = config.layers() - 1; l >= 0; l--) dx = blockBackward(l, act.blocks[l], dx, act.batch, act.length, grads);
        scatterAddEmbeddings(act.tokens, act.length, dx, grads);
    }

    private INDArray blockBackward(int l, BlockCache bc, INDArray dx2, int batch, int steps, Parameters grads) {
        String p = "h" + l + ".";
        int hd = config.headDim();
        // MLP: x2 = x1 + out(gelu(fc(LN2(x1))))
        Nd4j.gemm(bc.g(), dx2, grads.get(p + "out.w"), true, false, 1.0, 1.0); // [M, C]
        LayerMath.addColumnSums(dx2, grads.get(p + "out.b"));
        INDArray dg = Nd4j.gemm(dx2, params.get(p + "out.w"), false, true); // [N, M]
        INDArray dpre = LayerMath.geluBackward(dg, bc.h(), bc.sig()); // [N, M]
        Nd4j.gemm(bc.a2(), dpre, grads.get(p + "fc.w"), true, false, 1.0, 1.0); // [C, M]
        LayerMath.addColumnSums(dpre, grads.get(p + "fc.b"));
        INDArray da2 = Nd4j.gemm(dpre, params.get(p + "fc.w"), false, true); // [N, C]
        INDArray dx1 = dx2.add(LayerMath.layerNormBackward(da2, params.get(p + "ln2.g"), bc.ln2(), grads.get(p + "ln2.g"), grads.get(p + "ln2.b")));
        // attention: x1 = x + proj(attn(LN1(x)))
        Nd4j.gemm(bc.y(), dx1, grads.get(p + "proj.w"), true, false, 1.0, 1.0); // [C, C]
        LayerMath.addColumnSums(dx1, grads.get(p + "proj.b"));
        INDArray dy = Nd4j.gemm(dx1, params.get(p + "proj.w"), false, true); // [N, C], read per head in place
        int c = config.dModel(), w3 = 3 * c, h = config.heads();
        BatchedGemm.Operand dyRows = BatchedGemm.Operand.rows(dy, 0, steps, c, hd), pHeads = BatchedGemm.Operand.heads(bc.p(), 0, h, steps, steps);
        INDArray dProbs = Nd4j.createUninitialized(dy.dataType(), batch, h, steps, steps); // [B, H, L, L]
        BatchedGemm.Operand dpHeads = BatchedGemm.Operand.heads(dProbs, 0, h, steps, steps);
        BatchedGemm.multiply(batch, h, steps, steps, hd, 1.0, dyRows, false, BatchedGemm.Operand.rows(bc.qkv(), 2 * c, steps, w3, hd), true, dpHeads); // dY V^T
        INDArray dqkv = Nd4j.createUninitialized(dy.dataType(), (long) batch * steps, w3); // [N, 3C], every element written below
        BatchedGemm.multiply(batch, h, steps, hd, steps, 1.0, pHeads, true, dyRows, false, BatchedGemm.Operand.rows(dqkv, 2 * c, steps, w3, hd)); // dv = P^T dY
        LayerMath.softmaxBackward(dProbs, bc.p()); // dS * sqrt(hd), in place; the scale goes into the next two products
        double scale = 1.0 / Math.sqrt(hd);
        BatchedGemm.multiply(batch, h, steps, hd, steps, scale, dpHeads, false, BatchedGemm.Operand.rows(bc.qkv(), c, steps, w3, hd), false,
                BatchedGemm.Operand.rows(dqkv, 0, steps, w3, hd)); // dq = dS K
        BatchedGemm.multiply(batch, h, steps, hd, steps, scale, dpHeads, true, BatchedGemm.Operand.rows(bc.qkv(), 0, steps, w3, hd), false,
                BatchedGemm.Operand.rows(dqkv, c, steps, w3, hd)); // dk = dS^T Q
        Nd4j.gemm(bc.a1(), dqkv, grads.get(p + "attn.w"), true, false, 1.0, 1.0); // [C, 3C]
        LayerMath.addColumnSums(dqkv, grads.get(p + "attn.b"));
        INDArray da1 = Nd4j.gemm(dqkv, params.get(p + "attn.w"), false, true); // [N, C]
        return dx1.addi(LayerMath.layerNormBackward(da1, params.get(p + "ln1.g"), bc.ln1(), grads.get(p + "ln1.g"), grads.get(p + "ln1.b")));
    }

    /** dwte[token] += dx[row] and dwpe[position] += dx[row]: the backward of a row gather, accumulated in Java. */
    /**
     * Adds each row of dx [N, C] to the gradient rows of its token and its position. On the CPU backend one Java pass
     * over host memory; elsewhere {@link #scatterAddEmbeddingsPortable}.
     */
    void scatterAddEmbeddings(int[] tokens, int steps, INDArray dx, Parameters grads) {
        if (!Backend.isCpu()) {
            scatterAddEmbeddingsPortable(tokens, steps, dx, grads);
            return;
        }
        int c = config.dModel();
        Buffers.Rows rows = new Buffers.Rows(dx); // [N, C], one row at a time
        double[] d = new double[c];
        double[] dte = new double[config.vocabSize() * c];
        double[] dpe = new double[config.contextLength() * c];
        for (int row = 0; row < tokens.length; row++) {
            int to = tokens[row] * c, po = (row % steps) * c;
            rows.read(row, d);
            for (int j = 0; j < c; j++) {
                dte[to + j] += d[j];
                dpe[po + j] += d[j];
            }
        }
        grads.get("wte").addi(Nd4j.create(dte, new long[] {config.vocabSize(), c}, dx.dataType()));
        grads.get("wpe").addi(Nd4j.create(dpe, new long[] {config.contextLength(), c}, dx.dataType()));
    }

    /**
     * {@link #scatterAddEmbeddings} as ND4J operations: the rows of dx summed per token and per position by two GEMMs
     * with one-hot matrices ([V, N] x [N, C] and [T, N] x [N, C]), on every backend.
     */
    void scatterAddEmbeddingsPortable(int[] tokens, int steps, INDArray dx, Parameters grads) {
        int n = tokens.length;
        INDArray byToken = Nd4j.zeros(dx.dataType(), config.vocabSize(), n);
        INDArray byPosition = Nd4j.zeros(dx.dataType(), config.contextLength(), n);
        for (int row = 0; row < n; row++) {
            byToken.putScalar(tokens[row], row, 1.0);
            byPosition.putScalar(row % steps, row, 1.0);
        }
        Nd4j.gemm(byToken, dx, grads.get("wte"), false, false, 1.0, 1.0); // [V, C]
        Nd4j.gemm(byPosition, dx, grads.get("wpe"), false, false, 1.0, 1.0); // [T, C]
    }

    private void checkTokens(int[] tokens, int batch, int steps, int start) {
        if (batch < 1 || steps < 1) throw new IllegalArgumentException("batch and steps must be >= 1, got " + batch + ", " + steps);
        if (tokens.length != batch * steps) {
            throw new IllegalArgumentException("tokens has " + tokens.length + " ids, expected batch*steps = " + batch * steps);
        }
        if (start < 0 || start + steps > config.contextLength()) {
            throw new IllegalArgumentException("positions " + start + ".." + (start + steps - 1) + " exceed contextLength " + config.contextLength());
        }
        for (int t : tokens) {
            if (t < 0 || t >= config.vocabSize()) throw new IllegalArgumentException("token id " + t + " outside [0, " + config.vocabSize() + ")");
        }
    }
}
