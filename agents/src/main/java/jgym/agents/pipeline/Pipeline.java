package jgym.agents.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import jgym.agents.metrics.Chart;
import jgym.agents.metrics.ChartRenderer;
import jgym.agents.metrics.MetricsWriter;
import jgym.agents.metrics.Series;
import jgym.agents.metrics.TrainingPlots;
import jgym.agents.metrics.ProgressBar;
import jgym.agents.policy.TransformerPolicy;
import jgym.agents.rl.RolloutStage;
import jgym.agents.train.ColdStartStop;
import jgym.agents.train.DisjointScenario;
import jgym.agents.train.Folders;
import jgym.agents.train.HeldOutSet;
import jgym.agents.train.MemberSpec;
import jgym.agents.train.PolicyFolders;
import jgym.agents.train.Pretraining;
import jgym.agents.train.TrainConfig;
import jgym.agents.train.TrainRecipe;
import jgym.agents.train.TrainSchedule;
import jgym.agents.train.TrainingRun;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.ScenarioRegistry;
import jgym.env.Seeds;

/**
 * {@code gym pipeline}: the stages of a {@link PipelineSpec} run in order, each from the policy the one before it left.
 * The run's folder holds one folder per stage ({@code 1-pretrain}, {@code 2-sft}, {@code 3-rl}, ...) with that stage's
 * own metrics, plots and checkpoints, a {@code stage.json} in each finished one, {@code summary.txt} (held-out accuracy,
 * response length, long chains of thought and language consistency after every stage) and {@code final.json} naming
 * the last policy.
 *
 * <p>Resuming is per stage: a finished stage whose settings (and those of every stage before it) are unchanged is
 * skipped; an unfinished pretraining or RL stage resumes from its own checkpoint; an unfinished rejection-sampling stage
 * starts over. Stages may be appended to a finished pipeline and only the new ones run. A finished stage whose settings
 * changed is an error, since every later stage depends on it.
 *
 * <p>Every stage uses the pipeline's seed, so every stage draws the same held-out set and trains only on other prompts.
 */
public final class Pipeline {
    static final String STAGE_FILE = "stage.json", SUMMARY = "summary.txt";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    /**
     * A finished stage.
     *
     * @param fingerprint the settings it ran with, its predecessors' included
     * @param policy      the policy it left, relative to the pipeline's folder
     * @param after       the held-out probe of that policy
     * @param note        what the stage did, in a line (e.g. how many samples rejection sampling kept)
     */
    public record StageRecord(String fingerprint, String policy, HeldOutProbe.Result after, String note) {}

    private final PipelineSpec spec;
    private final Path dir;
    private final ScenarioRegistry registry;
    private final PrintStream out;
    private final Function<MemberSpec, RolloutStage> stages;

    public Pipeline(PipelineSpec spec, Path dir, ScenarioRegistry registry, PrintStream out) {
        this(spec, dir, registry, out, null);
    }

