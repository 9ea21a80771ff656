package jgym.agents.policy;

/**
 * A {@link SequenceBatch} laid out for the transformer: row i is [BOS, prompt_i, completion_i] without its last token
 * (the last token is only predicted, never fed), right-padded with PAD to the longest row. Completion token j of row
 * i is predicted at input position {@code P_i + j}, i.e. flat row {@code i * length + P_i + j} of the logits.
 *
 * @param tokens  row-major [batch, length] input ids
 * @param length  the padded row length L (max over rows of P_i + C_i, at least 1)
 * @param offsets per row, the input position P_i that predicts its first completion token
 * @param targets per row, the completion ids to score
 */
record RightPaddedBatch(int[] tokens, int batch, int length, int[] offsets, int[][] targets) {

    /** Lays out {@code batch}; IllegalArgumentException if a row's prompt plus completion exceeds the context. */
    static RightPaddedBatch of(SequenceBatch batch, int bos, int pad, int contextLength) {
        int n = batch.size();
        if (n == 0) throw new IllegalArgumentException("batch must hold at least one sequence");
        int length = 1;
        for (int i = 0; i < n; i++) {
            int total = batch.prompts()[i].length + batch.completions()[i].length;
            if (total > contextLength) {
                throw new IllegalArgumentException("sequence " + i + " has " + batch.prompts()[i].length + " prompt + "
                        + batch.completions()[i].length + " completion tokens, more than contextLength " + contextLength);
            }
            length = Math.max(length, total);
        }
        int[] tokens = new int[n * length];
        java.util.Arrays.fill(tokens, pad);
        int[] offsets = new int[n];
        int[][] targets = new int[n][];
        for (int i = 0; i < n; i++) {
            int[] p = batch.prompts()[i], c = batch.completions()[i];
            int row = i * length;
            tokens[row] = bos;
            System.arraycopy(p, 0, tokens, row + 1, p.length);
            if (c.length > 1) System.arraycopy(c, 0, tokens, row + 1 + p.length, c.length - 1);
            offsets[i] = p.length;
            targets[i] = c.clone();
        }
        return new RightPaddedBatch(tokens, n, length, offsets, targets);
    }

    /** The flat logits row that predicts completion token {@code j} of sequence {@code i}. */
    int row(int i, int j) {
        return i * length + offsets[i] + j;
    }
}
