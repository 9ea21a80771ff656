package jgym.agents.train;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import jgym.agents.metrics.MetricNames;
import jgym.agents.metrics.MetricsRow;
import jgym.agents.metrics.MetricsWriter;
import jgym.agents.metrics.Phase;
import jgym.agents.metrics.ProgressBar;
import jgym.agents.model.AdamWConfig;
import jgym.agents.model.TransformerConfig;
import jgym.agents.policy.CharTokenizer;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.policy.TransformerPolicy;
import jgym.agents.rl.CotLength;
import jgym.agents.rl.RolloutBatch;
import jgym.agents.sft.SftConfig;
import jgym.agents.sft.SftExample;
import jgym.agents.sft.SftMetrics;
import jgym.agents.sft.SftTrainer;
import jgym.env.PromptTemplate;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.ScenarioRegistry;
import jgym.env.Seeds;
import jgym.env.Task;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * {@code gym pretrain}: next-token pretraining of a base policy on a corpus generated from a scenario, the toy analogue
 * of a pretrained LLM that R1-Zero starts from.
 *
 * <p>The corpus follows Tsilivis, Malach, Ullrich and Kempe (2025): document {@code i} is task {@code i} of the
 * scenario (made with the run's seed, so with {@code gym train}'s held-out set excluded) written as prompt and
 * completion, the completion a long chain of thought (the oracle trace in {@code <think>}, then the answer) with
 * probability {@code longShare} and otherwise the answer at once (an empty {@code <think>}). Every token of a document
 * is trained on (next-token prediction), each document is seen once: step {@code s} trains on documents
 * {@code s * B .. (s + 1) * B - 1}. Every {@code evalEvery} steps the base is scored on the held-out set both greedily
 * and sampled at temperature 1, with the share of long answers ({@link CotLength}).
 *
 * <p>The run's folder holds {@code metrics.jsonl} (rows of phase {@code pretrain}: loss, tokens; and {@code eval}),
 * {@code checkpoint/} (state.json and the latest policy) and {@code base/}, the finished base that
 * {@code gym train --init} starts from. A run started again on its folder resumes from the checkpoint and writes what an
 * uninterrupted run writes.
 */
public final class Pretraining {
    static final String METRICS = "metrics.jsonl", TIMING = "timing.jsonl", CHECKPOINT = "checkpoint", BASE = "base";

    /**
     * What a pretraining run does.
     *
     * @param scenario        the procedural scenario the corpus is written from
     * @param level           its level, >= 1
     * @param options         its options
     * @param seed            corpus, initialisation and evaluation derive from it as in {@link TrainingRun}
     * @param longShare       share of documents with the long chain of thought, in [0, 1]
     * @param steps           optimiser steps, >= 1
     * @param batchSize       documents per step, >= 1
     * @param learningRate    AdamW's learning rate
     * @param recipe          the model's shape (context length, layers, width, heads) and the completion budget
     * @param heldOutSize     tasks in the held-out evaluation
     * @param evalEvery       steps between evaluations, >= 1
     * @param out             the run's folder
     * @param init            a policy to continue pretraining from (its shape replaces the recipe's), or null for a fresh one
     */
    public record Config(String scenario, int level, Map<String, String> options, long seed, double longShare, int steps,
                         int batchSize, double learningRate, TrainRecipe recipe, int heldOutSize, int evalEvery, Path out,
                         Path init) {
        public Config {
            Objects.requireNonNull(scenario, "scenario");
            options = Map.copyOf(options);
            if (!(longShare >= 0 && longShare <= 1)) throw new IllegalArgumentException("longShare must be in [0, 1], got " + longShare);
            if (steps < 1) throw new IllegalArgumentException("steps must be >= 1, got " + steps);
            if (batchSize < 1) throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
            if (heldOutSize < 1) throw new IllegalArgumentException("heldOutSize must be >= 1, got " + heldOutSize);
            if (evalEvery < 1) throw new IllegalArgumentException("evalEvery must be >= 1, got " + evalEvery);
            Objects.requireNonNull(recipe, "recipe");
            Objects.requireNonNull(out, "out");
        }

        String fingerprint() {
            return "pretrain " + scenario + " level=" + level + " options=" + new java.util.TreeMap<>(options) + " seed=" + seed
                    + " long=" + longShare + " steps=" + steps + " batch=" + batchSize + " lr=" + learningRate + " " + recipe
                    + (init == null ? "" : " init=" + init);
        }
    }

