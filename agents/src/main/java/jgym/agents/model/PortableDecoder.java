package jgym.agents.model;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.factory.Nd4j;

/** {@link Decoder} through {@link Transformer#decode} and a {@link KvCache}: ND4J operations, every backend and data type. */
final class PortableDecoder implements Decoder {
    private final Transformer model;
    private final KvCache cache;

    PortableDecoder(Transformer model, int batch) {
        this.model = model;
        this.cache = model.newCache(batch); // outside the step workspace: it lives for the whole sampling
    }

    @Override
    public int batch() {
        return cache.batch();
    }

    @Override
    public void keepRows(int[] rows) {
        cache.keepRows(rows);
    }

    /**
     * Every intermediate array lives in a workspace reused step after step: without it each step's dozens of small
     * arrays are fresh native allocations and frees, which took half of the sampling thread's time (JFR native
     * samples: {@code OpaqueDataBuffer.allocateDataBuffer} 50%, the deallocator 16%).
     */
    @Override
    public double[] next(int[] tokens, int steps, int start) {
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(Scratch.WORKSPACE, "jgym-sampling-step")) {
            return model.decode(cache, tokens, cache.batch(), steps, start).dup('c').data().asDouble();
        }
    }

    @Override
    public void close() {}
}
