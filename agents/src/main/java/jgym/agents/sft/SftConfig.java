package jgym.agents.sft;

/**
 * How supervised fine-tuning draws its minibatches.
 *
 * @param batchSize examples per optimiser step, >= 1
 * @param appendEos end every target with the tokenizer's end-of-sequence token, so the policy learns to stop
 * @param seed      the seed of the shuffling: epoch {@code e} is a permutation drawn from {@code Seeds.mix(seed, e)}
 */
public record SftConfig(int batchSize, boolean appendEos, long seed) {
    public SftConfig {
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
    }
}