    /**
     * How the base did at the end on the held-out set.
     *
     * @param greedy        greedy decoding
     * @param sampled       sampled at temperature 1
     * @param sampledLong   share of the sampled answers with a long chain of thought
     */
    public record Result(HeldOutScore greedy, HeldOutScore sampled, double sampledLong, Path base) {}

    private final Config config;
    private final ScenarioRegistry registry;
    private final PrintStream out;

    public Pretraining(Config config, ScenarioRegistry registry, PrintStream out) {
        this.config = Objects.requireNonNull(config, "config");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Document {@code i}'s completion: long (trace, then answer) with probability {@code longShare}, else the answer at once. */
    static String completion(Task task, long seed, long i, double longShare) {
        boolean reasons = new SplittableRandom(Seeds.mix(Seeds.mix(seed, 8), i)).nextDouble() < longShare;
        return "<think>\n" + (reasons ? task.trace() + "\n" : "") + "</think>\n<answer>" + task.answer() + "</answer>";
    }

    public Result run() throws IOException {
        return run(Integer.MAX_VALUE);
    }

    /** Runs (or resumes), stopping after the checkpoint at step {@code stopAfter} as a killed run would (null then). */
    Result run(int stopAfter) throws IOException {
        Path dir = config.out();
        Path ckpt = dir.resolve(CHECKPOINT);
        Files.createDirectories(ckpt);
        ScenarioConfig sc = new ScenarioConfig(config.seed(), config.level(), null, config.options());
        Scenario scenario = registry.make(config.scenario(), sc);
        HeldOutSet heldOut = HeldOutSet.draw(registry.make(config.scenario(), sc.withSeed(Seeds.mix(config.seed(), 4))),
                config.heldOutSize());
        Scenario corpus = new DisjointScenario(scenario, heldOut.prompts());
        TrainRecipe r = config.recipe();
        var greedy = new Evaluator(heldOut, scenario.rubric(), PromptTemplate.QUESTION_ONLY, r.maxNewTokens(), TrainRecipe.STOP_STRINGS);

        RunState state = RunState.read(ckpt);
        if (state != null && !state.fingerprint().equals(config.fingerprint())) {
            throw new IllegalArgumentException("out: " + dir + " holds a checkpoint of another run (" + state.fingerprint()
                    + "); use another --out or delete it");
        }
        TransformerPolicy policy;
        MetricsWriter metrics, timing;
        int first;
        if (state == null) {
            if (config.init() != null) {
                policy = TransformerPolicy.load(config.init());
                policy.setLearningRate(config.learningRate());
            } else {
                CharTokenizer tok = CharTokenizer.asciiCovering(TrainingRun.corpusSample(corpus));
                var shape = new TransformerConfig(tok.vocabSize(), r.contextLength(), r.layers(), r.dModel(), r.heads(), 4, DataType.FLOAT);
                policy = TransformerPolicy.create(shape, tok, AdamWConfig.defaults().withLearningRate(config.learningRate()),
                        Seeds.mix(config.seed(), 1));
            }
            metrics = MetricsWriter.create(dir.resolve(METRICS));
            timing = MetricsWriter.create(dir.resolve(TIMING));
            first = 0;
            out.printf(Locale.ROOT, "gym pretrain: %s level %d, %d steps of %d documents (%.0f%% with a long chain of thought), "
                    + "%d parameters -> %s%n", config.scenario(), config.level(), config.steps(), config.batchSize(),
                    100 * config.longShare(), policy.parameterCount(), dir);
        } else {
            policy = TransformerPolicy.load(ckpt.resolve(state.policyDir()));
            metrics = MetricsWriter.resume(dir.resolve(METRICS), state.metricsRows());
            timing = MetricsWriter.resume(dir.resolve(TIMING), state.timingRows());
            first = state.rlStepsDone();
            out.printf(Locale.ROOT, "gym pretrain: resuming %s at step %d of %d%n", dir, first, config.steps());
        }
        var sft = new SftTrainer(policy, new SftConfig(config.batchSize(), true, Seeds.mix(config.seed(), 2)));
        var bar = new ProgressBar(out, "pretrain", config.steps(), ProgressBar.detectMode(), Math.max(1, config.steps() / 10), System::nanoTime);
        try (metrics; timing) {
            for (int s = first; s < config.steps(); s++) {
                var batch = new ArrayList<SftExample>(config.batchSize());
                for (long i = (long) s * config.batchSize(); i < (long) (s + 1) * config.batchSize(); i++) {
                    Task t = corpus.task(i);
                    batch.add(new SftExample("", PromptTemplate.QUESTION_ONLY.render(t) + completion(t, config.seed(), i, config.longShare())));
                }
                SftMetrics m = sft.step(batch);
                int done = s + 1;
                metrics.write(MetricsRow.builder(Phase.PRETRAIN, done).put(MetricNames.LOSS, m.loss()).put("tokens", m.tokens()).build());
                timing.write(MetricsRow.builder(Phase.PRETRAIN, done).put(MetricNames.SECONDS, m.seconds())
                        .put(MetricNames.TOKENS_PER_SECOND, m.tokensPerSecond()).build());
                bar.updateLoss(done, m.loss(), m.tokensPerSecond());
                if (done % config.evalEvery() == 0 || done == config.steps()) {
                    metrics.write(evalRow(done, policy, greedy, heldOut, scenario));
                    checkpoint(ckpt, policy, done, metrics, timing);
                    if (done >= stopAfter && done < config.steps()) {
                        bar.finish();
                        return null;
                    }
                }
            }
            bar.finish();
        }
        Path base = dir.resolve(BASE);
        policy.save(base);
        jgym.agents.metrics.TrainingPlots.write(jgym.agents.metrics.MetricsReader.read(dir.resolve(METRICS)), dir);
        HeldOutScore g = greedy.score(policy, Seeds.mix(config.seed(), 5));
        Sampled sampled = sampled(policy, heldOut, scenario);
        out.printf(Locale.ROOT, "base on %d held-out tasks: greedy accuracy %.1f%%; sampled at T=1: accuracy %.1f%%, %.1f%% long "
                + "chains of thought, mean length %.1f -> %s%n", heldOut.size(), 100 * g.accuracy(), 100 * sampled.score.accuracy(),
                100 * sampled.longShare, sampled.score.meanLength(), base);
        return new Result(g, sampled.score, sampled.longShare, base);
    }

    private MetricsRow evalRow(int step, TransformerPolicy policy, Evaluator greedy, HeldOutSet heldOut, Scenario scenario) {
        HeldOutScore g = greedy.score(policy, Seeds.mix(config.seed(), 5));
        Sampled s = sampled(policy, heldOut, scenario);
        return MetricsRow.builder(Phase.EVAL, step)
                .put(MetricNames.HELDOUT_ACCURACY, g.accuracy())
                .put("heldout_length", g.meanLength())
                .put("sampled_accuracy", s.score.accuracy())
                .put("sampled_length", s.score.meanLength())
                .put(MetricNames.LONG_COT_SHARE, s.longShare)
                .build();
    }

    private record Sampled(HeldOutScore score, double longShare) {}

    /** The held-out tasks sampled once each at temperature 1: accuracy, length and the share of long chains of thought. */
    private Sampled sampled(TransformerPolicy policy, HeldOutSet heldOut, Scenario scenario) {
        RolloutBatch batch = Evaluator.sampleEach(heldOut, scenario.rubric(), PromptTemplate.QUESTION_ONLY,
                new SamplingConfig(config.recipe().maxNewTokens(), 1.0, 1.0, TrainRecipe.STOP_STRINGS), policy, Seeds.mix(config.seed(), 9));
        int longs = 0;
        for (int i = 0; i < batch.size(); i++) if (CotLength.isLong(batch.sample(i).text())) longs++;
        return new Sampled(HeldOutScore.of(List.of(batch)), (double) longs / batch.size());
    }

    private void checkpoint(Path ckpt, TransformerPolicy policy, int done, MetricsWriter metrics, MetricsWriter timing) throws IOException {
        String name = "step-" + done;
        Folders.deleteRecursively(ckpt.resolve(name));
        policy.save(ckpt.resolve(name));
        new RunState(done, metrics.rows(), timing.rows(), name, config.fingerprint()).write(ckpt);
        Folders.deleteOtherSteps(ckpt, name);
    }
}
