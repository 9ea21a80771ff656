package jgym.agents.rl;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jgym.agents.policy.Policy;
import jgym.agents.policy.Sample;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.policy.SequenceBatch;
import jgym.agents.policy.Tokenizer;
import jgym.agents.policy.TrainablePolicy;
import jgym.env.Seeds;

/**
 * A tabular bigram softmax policy on plain arrays, for testing trainers without a neural network (and to show the
 * {@link TrainablePolicy} contract is usable by a policy brought from outside): the next-token distribution is
 * {@code softmax(logits[previous token])}, the value head {@code V(s_t) = values[previous token]}, trained by plain SGD.
 * The previous token of a completion's first token is the prompt's last token (EOS for an empty prompt). Top-p is ignored.
 */
public final class BigramPolicy implements TrainablePolicy {
    private final AlphabetTokenizer tokenizer;
    private final double[][] logits; // [V, V]: row = previous token, column = next token
    private final double[] values;   // [V] or null: no value head
    private double lr;
    private final boolean frozen;
    private final double[][] gradLogits;
    private final double[] gradValues;
    private SequenceBatch last;

    /** A uniform policy (all logits 0) with learning rate {@code lr}, and a zero value head when {@code valueHead}. */
    public BigramPolicy(AlphabetTokenizer tokenizer, double lr, boolean valueHead) {
        this(tokenizer, new double[tokenizer.vocabSize()][tokenizer.vocabSize()],
                valueHead ? new double[tokenizer.vocabSize()] : null, lr, false);
    }

    private BigramPolicy(AlphabetTokenizer tokenizer, double[][] logits, double[] values, double lr, boolean frozen) {
        this.tokenizer = tokenizer;
        this.logits = logits;
        this.values = values;
        this.lr = lr;
        this.frozen = frozen;
        int V = tokenizer.vocabSize();
        this.gradLogits = new double[V][V];
        this.gradValues = new double[V];
    }

    /** The live logit table (tests perturb it for finite differences). */
    public double[][] logits() {
        return logits;
    }

    /** The accumulated gradient of the logits since the last step. */
    public double[][] gradLogits() {
        return gradLogits;
    }

    @Override
    public Tokenizer tokenizer() {
        return tokenizer;
    }

    private int start(int[] prompt) {
        return prompt.length == 0 ? tokenizer.eosId() : prompt[prompt.length - 1];
    }

    private double[] softmax(int prev, double temperature) {
        double[] row = logits[prev];
        double max = Double.NEGATIVE_INFINITY;
        for (double x : row) max = Math.max(max, x / temperature);
        double[] p = new double[row.length];
        double z = 0;
        for (int v = 0; v < row.length; v++) z += p[v] = Math.exp(row[v] / temperature - max);
        for (int v = 0; v < row.length; v++) p[v] /= z;
        return p;
    }

    /** log softmax(logits[prev])[tok], computed without underflow. */
    /** log softmax(logits[prev] / temperature)[tok]. */
    private double logProb(int prev, int tok, double temperature) {
        return Math.log(softmax(prev, temperature)[tok]);
    }

    @Override
    public List<Sample> sample(List<String> prompts, SamplingConfig config, long seed) {
        var out = new ArrayList<Sample>(prompts.size());
        for (int i = 0; i < prompts.size(); i++) {
            var rng = new SplittableRandom(Seeds.mix(seed, i));
            int prev = start(tokenizer.encode(prompts.get(i)));
            var tokens = new ArrayList<Integer>();
            var logps = new ArrayList<Float>();
            boolean stopped = false;
            while (tokens.size() < config.maxNewTokens() && !stopped) {
                double[] p = softmax(prev, config.temperature());
                double u = rng.nextDouble();
                int tok = p.length - 1;
                for (int v = 0; v < p.length; v++) {
                    u -= p[v];
                    if (u < 0) {
                        tok = v;
                        break;
                    }
                }
                tokens.add(tok);
                logps.add((float) logProb(prev, tok, config.temperature()));
                prev = tok;
                String text = tokenizer.decode(toArray(tokens));
                stopped = tok == tokenizer.eosId() || config.stopStrings().stream().anyMatch(text::contains);
            }
            int[] ids = toArray(tokens);
            float[] lp = new float[logps.size()];
            for (int t = 0; t < lp.length; t++) lp[t] = logps.get(t);
            out.add(new Sample(tokenizer.decode(ids), ids, lp, !stopped));
        }
        return out;
    }

