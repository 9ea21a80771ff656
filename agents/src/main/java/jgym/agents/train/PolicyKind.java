package jgym.agents.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import jgym.agents.model.AdamWConfig;
import jgym.agents.model.TransformerConfig;
import jgym.agents.policy.CharTokenizer;
import jgym.agents.policy.TrainablePolicy;
import jgym.agents.policy.TransformerPolicy;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * How a training run makes and reads its policy: the one place {@link TrainingRun} meets a concrete model. Everything
 * else in a run (cold start, RL, evaluation, checkpoints through {@link TrainablePolicy#save}) works on any
 * {@link TrainablePolicy}. {@link #TRANSFORMER} is the gym's own.
 */
public interface PolicyKind {
    /**
     * A fresh policy of {@code recipe}'s shape whose vocabulary covers {@code corpus}.
     *
     * @param learningRate the optimiser's first learning rate
     * @param seed         the initialisation's seed
     */
    TrainablePolicy create(TrainRecipe recipe, List<String> corpus, double learningRate, long seed);

    /** A policy {@link TrainablePolicy#save} wrote to {@code dir}, ready to train on from where it stopped. */
    TrainablePolicy load(Path dir) throws IOException;

    /** The character-level transformer ({@link TransformerPolicy}), MLP ratio 4, float weights, default AdamW. */
    PolicyKind TRANSFORMER = new PolicyKind() {
        @Override
        public TrainablePolicy create(TrainRecipe recipe, List<String> corpus, double learningRate, long seed) {
            CharTokenizer tok = CharTokenizer.asciiCovering(corpus);
            var shape = new TransformerConfig(tok.vocabSize(), recipe.contextLength(), recipe.layers(), recipe.dModel(),
                    recipe.heads(), 4, DataType.FLOAT);
            return TransformerPolicy.create(shape, tok, AdamWConfig.defaults().withLearningRate(learningRate), seed);
        }

        @Override
        public TrainablePolicy load(Path dir) throws IOException {
            return TransformerPolicy.load(dir);
        }
    };
}
