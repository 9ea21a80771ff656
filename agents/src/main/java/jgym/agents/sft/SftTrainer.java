package jgym.agents.sft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import jgym.agents.policy.SequenceBatch;
import jgym.agents.policy.Tokenizer;
import jgym.agents.policy.TrainablePolicy;
import jgym.env.Seeds;

/**
 * Supervised fine-tuning by teacher forcing: the policy scores each target token given the prompt and the target's
 * earlier tokens, and minimises the mean negative log-likelihood
 * <pre>
 *   loss = -(1 / N) * sum_i sum_t logp_i,t        N = target tokens in the minibatch
 *   dLoss / dlogp_i,t = -1 / N
 * </pre>
 * Used for DeepSeek-R1's cold start on the oracle traces ({@link SftExample#coldStart}) and for distillation on a
 * teacher's accepted samples ({@link RejectionSampler}).
 */
public final class SftTrainer {
    private final TrainablePolicy policy;
    private final SftConfig config;
    private long step;

    public SftTrainer(TrainablePolicy policy, SftConfig config) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Trains for {@code steps} minibatches drawn from {@code data} in shuffled epochs, reporting each step to {@code log}.
     *
     * @return the metrics of every step, in order
     */
    public List<SftMetrics> train(List<SftExample> data, int steps, Consumer<SftMetrics> log) {
        if (data.isEmpty()) throw new IllegalArgumentException("data must not be empty");
        if (steps < 0) throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        var out = new ArrayList<SftMetrics>(steps);
        int[] order = new int[0];
        int cursor = 0;
        int epoch = 0;
        for (int s = 0; s < steps; s++) {
            var batch = new ArrayList<SftExample>(config.batchSize());
            while (batch.size() < Math.min(config.batchSize(), data.size())) {
                if (cursor == order.length) {
                    order = permutation(data.size(), new SplittableRandom(Seeds.mix(config.seed(), epoch++)));
                    cursor = 0;
                }
                batch.add(data.get(order[cursor++]));
            }
            SftMetrics m = step(batch);
            log.accept(m);
            out.add(m);
        }
        return out;
    }

    /** One optimiser step on {@code batch}. */
    public SftMetrics step(List<SftExample> batch) {
        if (batch.isEmpty()) throw new IllegalArgumentException("batch must not be empty");
        long start = System.nanoTime();
        SequenceBatch sequences = encode(batch, policy.tokenizer(), config.appendEos());
        TrainablePolicy.Forward forward = policy.forward(sequences);
        double[][] logp = new double[batch.size()][];
        for (int i = 0; i < logp.length; i++) {
            logp[i] = new double[forward.logProbs()[i].length];
            for (int t = 0; t < logp[i].length; t++) logp[i][t] = forward.logProbs()[i][t];
        }
        Loss l = loss(logp);
        if (!Double.isFinite(l.loss())) {
            throw new IllegalStateException("SFT step " + step + ": the loss is " + l.loss() + "; the update was not applied");
        }
        policy.backward(toFloat(l.dLogp()), null);
        policy.step();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new SftMetrics(step++, l.loss(), l.tokens(), seconds, l.tokens() / seconds);
    }

    public long steps() {
        return step;
    }

    /**
     * The teacher-forcing loss and its gradient.
     *
     * @param loss   mean negative log-likelihood per token
     * @param tokens N, the tokens it averages over
     * @param dLogp  {@code -1 / N} at every token
     */
    public record Loss(double loss, long tokens, double[][] dLogp) {}

    /** Mean negative log-likelihood of every token of {@code logp} (one row per target), with its gradient. */
    public static Loss loss(double[][] logp) {
        long n = 0;
        for (double[] row : logp) n += row.length;
        if (n == 0) throw new IllegalArgumentException("logp must hold at least one token");
        double loss = 0;
        double[][] d = new double[logp.length][];
        for (int i = 0; i < logp.length; i++) {
            d[i] = new double[logp[i].length];
            for (int t = 0; t < logp[i].length; t++) {
                loss -= logp[i][t] / n;
                d[i][t] = -1.0 / n;
            }
        }
        return new Loss(loss, n, d);
    }

    /** Prompts and targets as token ids; targets end with EOS when {@code appendEos}. */
    public static SequenceBatch encode(List<SftExample> batch, Tokenizer tokenizer, boolean appendEos) {
        int[][] prompts = new int[batch.size()][];
        int[][] targets = new int[batch.size()][];
        for (int i = 0; i < batch.size(); i++) {
            prompts[i] = tokenizer.encode(batch.get(i).prompt());
            int[] t = tokenizer.encode(batch.get(i).target());
            targets[i] = appendEos ? java.util.Arrays.copyOf(t, t.length + 1) : t;
            if (appendEos) targets[i][t.length] = tokenizer.eosId();
        }
        return new SequenceBatch(prompts, targets);
    }

    private static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }

    private static float[][] toFloat(double[][] x) {
        float[][] out = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = new float[x[i].length];
            for (int t = 0; t < x[i].length; t++) out[i][t] = (float) x[i][t];
        }
        return out;
    }
}
