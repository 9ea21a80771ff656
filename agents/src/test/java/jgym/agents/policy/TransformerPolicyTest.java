package jgym.agents.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jgym.agents.model.AdamWConfig;
import jgym.agents.model.TransformerConfig;
import jgym.agents.model.Backend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** Sampling, scoring and training behaviour of {@link TransformerPolicy} on small models. */
class TransformerPolicyTest {
    @BeforeAll
    static void oneNd4jThread() {
        // small arrays: a second OpenMP thread only adds waiting on shared 2-core machines (see Backend.limitThreads)
        Backend.limitThreads(1);
    }
    private static final CharTokenizer TOK = CharTokenizer.ascii();

    private static TransformerPolicy tiny(int contextLength, long seed, double lr) {
        TransformerConfig config = new TransformerConfig(TOK.vocabSize(), contextLength, 1, 32, 2, 4, DataType.FLOAT);
        return TransformerPolicy.create(config, TOK, new AdamWConfig(lr, 0.9, 0.99, 1e-8, 0.0, 1.0), seed);
    }

    @Test
    void kvCacheSamplingLogProbsEqualAFullForwardOverTheSampledSequences() {
        kvCacheLogProbsEqualAFullForwardAt(1.0);
    }

    /** At temperature 0.7 the sampler's log-probabilities and a forward at 0.7 are of the same tempered distribution. */
    @Test
    void atASamplingTemperatureTheSamplersLogProbsEqualAForwardAtThatTemperature() {
        kvCacheLogProbsEqualAFullForwardAt(0.7);
    }

    private static void kvCacheLogProbsEqualAFullForwardAt(double temperature) {
        TransformerConfig config = new TransformerConfig(TOK.vocabSize(), 32, 2, 32, 4, 4, DataType.FLOAT);
        TransformerPolicy policy = TransformerPolicy.create(config, TOK, AdamWConfig.defaults(), 11);
        // prompts of different lengths finish at different positions, so finished rows are dropped from the cache midway
        List<String> prompts = List.of("", "a", "hello", "12+7=", "hello");
        List<Sample> samples = policy.sample(prompts, new SamplingConfig(20, temperature, 1.0, List.of()), 99);
        int[][] p = new int[prompts.size()][];
        int[][] c = new int[prompts.size()][];
        for (int i = 0; i < p.length; i++) {
            p[i] = TOK.encode(prompts.get(i));
            c[i] = samples.get(i).tokens();
            assertTrue(c[i].length > 0, "empty sample " + i);
        }
        float[][] full = policy.logProbs(new SequenceBatch(p, c, temperature));
        float[][] untempered = policy.logProbs(new SequenceBatch(p, c));
        boolean differs = false;
        for (int i = 0; i < p.length; i++) {
            float[] cached = samples.get(i).logProbs();
            for (int j = 0; j < cached.length; j++) differs |= Math.abs(untempered[i][j] - cached[j]) > 1e-3;
            assertEquals(cached.length, full[i].length);
            for (int j = 0; j < cached.length; j++) {
                assertEquals(full[i][j], cached[j], 2e-4, "sequence " + i + " token " + j);
            }
        }
        assertEquals(temperature != 1.0, differs, "log-probabilities at T=1 differ from the tempered ones exactly when T != 1");
        // the two "hello" rows draw from different streams (index 2 and 4)
        assertFalse(java.util.Arrays.equals(samples.get(2).tokens(), samples.get(4).tokens()));
    }

    @Test
    void sameSeedSameSamplesAndAnotherSeedDiffers() {
        TransformerPolicy policy = tiny(24, 3, 1e-3);
        List<String> prompts = List.of("ab", "abc", "q");
        SamplingConfig cfg = new SamplingConfig(12, 0.9, 0.95, List.of());
        List<Sample> a = policy.sample(prompts, cfg, 5);
        List<Sample> b = policy.sample(prompts, cfg, 5);
        List<Sample> other = policy.sample(prompts, cfg, 6);
        boolean anyDiff = false;
        for (int i = 0; i < prompts.size(); i++) {
            assertArrayEquals(a.get(i).tokens(), b.get(i).tokens());
            assertArrayEquals(a.get(i).logProbs(), b.get(i).logProbs());
            anyDiff |= !java.util.Arrays.equals(a.get(i).tokens(), other.get(i).tokens());
        }
        assertTrue(anyDiff, "seed 6 gave the same samples as seed 5");
    }

