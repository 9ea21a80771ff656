package jgym.agents.train;

import java.util.List;

/**
 * The model and batch sizes of a training run: the knobs that decide how long a step takes.
 *
 * @param contextLength  positions of the transformer (prompt plus completion must fit), >= 8
 * @param layers         transformer blocks, >= 1
 * @param dModel         residual width, a positive multiple of {@code heads}
 * @param heads          attention heads, >= 1
 * @param groupSize      G, completions per prompt, >= 2
 * @param groupsPerStep  prompts per RL step, >= 1
 * @param maxNewTokens   completion budget in tokens, >= 1
 * @param temperature    sampling temperature of RL rollouts, > 0
 */
public record TrainRecipe(int contextLength, int layers, int dModel, int heads, int groupSize, int groupsPerStep,
                          int maxNewTokens, double temperature) {
    /** Generation stops after the closing answer tag (or at the end-of-sequence token). */
    public static final List<String> STOP_STRINGS = List.of("</answer>");

    public TrainRecipe {
        if (contextLength < 8) throw new IllegalArgumentException("contextLength must be >= 8, got " + contextLength);
        if (layers < 1) throw new IllegalArgumentException("layers must be >= 1, got " + layers);
        if (heads < 1) throw new IllegalArgumentException("heads must be >= 1, got " + heads);
        if (dModel < 1 || dModel % heads != 0) {
            throw new IllegalArgumentException("dModel must be a positive multiple of heads (" + heads + "), got " + dModel);
        }
        if (groupSize < 2) throw new IllegalArgumentException("groupSize must be >= 2, got " + groupSize);
        if (groupsPerStep < 1) throw new IllegalArgumentException("groupsPerStep must be >= 1, got " + groupsPerStep);
        if (maxNewTokens < 1) throw new IllegalArgumentException("maxNewTokens must be >= 1, got " + maxNewTokens);
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("temperature must be finite and > 0, got " + temperature);
        }
    }

    /**
     * The default recipe of {@code gym train}: a 1-layer, d=64 transformer (about 60k parameters) with 112 positions,
     * 16 groups of 4 completions per step, up to 80 new tokens, sampled at temperature 0.7 (at 1.0 the short cold start
     * breaks its own format too often to give GRPO a signal). Sized for two shared CPU cores. 16 prompts of 4 rather
     * than 8 of 8 (the same 64 completions): with 8 prompts a step's updates swung the policy between the two answers
     * of {@code a mod 2} and some seeds settled on a constant answer (docs/experiments.md, "Seeds").
     */
    public static TrainRecipe defaults() {
        return new TrainRecipe(112, 1, 64, 4, 4, 16, 80, 0.7);
    }
}
