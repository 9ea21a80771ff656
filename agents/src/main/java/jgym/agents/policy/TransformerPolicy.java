package jgym.agents.policy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import jgym.agents.model.AdamW;
import jgym.agents.model.AdamWConfig;
import jgym.agents.model.Backend;
import jgym.agents.model.Buffers;
import jgym.agents.model.Parameters;
import jgym.agents.model.Scratch;
import jgym.agents.model.Transformer;
import jgym.agents.model.TransformerConfig;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The gym's trainable policy: a character-level decoder-only transformer ({@link Transformer}) with a scalar value
 * head, trained with AdamW and global gradient-norm clipping.
 *
 * <p>Every sequence the model sees is [BOS, prompt, completion], right-padded with PAD; prompt plus completion tokens
 * must fit in {@code contextLength}. {@link #forward} keeps its activations for the next {@link #backward} calls, which
 * accumulate until {@link #step}. Values are V(s_t) for the state before each completion token. Entropy is reported,
 * not differentiated. A sampled end-of-sequence token is the last entry of {@link Sample#tokens()} (with its
 * log-probability, so a trainer can reinforce stopping) and does not appear in {@link Sample#text()}. Not thread-safe.
 */
public final class TransformerPolicy implements TrainablePolicy {
    private static final AtomicLong INSTANCES = new AtomicLong();

    private final TransformerConfig config;
    private final CharTokenizer tokenizer;
    private final Parameters params;
    private final Parameters grads;
    private final AdamW optimizer;
    private final long seed;
    private final Transformer model;
    private RightPaddedBatch lastLayout;
    private Transformer.Activations lastActivations;
    private TokenScores lastScores;
    private double lastGradNorm = Double.NaN;
    /**
     * Workspace ids of this policy: the forward's, whose scope stays open from one {@link #forward} to the next so the
     * {@link #backward} calls in between may read its arrays (ND4J's scope check rejects arrays of a closed scope);
     * the backward's and the optimiser's, opened and reset around each call.
     */
    private final String forwardWorkspace;
    private final String backwardWorkspace;
    private final String optimiserWorkspace;
    /** The forward workspace's open scope, not the current workspace between calls; null before the first forward. */
    private MemoryWorkspace forwardScope;

    TransformerPolicy(TransformerConfig config, CharTokenizer tokenizer, Parameters params, AdamW optimizer, long seed) {
        if (config.vocabSize() != tokenizer.vocabSize()) {
            throw new IllegalArgumentException("config.vocabSize " + config.vocabSize() + " != tokenizer.vocabSize " + tokenizer.vocabSize());
        }
        Backend.initialiseOnce();
        this.config = config;
        this.tokenizer = tokenizer;
        this.params = params;
        this.grads = Parameters.zerosLike(params);
        this.optimizer = optimizer;
        this.seed = seed;
        this.model = new Transformer(config, params);
        long id = INSTANCES.incrementAndGet();
        this.forwardWorkspace = "jgym-policy-" + id + "-forward";
        this.backwardWorkspace = "jgym-policy-" + id + "-backward";
        this.optimiserWorkspace = "jgym-policy-" + id + "-optimiser";
    }

    /**
     * A freshly initialised policy.
     *
     * @param config    model shape; its vocabSize must equal the tokenizer's
     * @param optimiser AdamW settings
     * @param seed      initialisation seed (stored in checkpoints)
     */
    public static TransformerPolicy create(TransformerConfig config, CharTokenizer tokenizer, AdamWConfig optimiser, long seed) {
        Parameters p = Parameters.initialise(config, seed);
        return new TransformerPolicy(config, tokenizer, p, new AdamW(optimiser, p), seed);
    }

    /** The default policy: ASCII characters, 2 layers, d=128, 4 heads, {@code contextLength} positions, default AdamW. */
    public static TransformerPolicy createDefault(int contextLength, long seed) {
        CharTokenizer tok = CharTokenizer.ascii();
        return create(TransformerConfig.small(tok.vocabSize()).withContextLength(contextLength), tok, AdamWConfig.defaults(), seed);
    }

    @Override
    public CharTokenizer tokenizer() {
        return tokenizer;
    }

    @Override
    public int contextLength() {
        return config.contextLength();
    }

    public TransformerConfig config() {
        return config;
    }

    @Override
    public List<Sample> sample(List<String> prompts, SamplingConfig samplingConfig, long sampleSeed) {
        return KvSampler.sample(model, tokenizer, prompts, samplingConfig, sampleSeed);
    }

    @Override
    public List<Sample> sample(List<String> prompts, SamplingConfig samplingConfig, long sampleSeed, int[] rows) {
        return KvSampler.sample(model, tokenizer, prompts, samplingConfig, sampleSeed, rows);
    }

    @Override
    public float[][] logProbs(SequenceBatch batch) {
        RightPaddedBatch layout = layout(batch);
        return TokenScores.of(model.forward(layout.tokens(), layout.batch(), layout.length()).logits(), layout, false,
                batch.temperature()).logProbs();
    }

    @Override
    public Forward forward(SequenceBatch batch) {
        RightPaddedBatch layout = layout(batch);
        Transformer.Activations act;
        TokenScores scores;
        double[] v;
        lastActivations = null; // its arrays are reused from here on
        MemoryWorkspace outer = Nd4j.getMemoryManager().getCurrentWorkspace();
        try {
            if (forwardScope != null) forwardScope.close(); // releases the previous forward's arrays
            forwardScope = null;
            forwardScope = Nd4j.getWorkspaceManager().getAndActivateWorkspace(Scratch.WORKSPACE, forwardWorkspace);
            act = model.forward(layout.tokens(), layout.batch(), layout.length());
            scores = TokenScores.of(act.logits(), layout, true, batch.temperature());
            v = Buffers.toDoubles(act.values()); // [B*L]
        } finally {
            Nd4j.getMemoryManager().setCurrentWorkspace(outer); // the scope stays open, but later arrays go elsewhere
        }
        float[][] values = new float[layout.batch()][];
        for (int i = 0; i < layout.batch(); i++) {
            values[i] = new float[layout.targets()[i].length];
            for (int j = 0; j < values[i].length; j++) values[i][j] = (float) v[layout.row(i, j)];
        }
        lastLayout = layout;
        lastActivations = act;
        lastScores = scores;
        return new Forward(scores.logProbs(), scores.entropy(), values);
    }

    @Override
    public void backward(float[][] dLogProbs, float[][] dValues) {
        if (lastActivations == null) throw new IllegalStateException("backward called before forward");
        if (dLogProbs.length != lastLayout.batch()) {
            throw new IllegalArgumentException("dLogProbs has " + dLogProbs.length + " rows, expected " + lastLayout.batch());
        }
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(Scratch.WORKSPACE, backwardWorkspace)) {
            INDArray dLogits = lastScores.logitsGradient(lastLayout, dLogProbs, config.vocabSize(), config.dataType());
            INDArray dV = dValues == null ? null : valueGradient(dValues);
            model.backward(lastActivations, dLogits, dV, grads);
        }
    }

    private INDArray valueGradient(float[][] dValues) {
        if (dValues.length != lastLayout.batch()) {
            throw new IllegalArgumentException("dValues has " + dValues.length + " rows, expected " + lastLayout.batch());
        }
        double[] d = new double[lastLayout.batch() * lastLayout.length()];
        for (int i = 0; i < dValues.length; i++) {
            if (dValues[i].length != lastLayout.targets()[i].length) {
                throw new IllegalArgumentException("dValues[" + i + "] has " + dValues[i].length + " entries, expected " + lastLayout.targets()[i].length);
            }
            for (int j = 0; j < dValues[i].length; j++) d[lastLayout.row(i, j)] = dValues[i][j];
        }
        return Nd4j.create(d, new long[] {d.length, 1}, config.dataType()); // [B*L, 1]
    }

    @Override
    public void step() {
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(Scratch.WORKSPACE, optimiserWorkspace)) {
            lastGradNorm = optimizer.update(params, grads);
        }
        grads.zero();
    }

    @Override
    public TransformerSnapshot snapshot() {
        return new TransformerSnapshot(config, tokenizer, params.copy());
    }

    /** Number of trainable scalars. */
    public long parameterCount() {
        return params.count();
    }

    /** Optimiser updates applied so far. */
    public long stepCount() {
        return optimizer.step();
    }

    /** The global gradient norm before clipping at the last {@link #step}, NaN before the first. */
    public double lastGradNorm() {
        return lastGradNorm;
    }

    @Override
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%d parameters (%d layers, d=%d, %d heads, %d positions)", parameterCount(),
                config.layers(), config.dModel(), config.heads(), config.contextLength());
    }

    /** Sets the learning rate from the next {@link #step} on (for schedules). */
    @Override
    public void setLearningRate(double learningRate) {
        optimizer.setConfig(optimizer.config().withLearningRate(learningRate));
    }

    /** Writes a checkpoint directory (see {@link PolicyCheckpoint}). */
    @Override
    public void save(Path dir) throws IOException {
        PolicyCheckpoint.save(this, dir);
    }

    /** Reads a checkpoint written by {@link #save}; training resumes exactly where it stopped. */
    public static TransformerPolicy load(Path dir) throws IOException {
        return PolicyCheckpoint.load(dir);
    }

    Parameters parameters() {
        return params;
    }

    Parameters gradients() {
        return grads;
    }

    AdamW optimizer() {
        return optimizer;
    }

    long seed() {
        return seed;
    }

    private RightPaddedBatch layout(SequenceBatch batch) {
        return RightPaddedBatch.of(batch, tokenizer.bosId(), tokenizer.padId(), config.contextLength());
    }
}
