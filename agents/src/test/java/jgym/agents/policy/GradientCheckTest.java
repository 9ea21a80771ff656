package jgym.agents.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jgym.agents.model.Parameters;
import jgym.agents.model.Transformer;
import jgym.agents.model.TransformerConfig;
import jgym.agents.model.Backend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Central finite differences against the hand-written backward pass, in double precision, on a tiny 2-layer model.
 * The loss L = sum w_ij log softmax(logits)[target_ij] + sum u_ij value_ij is computed here from the forward's logits
 * and values, independently of the policy's own log-softmax, and covers embeddings, positions, attention, LayerNorm,
 * MLP, the tied head and the value head.
 */
class GradientCheckTest {
    @BeforeAll
    static void oneNd4jThread() {
        // small arrays: a second OpenMP thread only adds waiting on shared 2-core machines (see Backend.limitThreads)
        Backend.limitThreads(1);
    }
    private static final double H = 1e-5;
    private static final int SAMPLES = 4;

    @Test
    void backwardMatchesFiniteDifferencesForEveryParameterArray() {
        check(1.0);
    }

    /** At a sampling temperature the log-probabilities are of softmax(logits / T); their gradient must be too. */
    @Test
    void backwardMatchesFiniteDifferencesAtASamplingTemperature() {
        check(0.7);
    }

    private static void check(double temperature) {
        CharTokenizer tok = new CharTokenizer("abc");
        TransformerConfig config = new TransformerConfig(tok.vocabSize(), 8, 2, 8, 2, 2, DataType.DOUBLE);
        Parameters params = Parameters.initialise(config, 7);
        SplittableRandom rng = new SplittableRandom(3);
        // larger-than-default weights so that attention is far from uniform and LayerNorm gains matter
        for (String name : params.names()) {
            INDArray a = params.get(name);
            for (long i = 0; i < a.length(); i++) a.putScalar(i, a.getDouble(i) * 10 + (name.endsWith(".g") ? 0.3 * rng.nextGaussian() : 0.1 * rng.nextGaussian()));
        }
        Transformer model = new Transformer(config, params);
        SequenceBatch batch = new SequenceBatch(
                new int[][] {{4, 5, 6}, {6}, {}},
                new int[][] {{5, 4, 2}, {4, 4, 5, 6, 2}, {6, 5}}, temperature);
        RightPaddedBatch layout = RightPaddedBatch.of(batch, tok.bosId(), tok.padId(), config.contextLength());
        float[][] w = new float[3][];
        float[][] u = new float[3][];
        for (int i = 0; i < 3; i++) {
            w[i] = new float[layout.targets()[i].length];
            u[i] = new float[w[i].length];
            for (int j = 0; j < w[i].length; j++) {
                w[i][j] = (float) rng.nextDouble(-1, 1);
                u[i][j] = (float) rng.nextDouble(-1, 1);
            }
        }

        Transformer.Activations act = model.forward(layout.tokens(), layout.batch(), layout.length());
        TokenScores scores = TokenScores.of(act.logits(), layout, true, batch.temperature());
        Parameters grads = Parameters.zerosLike(params);
        double[] dv = new double[layout.batch() * layout.length()];
        for (int i = 0; i < 3; i++) for (int j = 0; j < u[i].length; j++) dv[layout.row(i, j)] = u[i][j];
        model.backward(act, scores.logitsGradient(layout, w, config.vocabSize(), DataType.DOUBLE),
                org.nd4j.linalg.factory.Nd4j.create(dv, new long[] {dv.length, 1}, DataType.DOUBLE), grads);

        int checked = 0;
        double worst = 0;
        for (String name : params.names()) {
            INDArray p = params.get(name), g = grads.get(name);
            for (int s = 0; s < SAMPLES; s++) {
                long i = rng.nextLong(p.length());
                double orig = p.getDouble(i);
                p.putScalar(i, orig + H);
                double up = loss(model, layout, w, u, temperature);
                p.putScalar(i, orig - H);
                double down = loss(model, layout, w, u, temperature);
                p.putScalar(i, orig);
                double numeric = (up - down) / (2 * H);
                double analytic = g.getDouble(i);
                double err = Math.abs(numeric - analytic) / Math.max(1e-2, Math.abs(numeric) + Math.abs(analytic));
                worst = Math.max(worst, err);
                assertTrue(err < 1e-5, name + "[" + i + "]: analytic " + analytic + " vs numeric " + numeric);
                checked++;
            }
        }
        assertTrue(checked == SAMPLES * params.names().size(), "checked " + checked);
        System.out.printf("gradient check at T=%s: %d entries over %d arrays, worst relative error %.2e%n", temperature, checked,
                params.names().size(), worst);
    }

    @Test
    void wteGradientIsNonZeroForTokensOnlyUsedAsInputs() {
        // the tied head gives every row of wte a gradient; this check makes sure the input side (scatter-add) adds to it
        CharTokenizer tok = new CharTokenizer("ab");
        TransformerConfig config = new TransformerConfig(tok.vocabSize(), 4, 1, 4, 1, 1, DataType.DOUBLE);
        Parameters params = Parameters.initialise(config, 1);
        Transformer model = new Transformer(config, params);
        SequenceBatch batch = new SequenceBatch(new int[][] {{5}}, new int[][] {{4}});
        RightPaddedBatch layout = RightPaddedBatch.of(batch, tok.bosId(), tok.padId(), 4);
        Transformer.Activations act = model.forward(layout.tokens(), 1, layout.length());
        TokenScores scores = TokenScores.of(act.logits(), layout, true);
        float[][] w = {{1f}};
        Parameters withInput = Parameters.zerosLike(params);
        model.backward(act, scores.logitsGradient(layout, w, config.vocabSize(), DataType.DOUBLE), null, withInput);
        // head-only part: dwte = dlogits^T hf, computed here by hand
        INDArray dLogits = scores.logitsGradient(layout, w, config.vocabSize(), DataType.DOUBLE);
        INDArray headOnly = dLogits.transpose().mmul(act.hf());
        double inputPart = withInput.get("wte").getRow(5).sub(headOnly.getRow(5)).norm2Number().doubleValue();
        assertTrue(inputPart > 1e-6, "input-side gradient of token 5 is " + inputPart);
        assertTrue(withInput.get("wte").getRow(3).sub(headOnly.getRow(3)).norm2Number().doubleValue() < 1e-12, "unused token got an input gradient");
    }

    /** sum w * log softmax(logits / T)[target] + u * value, computed here from the logits by hand. */
    private static double loss(Transformer model, RightPaddedBatch layout, float[][] w, float[][] u, double temperature) {
        Transformer.Activations act = model.forward(layout.tokens(), layout.batch(), layout.length());
        double[] z = act.logits().dup('c').data().asDouble();
        double[] values = act.values().dup('c').data().asDouble();
        int v = (int) act.logits().size(1);
        double total = 0;
        for (int i = 0; i < layout.batch(); i++) {
            for (int j = 0; j < w[i].length; j++) {
                int r = layout.row(i, j);
                double max = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < v; a++) max = Math.max(max, z[r * v + a] / temperature);
                double sum = 0;
                for (int a = 0; a < v; a++) sum += Math.exp(z[r * v + a] / temperature - max);
                double logp = z[r * v + layout.targets()[i][j]] / temperature - max - Math.log(sum);
                total += w[i][j] * logp + u[i][j] * values[r];
            }
        }
        return total;
    }
}
