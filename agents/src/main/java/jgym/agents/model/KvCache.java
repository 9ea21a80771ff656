package jgym.agents.model;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Keys and values of every block for {@code batch} rows, up to the context length, so sampling feeds one new token per
 * step instead of recomputing the whole prefix. Holds layers x 2 arrays of [B, H, T, hd].
 */
public final class KvCache {
    private int batch;
    private final int heads;
    private final int context;
    private final int headDim;
    private final INDArray[] keys;
    private final INDArray[] values;

    KvCache(TransformerConfig config, int batch) {
        if (batch < 1) throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        this.batch = batch;
        this.heads = config.heads();
        this.context = config.contextLength();
        this.headDim = config.headDim();
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
        INDArray kept = Nd4j.pullRows(flat, 1, rows).reshape(rows.length, shape[1], shape[2], shape[3]); // [rows, H, T, hd]
        return kept.isView() || kept.offset() != 0 || kept.data().length() != kept.length() ? kept.dup('c') : kept; // BatchedGemm reads whole buffers
    }

    /**
     * Copies the keys and values of {@code steps} new positions per row, read from the attention projection's rows
     * {@code qkv} [B*S, 3C] (q | k | v, heads side by side), into block {@code layer}'s cache at positions
     * {@code start .. start+steps-1}: one BLAS copy of hd elements per row, head and position, no temporary arrays.
     */
    void write(int layer, int start, INDArray qkv, int steps) {
        int h = heads, hd = headDim, c = h * hd, w3 = 3 * c;
        if (qkv.isView() || qkv.ordering() != 'c' || qkv.rows() != (long) batch * steps || qkv.columns() != w3) {
            throw new IllegalArgumentException("qkv must be a row-major [" + batch * steps + ", " + w3 + "] array that owns its buffer");
        }
        if (!Backend.isCpu()) {
            writePortable(layer, start, qkv, steps);
            return;
        }
        if (qkv.dataType() == DataType.FLOAT) {
            FloatPointer src = new FloatPointer(qkv.data().addressPointer());
            FloatPointer kd = new FloatPointer(keys[layer].data().addressPointer());
            FloatPointer vd = new FloatPointer(values[layer].data().addressPointer());
            for (int b = 0; b < batch; b++) {
                for (int s = 0; s < steps; s++) {
                    long row = ((long) b * steps + s) * w3;
                    for (int j = 0; j < h; j++) {
                        long dst = (((long) b * h + j) * context + start + s) * hd;
                        openblas_nolapack.cblas_scopy(hd, src.position(row + c + (long) j * hd), 1, kd.position(dst), 1);
                        openblas_nolapack.cblas_scopy(hd, src.position(row + 2L * c + (long) j * hd), 1, vd.position(dst), 1);
                    }
                }
            }
        } else {
            DoublePointer src = new DoublePointer(qkv.data().addressPointer());
            DoublePointer kd = new DoublePointer(keys[layer].data().addressPointer());
            DoublePointer vd = new DoublePointer(values[layer].data().addressPointer());
            for (int b = 0; b < batch; b++) {
                for (int s = 0; s < steps; s++) {
                    long row = ((long) b * steps + s) * w3;
                    for (int j = 0; j < h; j++) {
                        long dst = (((long) b * h + j) * context + start + s) * hd;
                        openblas_nolapack.cblas_dcopy(hd, src.position(row + c + (long) j * hd), 1, kd.position(dst), 1);
                        openblas_nolapack.cblas_dcopy(hd, src.position(row + 2L * c + (long) j * hd), 1, vd.position(dst), 1);
                    }
                }
            }
        }
    }

    /** {@link #write} through ND4J view assignments: every backend, slower (one op per row, head and position). */
    void writePortable(int layer, int start, INDArray qkv, int steps) {
        int h = heads, hd = headDim, c = h * hd;
        for (int b = 0; b < batch; b++) {
            for (int s = 0; s < steps; s++) {
                long row = (long) b * steps + s;
                for (int j = 0; j < h; j++) {
                    INDArrayIndex[] at = {NDArrayIndex.point(b), NDArrayIndex.point(j), NDArrayIndex.point(start + s), NDArrayIndex.all()};
                    keys[layer].get(at).assign(qkv.get(NDArrayIndex.point(row), NDArrayIndex.interval(c + j * hd, c + (j + 1) * hd)));
                    values[layer].get(at).assign(qkv.get(NDArrayIndex.point(row), NDArrayIndex.interval(2 * c + j * hd, 2 * c + (j + 1) * hd)));
                }
            }
        }
    }

    /** The cached keys of {@code layer} (a copy), for tests. */
    INDArray keysCopy(int layer) {
        return keys[layer].dup();
    }

    /** The cached values of {@code layer} (a copy), for tests. */
    INDArray valuesCopy(int layer) {
        return values[layer].dup();
    }

    /** Block {@code layer}'s keys as (b, h) matrices of rows hd apart, read in place by {@link BatchedGemm}. */
    BatchedGemm.Operand keys(int layer) {
        return new BatchedGemm.Operand(keys[layer], 0, (long) heads * context * headDim, (long) context * headDim, headDim);
    }

    /** Block {@code layer}'s values, as {@link #keys(int)}. */
    BatchedGemm.Operand values(int layer) {
        return new BatchedGemm.Operand(values[layer], 0, (long) heads * context * headDim, (long) context * headDim, headDim);
    }
}