    private Pipeline(PipelineSpec spec, Path dir, ScenarioRegistry registry, PrintStream out, Function<MemberSpec, RolloutStage> stages) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.dir = Objects.requireNonNull(dir, "dir");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.out = Objects.requireNonNull(out, "out");
        this.stages = stages;
    }

    /** This pipeline with its RL stages' rollouts sampled and scored by {@code stages} ({@link TrainingRun#withRolloutStages}). */
    public Pipeline withRolloutStages(Function<MemberSpec, RolloutStage> stages) {
        return new Pipeline(spec, dir, registry, out, Objects.requireNonNull(stages, "stages"));
    }

    /** The folder of stage {@code i} (0-based): {@code "<i+1>-<kind>"}. */
    public Path stageDir(int i) {
        return dir.resolve((i + 1) + "-" + spec.stages().get(i).kind());
    }

    /** Runs (or resumes) every stage; returns their records, in order. */
    public List<StageRecord> run() throws IOException {
        return run(spec.stages().size());
    }

    /** Runs stages {@code 0 .. stopBefore-1} only, as a pipeline killed between stages would. */
    List<StageRecord> run(int stopBefore) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(dir);
        ScenarioConfig sc = new ScenarioConfig(spec.seed(), spec.level(), null, spec.options());
        Scenario scenario = registry.make(spec.scenario(), sc);
        HeldOutSet heldOut = HeldOutSet.draw(registry.make(spec.scenario(), sc.withSeed(Seeds.mix(spec.seed(), 4))), spec.heldOut());
        var probe = new HeldOutProbe(heldOut, scenario.rubric(), spec.maxTokens(), language(), Seeds.mix(spec.seed(), 5));
        out.printf(Locale.ROOT, "gym pipeline %s: %s level %d, seed %d, %d stages, held-out %d tasks -> %s%n", spec.name(),
                spec.scenario(), spec.level(), spec.seed(), spec.stages().size(), heldOut.size(), dir);

        var records = new ArrayList<StageRecord>();
        HeldOutProbe.Result first = null;
        Path policy = spec.init() == null ? null : PolicyFolders.resolve(Path.of(spec.init()));
        if (policy != null) {
            first = probe.run(TransformerPolicy.load(policy));
            out.println("start: " + policy + ": " + first.line());
        }
        StringBuilder fingerprint = new StringBuilder(header());
        for (int i = 0; i < Math.min(stopBefore, spec.stages().size()); i++) {
            Stage stage = spec.stages().get(i);
            fingerprint.append('\n').append(JSON.writeValueAsString(stage).replaceAll("\\s+", ""));
            Path sd = stageDir(i);
            StageRecord done = read(sd);
            String label = "stage " + (i + 1) + " (" + stage.kind() + ")";
            if (done != null) {
                if (!done.fingerprint().equals(fingerprint.toString())) {
                    throw new IllegalArgumentException("out: " + dir + ": " + label + " finished with other settings than "
                            + "the pipeline's now; use another --out, or delete " + sd + " and the stages after it");
                }
                out.println(label + ": done, skipped: " + done.after().line());
                records.add(done);
                policy = dir.resolve(done.policy());
                continue;
            }
            out.println(label + ": " + describe(stage));
            long t0 = System.nanoTime();
            Outcome o = runStage(stage, sd, policy, scenario);
            policy = o.policy();
            HeldOutProbe.Result after = probe.run(TransformerPolicy.load(policy));
            var rec = new StageRecord(fingerprint.toString(), dir.relativize(policy).toString(), after, o.note());
            Files.writeString(sd.resolve(STAGE_FILE), JSON.writeValueAsString(rec));
            records.add(rec);
            out.printf(Locale.ROOT, "%s: finished in %.0f s: %s%s%n", label, (System.nanoTime() - t0) / 1e9, after.line(),
                    o.note().isEmpty() ? "" : "; " + o.note());
        }
        if (records.size() == spec.stages().size()) {
            Files.writeString(dir.resolve(PolicyFolders.PIPELINE_FINAL),
                    JSON.writeValueAsString(Map.of("policy", records.get(records.size() - 1).policy())));
            String summary = summary(first, records) + headline(first, records);
            Files.writeString(dir.resolve(SUMMARY), summary);
            plot(first, records);
            out.print(summary);
            out.printf(Locale.ROOT, "this invocation took %.0f s; final policy %s%n", (System.nanoTime() - start) / 1e9,
                    dir.resolve(records.get(records.size() - 1).policy()));
        }
        return records;
    }

    private record Outcome(Path policy, String note) {}

    private Outcome runStage(Stage stage, Path sd, Path policy, Scenario scenario) throws IOException {
        Map<String, String> options = new HashMap<>(spec.options());
        options.putAll(stage.options());
        int level = stage.level() == null ? spec.level() : stage.level();
        PipelineSpec.Model m = spec.model();
        if (stage instanceof Stage.Pretrain p) {
            var recipe = new TrainRecipe(m.context(), m.layers(), m.dModel(), m.heads(), 2, 1, spec.maxTokens(), 1.0);
            var config = new Pretraining.Config(spec.scenario(), level, options, spec.seed(), p.longShare(), p.steps(),
                    p.batch(), p.lr(), recipe, spec.heldOut(), 50, sd, policy);
            return new Outcome(new Pretraining(config, registry, out).run().base(), "");
        }
        if (stage instanceof Stage.ColdStart c) {
            var recipe = new TrainRecipe(m.context(), m.layers(), m.dModel(), m.heads(), 2, 1, spec.maxTokens(), 1.0);
            var schedule = new TrainSchedule(c.batch(), c.lr(), c.lr(), 1, spec.heldOut(), 10, 10,
                    c.stopAccuracy() == null ? ColdStartStop.allSteps() : ColdStartStop.atAccuracy(c.stopAccuracy()));
            var config = new TrainConfig(spec.scenario(), level, options, spec.seed(), c.steps(), 0,
                    jgym.agents.train.Algorithm.GRPO, sd, policy);
            new TrainingRun(config, recipe, schedule, registry, out).run();
            return new Outcome(TrainingRun.lastPolicy(sd), "");
        }
        if (stage instanceof Stage.Reinforce r) {
            var recipe = new TrainRecipe(m.context(), m.layers(), m.dModel(), m.heads(), r.groupSize(), r.groups(),
                    spec.maxTokens(), r.temperature());
            var schedule = new TrainSchedule(32, 3e-3, r.lr(), 2, spec.heldOut(), 10, 10, ColdStartStop.allSteps());
            List<Rubric.Term> shaping = r.language() == null ? List.of()
                    : List.of(new Rubric.Term("language_consistency", r.languageWeight(), Languages.of(r.language())));
            var config = new TrainConfig(spec.scenario(), level, options, spec.seed(), 0, r.steps(), r.algorithm(),
                    sd, policy, shaping, r.curriculum() == null ? null : r.curriculum().spec());
            var run = new TrainingRun(config, recipe, schedule, registry, out);
            (stages == null ? run : run.withRolloutStages(stages)).run();
            return new Outcome(TrainingRun.lastPolicy(sd), "");
        }
        return rejection((Stage.RejectionSft) stage, sd, policy, level, options);
    }

    /** A rejection-sampling stage starts over unless it finished: its sampling is cheap next to RL. */
    private Outcome rejection(Stage.RejectionSft s, Path sd, Path policy, int level, Map<String, String> options) throws IOException {
        if (policy == null) throw new IllegalArgumentException("rejection_sft cannot be the first stage: it needs a policy to train");
        Folders.deleteRecursively(sd);
        Files.createDirectories(sd);
        ScenarioConfig sc = new ScenarioConfig(spec.seed(), level, null, options);
        HeldOutSet heldOut = HeldOutSet.draw(registry.make(spec.scenario(), sc.withSeed(Seeds.mix(spec.seed(), 4))), spec.heldOut());
        Scenario base = registry.make(spec.scenario(), sc);
        Scenario train = new DisjointScenario(base, heldOut.prompts());
        TransformerPolicy student = TransformerPolicy.load(policy);
        var sampler = RejectionTuning.sampler(s, student);
        var bar = new ProgressBar(out, "rejection_sft", s.steps(), ProgressBar.detectMode(), Math.max(1, s.steps() / 10), System::nanoTime);
        RejectionTuning.Kept kept;
        try (MetricsWriter metrics = MetricsWriter.create(sd.resolve("metrics.jsonl"))) {
            kept = RejectionTuning.run(s, student, sampler, train, base.rubric(), spec.maxTokens(), spec.seed(), metrics,
                    m -> bar.updateLoss((int) m.step() + 1, m.loss(), m.tokensPerSecond()));
        }
        bar.finish();
        Path saved = sd.resolve("policy");
        student.save(saved);
        return new Outcome(saved, String.format(Locale.ROOT, "%s kept %d of %d samples (%d correct; %d of %d tasks solved)",
                s.teacher() == null ? "rejection sampling" : "teacher " + s.teacher(), kept.kept(), kept.sampled(),
                kept.correct(), kept.tasksSolved(), s.tasks()));
    }

    /** {@code pipeline.png} and {@code pipeline_length.png}: the held-out probe after every stage (stage 0: the init policy). */
    private void plot(HeldOutProbe.Result first, List<StageRecord> records) {
        var probes = new ArrayList<HeldOutProbe.Result>();
        if (first != null) probes.add(first);
        for (StageRecord r : records) probes.add(r.after());
        int offset = first != null ? 0 : 1;
        double[] x = new double[probes.size()];
        for (int i = 0; i < x.length; i++) x[i] = i + offset;
        java.util.function.Function<java.util.function.ToDoubleFunction<HeldOutProbe.Result>, double[]> ys =
                f -> probes.stream().mapToDouble(f).toArray();
        var shares = List.of(
                new Series("held-out accuracy (greedy)", x, ys.apply(HeldOutProbe.Result::greedy)),
                new Series("accuracy (sampled, T=1)", x, ys.apply(HeldOutProbe.Result::sampled)),
                new Series("long chains of thought", x, ys.apply(HeldOutProbe.Result::longShare)),
                new Series("language consistency of chains of thought (1 where none has letters)", x,
                        ys.apply(r -> r.language() == null ? 1.0 : r.language())));
        String stages = "stage (" + String.join(", ", java.util.stream.IntStream.range(0, spec.stages().size())
                .mapToObj(i -> (i + 1) + " " + spec.stages().get(i).kind()).toList()) + ")";
        ChartRenderer.writePng(new Chart("Pipeline " + spec.name() + ": the held-out set after each stage", stages, "share",
                shares, new Chart.Range(0, 1)), TrainingPlots.WIDTH, TrainingPlots.HEIGHT, dir.resolve("pipeline.png"));
        ChartRenderer.writePng(Chart.of("Pipeline " + spec.name() + ": response length after each stage", stages, "tokens",
                List.of(new Series("mean length (greedy)", x, ys.apply(HeldOutProbe.Result::greedyLength)))),
                TrainingPlots.WIDTH, TrainingPlots.HEIGHT, dir.resolve("pipeline_length.png"));
    }

    private static StageRecord read(Path sd) throws IOException {
        Path f = sd.resolve(STAGE_FILE);
        return Files.isRegularFile(f) ? JSON.readValue(f.toFile(), StageRecord.class) : null;
    }

    /** The language the probe measures: the first one a stage names, else latin. */
    private String language() {
        for (Stage s : spec.stages()) {
            if (s instanceof Stage.Reinforce r && r.language() != null) return r.language();
            if (s instanceof Stage.RejectionSft r && r.language() != null) return r.language();
        }
        return "latin";
    }

    private String header() throws IOException {
        var h = new java.util.TreeMap<String, Object>();
        h.put("scenario", spec.scenario());
        h.put("level", spec.level());
        h.put("options", new java.util.TreeMap<>(spec.options()));
        h.put("seed", spec.seed());
        h.put("model", spec.model());
        h.put("init", spec.init());
        h.put("max_tokens", spec.maxTokens());
        h.put("heldout", spec.heldOut());
        return JSON.writeValueAsString(h).replaceAll("\\s+", "");
    }

    private static String describe(Stage s) {
        if (s instanceof Stage.Pretrain p) {
            return String.format(Locale.ROOT, "pretraining, %d steps of %d documents, %.0f%% long", p.steps(), p.batch(),
                    100 * p.longShare());
        }
        if (s instanceof Stage.ColdStart c) {
            return String.format(Locale.ROOT, "cold-start SFT on oracle traces, %d steps of %d", c.steps(), c.batch());
        }
        if (s instanceof Stage.Reinforce r) {
            return String.format(Locale.ROOT, "%s, %d steps of %d prompts x G=%d at T=%s%s", r.algo(), r.steps(), r.groups(),
                    r.groupSize(), r.temperature(), r.language() == null ? ""
                            : ", language-consistency reward (" + r.language() + ", weight " + r.languageWeight() + ")");
        }
        var r = (Stage.RejectionSft) s;
        return String.format(Locale.ROOT, "%s: %d samples on each of %d tasks, then %d SFT steps",
                r.teacher() == null ? "rejection sampling" : "distillation from " + r.teacher(), r.samples(), r.tasks(), r.steps());
    }

    /**
     * Held-out accuracy and response length from the base to the end: the base is the policy after the leading
     * pretraining stages (or the {@code init} policy, or the first stage's when the pipeline does not pretrain).
     */
    private String headline(HeldOutProbe.Result first, List<StageRecord> records) {
        int pretrained = 0;
        while (pretrained < spec.stages().size() && spec.stages().get(pretrained) instanceof Stage.Pretrain) pretrained++;
        HeldOutProbe.Result base;
        String from;
        if (pretrained > 0 && pretrained < records.size()) {
            base = records.get(pretrained - 1).after();
            from = "the base (after stage " + pretrained + ")";
        } else if (first != null) {
            base = first;
            from = "the init policy";
        } else {
            base = records.get(0).after();
            from = "stage 1";
        }
        HeldOutProbe.Result end = records.get(records.size() - 1).after();
        return String.format(Locale.ROOT, "from %s to the end: held-out accuracy %.1f%% -> %.1f%% (%+.1f points), "
                + "mean response length %.1f -> %.1f tokens, long answers %.0f%% -> %.0f%% of samples%n", from,
                100 * base.greedy(), 100 * end.greedy(), 100 * (end.greedy() - base.greedy()), base.greedyLength(),
                end.greedyLength(), 100 * base.longShare(), 100 * end.longShare());
    }

    private String summary(HeldOutProbe.Result first, List<StageRecord> records) {
        var b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "pipeline %s, seed %d: held-out %d tasks of %s level %d%n", spec.name(), spec.seed(),
                spec.heldOut(), spec.scenario(), spec.level()));
        b.append(String.format(Locale.ROOT, "%-22s %8s %8s %8s %8s %9s%n", "after stage", "greedy", "length", "sampled",
                "long", "language"));
        if (first != null) b.append(first.row("start (init)"));
        for (int i = 0; i < records.size(); i++) b.append(records.get(i).after().row((i + 1) + "-" + spec.stages().get(i).kind()));
        b.append("greedy: held-out accuracy, greedy; length: its mean response length in tokens; sampled: accuracy at T=1;\n"
                + "long: share of sampled answers with a chain of thought; language: mean language consistency of the sampled\n"
                + "chains of thought that hold letters (share of their letters in the " + language() + " script; n/a: none has letters)\n");
        for (int i = 0; i < records.size(); i++) {
            if (!records.get(i).note().isEmpty()) b.append((i + 1)).append('-').append(spec.stages().get(i).kind()).append(": ")
                    .append(records.get(i).note()).append('\n');
        }
        return b.toString();
    }
}