    @Override
    public float[][] logProbs(SequenceBatch batch) {
        float[][] out = new float[batch.size()][];
        for (int i = 0; i < batch.size(); i++) {
            int prev = start(batch.prompts()[i]);
            int[] c = batch.completions()[i];
            out[i] = new float[c.length];
            for (int t = 0; t < c.length; t++) {
                out[i][t] = (float) logProb(prev, c[t], batch.temperature());
                prev = c[t];
            }
        }
        return out;
    }

    @Override
    public Forward forward(SequenceBatch batch) {
        last = batch;
        float[][] entropy = new float[batch.size()][];
        float[][] v = values == null ? null : new float[batch.size()][];
        for (int i = 0; i < batch.size(); i++) {
            int prev = start(batch.prompts()[i]);
            int[] c = batch.completions()[i];
            entropy[i] = new float[c.length];
            if (v != null) v[i] = new float[c.length];
            for (int t = 0; t < c.length; t++) {
                double[] p = softmax(prev, batch.temperature());
                double h = 0;
                for (double q : p) if (q > 0) h -= q * Math.log(q);
                entropy[i][t] = (float) h;
                if (v != null) v[i][t] = (float) values[prev];
                prev = c[t];
            }
        }
        return new Forward(logProbs(batch), entropy, v);
    }

    @Override
    public void backward(float[][] dLogProbs, float[][] dValues) {
        if (frozen) throw new IllegalStateException("a snapshot cannot be trained");
        for (int i = 0; i < last.size(); i++) {
            int prev = start(last.prompts()[i]);
            int[] c = last.completions()[i];
            for (int t = 0; t < c.length; t++) {
                double[] p = softmax(prev, last.temperature());
                double g = dLogProbs[i][t] / last.temperature();
                // d log softmax(z / T)[tok] / d z_v = (1{v == tok} - p_v) / T
                for (int v = 0; v < p.length; v++) gradLogits[prev][v] += g * ((v == c[t] ? 1 : 0) - p[v]);
                if (dValues != null && values != null) gradValues[prev] += dValues[i][t];
                prev = c[t];
            }
        }
    }

    @Override
    public void step() {
        for (int a = 0; a < logits.length; a++) {
            for (int b = 0; b < logits[a].length; b++) {
                logits[a][b] -= lr * gradLogits[a][b];
                gradLogits[a][b] = 0;
            }
            if (values != null) values[a] -= lr * gradValues[a];
            gradValues[a] = 0;
        }
    }

    @Override
    public void setLearningRate(double learningRate) {
        lr = learningRate;
    }

    /** Writes the logits table (and the value head), one row per line. */
    @Override
    public void save(java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir);
        var lines = new java.util.ArrayList<String>();
        for (double[] row : logits) lines.add(java.util.Arrays.toString(row));
        if (values != null) lines.add(java.util.Arrays.toString(values));
        java.nio.file.Files.write(dir.resolve("bigram.txt"), lines);
    }

    @Override
    public Policy snapshot() {
        double[][] copy = new double[logits.length][];
        for (int a = 0; a < logits.length; a++) copy[a] = logits[a].clone();
        return new BigramPolicy(tokenizer, copy, values == null ? null : values.clone(), lr, true);
    }

    private static int[] toArray(List<Integer> xs) {
        return xs.stream().mapToInt(Integer::intValue).toArray();
    }
}
