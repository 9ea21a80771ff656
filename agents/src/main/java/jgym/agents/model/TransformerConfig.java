package jgym.agents.model;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * The shape of a decoder-only transformer (nanoGPT's seven fields, less dropout and bias switches).
 *
 * @param vocabSize     number of token ids, >= 2
 * @param contextLength most positions one sequence may occupy (learned position table rows), >= 2
 * @param layers        number of transformer blocks, >= 1
 * @param dModel        width of the residual stream, divisible by {@code heads}
 * @param heads         attention heads per block, >= 1
 * @param mlpRatio      hidden width of the MLP as a multiple of {@code dModel}, >= 1 (4 in GPT-2)
 * @param dataType      {@link DataType#FLOAT} for training, {@link DataType#DOUBLE} for gradient checks
 */
public record TransformerConfig(int vocabSize, int contextLength, int layers, int dModel, int heads, int mlpRatio,
                                DataType dataType) {

    public TransformerConfig {
        if (vocabSize < 2) throw new IllegalArgumentException("vocabSize must be >= 2, got " + vocabSize);
        if (contextLength < 2) throw new IllegalArgumentException("contextLength must be >= 2, got " + contextLength);
        if (layers < 1) throw new IllegalArgumentException("layers must be >= 1, got " + layers);
        if (heads < 1) throw new IllegalArgumentException("heads must be >= 1, got " + heads);
        if (dModel < 1 || dModel % heads != 0) {
            throw new IllegalArgumentException("dModel must be a positive multiple of heads (" + heads + "), got " + dModel);
        }
        if (mlpRatio < 1) throw new IllegalArgumentException("mlpRatio must be >= 1, got " + mlpRatio);
        if (dataType != DataType.FLOAT && dataType != DataType.DOUBLE) {
            throw new IllegalArgumentException("dataType must be FLOAT or DOUBLE, got " + dataType);
        }
    }

    /** The default policy size of the gym: 2 layers, d=128, 4 heads, 64 positions, float. */
    public static TransformerConfig small(int vocabSize) {
        return new TransformerConfig(vocabSize, 64, 2, 128, 4, 4, DataType.FLOAT);
    }

    /** Width of one attention head. */
    public int headDim() {
        return dModel / heads;
    }

    /** The same shape with another context length. */
    public TransformerConfig withContextLength(int newContextLength) {
        return new TransformerConfig(vocabSize, newContextLength, layers, dModel, heads, mlpRatio, dataType);
    }

    /** Another size in the same vocabulary, MLP ratio and precision. */
    public TransformerConfig withShape(int newContextLength, int newLayers, int newDModel, int newHeads) {
        return new TransformerConfig(vocabSize, newContextLength, newLayers, newDModel, newHeads, mlpRatio, dataType);
    }

    /** The same shape in another precision. */
    public TransformerConfig withDataType(DataType newDataType) {
        return new TransformerConfig(vocabSize, contextLength, layers, dModel, heads, mlpRatio, newDataType);
    }

    /**
     * Model FLOPs of one training step (forward plus backward, counted as 3x the forward; a multiply-add is 2 FLOPs)
     * over {@code tokens} positions in rows of {@code seqLen}: per token 2 FLOPs per matrix weight (blocks, tied head,
     * value head) plus, per layer, 4 * seqLen * dModel for the attention scores and the weighted sum of values (the
     * causal half that is masked is counted too, as it is computed).
     */
    public double trainingFlops(long tokens, int seqLen) {
        double d = dModel;
        double matrixWeights = layers * (3 * d * d + d * d + 2.0 * mlpRatio * d * d) + d * vocabSize + d;
        double attention = layers * 4.0 * seqLen * d;
        return 3.0 * tokens * (2.0 * matrixWeights + attention);
    }

    /**
     * Model FLOPs of sampling one token with a key/value cache at position {@code position}: the forward of one row,
     * 2 FLOPs per matrix weight (blocks and the tied head; no value head) plus, per layer, 4 * (position + 1) * dModel
     * for the scores and the weighted sum over the cached positions.
     */
    public double sampledTokenFlops(double position) {
        double d = dModel;
        double matrixWeights = layers * (3 * d * d + d * d + 2.0 * mlpRatio * d * d) + d * vocabSize;
        return 2.0 * matrixWeights + layers * 4.0 * (position + 1) * d;
    }
}
