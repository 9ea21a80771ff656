package jgym.agents.policy;

import java.util.List;
import jgym.agents.model.Parameters;
import jgym.agents.model.Transformer;
import jgym.agents.model.TransformerConfig;

/**
 * A frozen transformer policy: its own copy of the weights, sampling and scoring only. What
 * {@link TransformerPolicy#snapshot()} returns, for the reference policy and the policy that sampled.
 */
public final class TransformerSnapshot implements Policy {
    private final Transformer model;
    private final CharTokenizer tokenizer;

    /** Wraps {@code weights}, which the caller must not change afterwards (pass a copy). */
    TransformerSnapshot(TransformerConfig config, CharTokenizer tokenizer, Parameters weights) {
        this.model = new Transformer(config, weights);
        this.tokenizer = tokenizer;
    }

    @Override
    public CharTokenizer tokenizer() {
        return tokenizer;
    }

    @Override
    public int contextLength() {
        return model.config().contextLength();
    }

    @Override
    public List<Sample> sample(List<String> prompts, SamplingConfig config, long seed) {
        return KvSampler.sample(model, tokenizer, prompts, config, seed);
    }

    @Override
    public List<Sample> sample(List<String> prompts, SamplingConfig config, long seed, int[] rows) {
        return KvSampler.sample(model, tokenizer, prompts, config, seed, rows);
    }

    @Override
    public float[][] logProbs(SequenceBatch batch) {
        RightPaddedBatch layout = RightPaddedBatch.of(batch, tokenizer.bosId(), tokenizer.padId(), model.config().contextLength());
        Transformer.Activations act = model.forward(layout.tokens(), layout.batch(), layout.length());
        return TokenScores.of(act.logits(), layout, false, batch.temperature()).logProbs();
    }
}
