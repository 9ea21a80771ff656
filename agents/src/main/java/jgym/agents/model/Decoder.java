package jgym.agents.model;

/**
 * Incremental decoding for sampling: a key/value cache of {@code batch} rows and the forward step that appends to it.
 * Two implementations, chosen by {@link #of}: {@link BlasDecoder} on ND4J's CPU backend with a float model (OpenBLAS
 * for the matrix products, everything else in plain Java loops, no ND4J operation per token), and
 * {@link PortableDecoder} everywhere else (ND4J operations, so it runs on any backend). They agree to 1e-5
 * ({@code DecoderTest}). Not thread-safe; close it to free its native scratch memory.
 */
public sealed interface Decoder extends AutoCloseable permits BlasDecoder, PortableDecoder {
    /** The fastest decoder {@code model} can use here, for {@code batch} rows. */
    static Decoder of(Transformer model, int batch) {
        return BlasDecoder.supports(model) ? new BlasDecoder(model, batch) : new PortableDecoder(model, batch);
    }

    /** Number of rows. */
    int batch();

    /**
     * Keeps only the given rows of the cache, in the given order (e.g. the completions still being generated), so later
     * steps compute nothing for finished rows.
     *
     * @param rows distinct row indices in [0, batch), at least one
     */
    void keepRows(int[] rows);

    /**
     * Feeds {@code steps} tokens per row (row-major [batch, steps]) at positions {@code start .. start+steps-1},
     * appending their keys and values to the cache, and returns the next-token logits of each row's last fed position,
     * row-major [batch * V].
     */
    double[] next(int[] tokens, int steps, int start);

    /** Frees native scratch memory; the decoder must not be used afterwards. */
    @Override
    void close();
}
