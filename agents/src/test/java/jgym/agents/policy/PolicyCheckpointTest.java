package jgym.agents.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jgym.agents.model.AdamWConfig;
import jgym.agents.model.Parameters;
import jgym.agents.model.TransformerConfig;
import jgym.agents.model.Backend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

/** A run interrupted by save and load continues exactly like an uninterrupted one. */
class PolicyCheckpointTest {
    @BeforeAll
    static void oneNd4jThread() {
        // small arrays: a second OpenMP thread only adds waiting on shared 2-core machines (see Backend.limitThreads)
        Backend.limitThreads(1);
    }
    private static final CharTokenizer TOK = CharTokenizer.ascii();
    private static final int K = 3;

    @Test
    void trainSaveLoadTrainMatchesAnUninterruptedRunExactly(@TempDir Path dir) throws IOException {
        TransformerConfig config = new TransformerConfig(TOK.vocabSize(), 16, 2, 32, 2, 4, DataType.FLOAT);
        AdamWConfig adam = new AdamWConfig(3e-3, 0.9, 0.99, 1e-8, 0.1, 0.5);
        SequenceBatch batch = new SequenceBatch(new int[][] {TOK.encode("2+3="), TOK.encode("7-1=")},
                new int[][] {TOK.encode("5"), TOK.encode("6!")});

        TransformerPolicy straight = TransformerPolicy.create(config, TOK, adam, 21);
        List<Double> straightLosses = train(straight, batch, 2 * K);

        TransformerPolicy first = TransformerPolicy.create(config, TOK, adam, 21);
        List<Double> resumedLosses = new ArrayList<>(train(first, batch, K));
        first.save(dir);
        TransformerPolicy resumed = TransformerPolicy.load(dir);
        assertEquals(K, resumed.stepCount());
        assertEquals(config, resumed.config());
        assertEquals(TOK.alphabet(), resumed.tokenizer().alphabet());
        resumedLosses.addAll(train(resumed, batch, K));

        assertEquals(straightLosses, resumedLosses);
        Parameters a = straight.parameters(), b = resumed.parameters();
        for (String name : a.names()) {
            assertArrayEquals(a.get(name).dup().data().asFloat(), b.get(name).dup().data().asFloat(), 0f, name);
            assertArrayEquals(straight.optimizer().secondMoments().get(name).dup().data().asFloat(),
                    resumed.optimizer().secondMoments().get(name).dup().data().asFloat(), 0f, "adam v " + name);
        }
        assertArrayEquals(straight.sample(List.of("2+3="), new SamplingConfig(4, 1.0, 1.0, List.of()), 1).get(0).tokens(),
                resumed.sample(List.of("2+3="), new SamplingConfig(4, 1.0, 1.0, List.of()), 1).get(0).tokens());
    }

    @Test
    void aTruncatedWeightsFileIsRejected(@TempDir Path dir) throws IOException {
        TransformerConfig config = new TransformerConfig(TOK.vocabSize(), 8, 1, 8, 2, 1, DataType.FLOAT);
        TransformerPolicy.create(config, TOK, AdamWConfig.defaults(), 1).save(dir);
        byte[] w = Files.readAllBytes(dir.resolve("weights.bin"));
        Files.write(dir.resolve("weights.bin"), java.util.Arrays.copyOf(w, w.length - 4));
        assertThrows(java.io.EOFException.class, () -> TransformerPolicy.load(dir));
    }

    @Test
    void weightsAloneMakeASnapshotThatSamplesAndScoresAsThePolicy() {
        TransformerConfig config = new TransformerConfig(TOK.vocabSize(), 32, 2, 32, 2, 4, DataType.FLOAT);
        TransformerPolicy policy = TransformerPolicy.create(config, TOK, AdamWConfig.defaults(), 3);
        TransformerSnapshot copy = PolicyCheckpoint.snapshot(PolicyCheckpoint.weights(policy));
        var prompts = List.of("12+3=", "7*8=", "hello");
        var sampling = new SamplingConfig(12, 1.0, 1.0, List.of());
        List<Sample> a = policy.sample(prompts, sampling, 5), b = copy.sample(prompts, sampling, 5);
        for (int i = 0; i < prompts.size(); i++) {
            assertEquals(a.get(i).text(), b.get(i).text());
            assertArrayEquals(a.get(i).logProbs(), b.get(i).logProbs());
        }
        assertEquals(32, copy.contextLength());
        byte[] w = PolicyCheckpoint.weights(policy);
        var e = assertThrows(IllegalArgumentException.class, () -> PolicyCheckpoint.snapshot(java.util.Arrays.copyOf(w, w.length - 4)));
        assertEquals("the weights end early (" + (w.length - 4) + " bytes)", e.getMessage());
    }

    /** k steps of a policy-gradient-like loss (-sum logp) plus a squared value error towards 1; returns the losses. */
    private static List<Double> train(TransformerPolicy policy, SequenceBatch batch, int steps) {
        List<Double> losses = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            TransformerPolicy.Forward f = policy.forward(batch);
            double loss = 0;
            float[][] dlp = new float[batch.size()][];
            float[][] dv = new float[batch.size()][];
            for (int i = 0; i < batch.size(); i++) {
                dlp[i] = new float[f.logProbs()[i].length];
                dv[i] = new float[f.logProbs()[i].length];
                for (int j = 0; j < dlp[i].length; j++) {
                    double err = f.values()[i][j] - 1.0;
                    loss += -f.logProbs()[i][j] + 0.5 * err * err;
                    dlp[i][j] = -1f;
                    dv[i][j] = (float) err;
                }
            }
            losses.add(loss);
            policy.backward(dlp, dv);
            policy.step();
        }
        return losses;
    }
}