    @Test
    void contextLengthTruncatesAndOverlongInputsAreRejected() {
        TransformerPolicy policy = tiny(10, 1, 1e-3);
        Sample s = policy.sample(List.of("1234567"), new SamplingConfig(50, 1.0, 1.0, List.of()), 1).get(0);
        boolean endedByEos = s.tokens().length > 0 && s.tokens()[s.tokens().length - 1] == TOK.eosId();
        if (!endedByEos) {
            assertEquals(3, s.tokens().length, "7 prompt tokens leave room for 3 in a 10-token context");
            assertTrue(s.truncated());
        }
        Sample full = policy.sample(List.of("0123456789"), new SamplingConfig(5, 1.0, 1.0, List.of()), 1).get(0);
        assertEquals(0, full.tokens().length);
        assertTrue(full.truncated());
        assertThrows(IllegalArgumentException.class,
                () -> policy.sample(List.of("01234567890"), new SamplingConfig(5, 1.0, 1.0, List.of()), 1));
        assertThrows(IllegalArgumentException.class,
                () -> policy.logProbs(new SequenceBatch(new int[][] {TOK.encode("012345")}, new int[][] {TOK.encode("01234")})));
    }

    @Test
    void overfitsAFixedBatchThenStopsAtEosStopStringsAndMaxTokens() {
        TransformerPolicy policy = tiny(16, 4, 1e-2);
        int[][] prompts = {TOK.encode("x="), TOK.encode("y=")};
        int[][] completions = {withEos("12;34"), withEos("56;78")};
        SequenceBatch batch = new SequenceBatch(prompts, completions);
        double first = Double.NaN, last = Double.NaN;
        long start = System.nanoTime();
        for (int step = 0; step < 80; step++) {
            TransformerPolicy.Forward f = policy.forward(batch);
            int n = 12;
            double loss = 0;
            float[][] d = new float[2][];
            for (int i = 0; i < 2; i++) {
                d[i] = new float[f.logProbs()[i].length];
                for (int j = 0; j < d[i].length; j++) {
                    loss -= f.logProbs()[i][j] / n;
                    d[i][j] = -1f / n;
                }
            }
            if (step == 0) first = loss;
            last = loss;
            policy.backward(d, null);
            policy.step();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(first > 4.0, "an untrained model should be near ln(101) = 4.6 nats, got " + first);
        assertTrue(last < 0.05, "loss went from " + first + " to " + last + " in " + seconds + " s");
        assertEquals(80, policy.stepCount());

        SamplingConfig greedy = new SamplingConfig(10, 1e-3, 1.0, List.of());
        List<Sample> out = policy.sample(List.of("x=", "y="), greedy, 0);
        assertEquals("12;34", out.get(0).text());
        assertEquals("56;78", out.get(1).text());
        assertArrayEquals(completions[0], out.get(0).tokens());
        assertFalse(out.get(0).truncated());
        Sample stopped = policy.sample(List.of("x="), new SamplingConfig(10, 1e-3, 1.0, List.of(";")), 0).get(0);
        assertEquals("12;", stopped.text());
        assertFalse(stopped.truncated());
        Sample cut = policy.sample(List.of("y="), new SamplingConfig(2, 1e-3, 1.0, List.of()), 0).get(0);
        assertEquals("56", cut.text());
        assertTrue(cut.truncated());
        // the learned sequence is near-certain: each sampled log-prob is close to 0
        for (float lp : out.get(0).logProbs()) assertTrue(lp > -0.1, "log-prob " + lp);
    }

    @Test
    void snapshotIsFrozenWhileThePolicyTrains() {
        TransformerPolicy policy = tiny(16, 8, 1e-2);
        SequenceBatch batch = new SequenceBatch(new int[][] {TOK.encode("ab")}, new int[][] {withEos("cd")});
        Policy frozen = policy.snapshot();
        float[] before = frozen.logProbs(batch)[0].clone();
        assertArrayEquals(before, policy.logProbs(batch)[0]);
        TransformerPolicy.Forward f = policy.forward(batch);
        policy.backward(new float[][] {{-1f, -1f, -1f}}, new float[][] {{1f, 1f, 1f}});
        policy.step();
        assertArrayEquals(before, frozen.logProbs(batch)[0]);
        assertNotEquals(before[0], policy.logProbs(batch)[0][0]);
        assertEquals(3, f.values()[0].length);
        assertEquals(3, f.entropy()[0].length);
        for (float h : f.entropy()[0]) assertTrue(h > 0 && h <= Math.log(TOK.vocabSize()) + 1e-4, "entropy " + h);
    }

    private static int[] withEos(String text) {
        int[] t = TOK.encode(text);
        int[] out = java.util.Arrays.copyOf(t, t.length + 1);
        out[t.length] = TOK.eosId();
        return out;
    }
}
