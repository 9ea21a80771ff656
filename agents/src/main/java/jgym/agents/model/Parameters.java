package jgym.agents.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import jgym.env.Seeds;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The named weight arrays of a {@link Transformer}, in a fixed order (the order of {@link #names()}), or an array set
 * of the same shapes (gradients, Adam moments). Never null entries; arrays are owned, callers copy with {@link #copy()}.
 *
 * <p>Names: {@code wte} [V, C] (token embedding, tied with the output head), {@code wpe} [T, C], per block {@code l}:
 * {@code h<l>.ln1.g}, {@code h<l>.ln1.b} [C], {@code h<l>.attn.w} [C, 3C], {@code h<l>.attn.b} [3C],
 * {@code h<l>.proj.w} [C, C], {@code h<l>.proj.b} [C], {@code h<l>.ln2.g}, {@code h<l>.ln2.b} [C],
 * {@code h<l>.fc.w} [C, M], {@code h<l>.fc.b} [M], {@code h<l>.out.w} [M, C], {@code h<l>.out.b} [C]; then
 * {@code lnf.g}, {@code lnf.b} [C] and the value head {@code value.w} [C, 1], {@code value.b} [1].
 *
 * <p>Every array is a view into one flat buffer ({@link #flat()}, the arrays in order, each row-major), so that the
 * optimiser, the gradient norm and zeroing run as a few operations over the whole set instead of a few per array.
 */
public final class Parameters {
    private final LinkedHashMap<String, INDArray> arrays;
    private final INDArray flat;

    /** Views of {@code flat} [count] shaped like {@code shapes}, in order. */
    private Parameters(LinkedHashMap<String, long[]> shapes, INDArray flat) {
        this.flat = flat;
        this.arrays = new LinkedHashMap<>();
        long offset = 0;
        for (Map.Entry<String, long[]> e : shapes.entrySet()) {
            long n = numel(e.getValue());
            INDArray view = flat.get(NDArrayIndex.interval(offset, offset + n)).reshape('c', e.getValue());
            arrays.put(e.getKey(), view);
            offset += n;
        }
        if (offset != flat.length()) throw new IllegalStateException("flat buffer has " + flat.length() + " scalars, shapes need " + offset);
    }

    /** Copies {@code given} (name to array, in order) into a fresh flat buffer of their data type. */
    private static Parameters flatCopyOf(Map<String, INDArray> given) {
        LinkedHashMap<String, long[]> shapes = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<String, INDArray> e : given.entrySet()) {
            shapes.put(e.getKey(), e.getValue().shape());
            total += e.getValue().length();
        }
        INDArray first = given.values().iterator().next();
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            Parameters p = new Parameters(shapes, Nd4j.create(first.dataType(), total));
            given.forEach((name, arr) -> p.arrays.get(name).assign(arr));
            return p;
        }
    }

    /** The parameter shapes of {@code config}, in order. */
    public static LinkedHashMap<String, long[]> shapes(TransformerConfig config) {
        long v = config.vocabSize(), t = config.contextLength(), c = config.dModel(), m = (long) config.mlpRatio() * c;
        LinkedHashMap<String, long[]> s = new LinkedHashMap<>();
        s.put("wte", new long[] {v, c});
        s.put("wpe", new long[] {t, c});
        for (int l = 0; l < config.layers(); l++) {
            String p = "h" + l + ".";
            s.put(p + "ln1.g", new long[] {c});
            s.put(p + "ln1.b", new long[] {c});
            s.put(p + "attn.w", new long[] {c, 3 * c});
            s.put(p + "attn.b", new long[] {3 * c});
            s.put(p + "proj.w", new long[] {c, c});
            s.put(p + "proj.b", new long[] {c});
            s.put(p + "ln2.g", new long[] {c});
            s.put(p + "ln2.b", new long[] {c});
            s.put(p + "fc.w", new long[] {c, m});
            s.put(p + "fc.b", new long[] {m});
            s.put(p + "out.w", new long[] {m, c});
            s.put(p + "out.b", new long[] {c});
        }
        s.put("lnf.g", new long[] {c});
        s.put("lnf.b", new long[] {c});
        s.put("value.w", new long[] {c, 1});
        s.put("value.b", new long[] {1});
        return s;
    }

    /**
     * GPT-2 initialisation: matrices from N(0, 0.02^2), the residual projections ({@code proj.w}, {@code out.w}) scaled
     * by 1/sqrt(2 * layers), biases 0, LayerNorm gains 1. Array {@code i} draws from {@code Seeds.mix(seed, i)}.
     */
    public static Parameters initialise(TransformerConfig config, long seed) {
        LinkedHashMap<String, INDArray> a = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<String, long[]> e : shapes(config).entrySet()) { // arrays one by one, then one flat copy
            String name = e.getKey();
            long[] shape = e.getValue();
            SplittableRandom rng = new SplittableRandom(Seeds.mix(seed, index++));
            double[] data = new double[Math.toIntExact(numel(shape))];
            if (name.endsWith(".g")) {
                java.util.Arrays.fill(data, 1.0);
            } else if (shape.length == 2) {
                double std = name.endsWith("proj.w") || name.endsWith("out.w") ? 0.02 / Math.sqrt(2.0 * config.layers()) : 0.02;
                for (int i = 0; i < data.length; i++) data[i] = std * rng.nextGaussian();
            }
            a.put(name, Nd4j.create(data, shape, config.dataType()));
        }
        return flatCopyOf(a);
    }

    /** Zero arrays of the shapes of {@code like} (for gradients and optimiser moments). */
    public static Parameters zerosLike(Parameters like) {
        LinkedHashMap<String, long[]> shapes = new LinkedHashMap<>();
        like.arrays.forEach((name, arr) -> shapes.put(name, arr.shape()));
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return new Parameters(shapes, Nd4j.zeros(like.flat.dataType(), like.flat.length()));
        }
    }

    /** Copies arrays given by name into a new set in {@link #shapes} order; checks names and shapes against {@code config}. */
    public static Parameters of(TransformerConfig config, Map<String, INDArray> given) {
        LinkedHashMap<String, INDArray> a = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : shapes(config).entrySet()) {
            INDArray arr = given.get(e.getKey());
            if (arr == null) throw new IllegalArgumentException("missing parameter " + e.getKey());
            if (!java.util.Arrays.equals(arr.shape(), e.getValue())) {
                throw new IllegalArgumentException("parameter " + e.getKey() + " has shape " + java.util.Arrays.toString(arr.shape())
                        + ", expected " + java.util.Arrays.toString(e.getValue()));
            }
            a.put(e.getKey(), arr);
        }
        return flatCopyOf(a);
    }

    /** The array named {@code name}; IllegalArgumentException if there is none. */
    public INDArray get(String name) {
        INDArray a = arrays.get(name);
        if (a == null) throw new IllegalArgumentException("no parameter named " + name);
        return a;
    }

    /** Names in their fixed order. */
    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(arrays.keySet()));
    }

    /** A deep copy. */
    public Parameters copy() {
        LinkedHashMap<String, long[]> shapes = new LinkedHashMap<>();
        arrays.forEach((name, arr) -> shapes.put(name, arr.shape()));
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return new Parameters(shapes, flat.dup());
        }
    }

    /** Sets every array to zero, in place. */
    public void zero() {
        flat.assign(0);
    }

    /** Total number of scalars. */
    public long count() {
        return flat.length();
    }

    /**
     * The L2 norm of all arrays taken together, accumulated in double precision (a float sum over the whole set
     * differed from the exact norm in the 5th digit).
     */
    public double globalNorm() {
        INDArray d = flat.dataType() == DataType.DOUBLE ? flat : flat.castTo(DataType.DOUBLE);
        return d.norm2Number().doubleValue();
    }

    /** Every array's scalars in one vector [count], in {@link #names()} order (live, not a copy). */
    public INDArray flat() {
        return flat;
    }

    /** The data type shared by every array. */
    public DataType dataType() {
        return flat.dataType();
    }

    private static long numel(long[] shape) {
        long n = 1;
        for (long d : shape) n *= d;
        return n;
    }
}
