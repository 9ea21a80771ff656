package jgym.agents.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Keys and values of every block for {@code batch} rows, up to the context length, so sampling feeds one new token per
 * step instead of recomputing the whole prefix. Holds layers x 2 arrays of [B, H, T, hd].
 */
public final class KvCache {
    private final int batch;
    private final INDArray[] keys;
    private final INDArray[] values;

    KvCache(TransformerConfig config, int batch) {
        if (batch < 1) throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        this.batch = batch;
        keys = new INDArray[config.layers()];
        values = new INDArray[config.layers()];
        for (int l = 0; l < config.layers(); l++) {
            keys[l] = Nd4j.zeros(config.dataType(), batch, config.heads(), config.contextLength(), config.headDim()); // [B, H, T, hd]
            values[l] = Nd4j.zeros(config.dataType(), batch, config.heads(), config.contextLength(), config.headDim());
        }
    }

    /** Number of rows. */
    public int batch() {
        return batch;
    }

    /** Writes k and v [B, H, S, hd] of block {@code layer} at positions start .. start+S-1. */
    void append(int layer, int start, INDArray k, INDArray v) {
        long s = k.size(2);
        keys[layer].get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(start, start + s), NDArrayIndex.all()).assign(k);
        values[layer].get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(start, start + s), NDArrayIndex.all()).assign(v);
    }

    /** Keys of positions 0 .. length-1: [B, H, length, hd], contiguous. */
    INDArray keys(int layer, int length) {
        return keys[layer].get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, length), NDArrayIndex.all()).dup('c');
    }

    /** Values of positions 0 .. length-1: [B, H, length, hd], contiguous. */
    INDArray values(int layer, int length) {
        return values[layer].get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, length), NDArrayIndex.all()).dup('c');
    }
}
