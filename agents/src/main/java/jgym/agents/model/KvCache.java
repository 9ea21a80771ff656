package jgym.agents.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Keys and values of every block for {@code batch} rows, up to the context length, so sampling feeds one new token per
 * step instead of recomputing the whole prefix. Holds layers x 2 arrays of [B, H, T, hd].
 */
public final class KvCache {
    private int batch;
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

    /**
     * Keeps only the given rows, in the given order (e.g. the completions still being generated), so later steps
     * compute nothing for finished rows.
     *
     * @param rows distinct row indices in [0, batch), at least one
     */
    public void keepRows(int[] rows) {
        if (rows.length == 0) throw new IllegalArgumentException("rows must name at least one row");
        for (int r : rows) if (r < 0 || r >= batch) throw new IllegalArgumentException("row " + r + " outside [0, " + batch + ")");
        for (int l = 0; l < keys.length; l++) {
            keys[l] = keep(keys[l], rows);
            values[l] = keep(values[l], rows);
        }
        batch = rows.length;
    }

    private static INDArray keep(INDArray a, int[] rows) {
        long[] shape = a.shape(); // [B, H, T, hd]
        INDArray flat = a.reshape(shape[0], shape[1] * shape[2] * shape[3]); // [B, H*T*hd]
        return Nd4j.pullRows(flat, 1, rows).reshape(rows.length, shape[1], shape[2], shape[3]); // [rows, H, T, hd]
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
