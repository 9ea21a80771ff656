package jgym.agents.train;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import jgym.agents.metrics.MetricNames;
import jgym.agents.metrics.MetricsReader;
import jgym.agents.metrics.MetricsRow;
import jgym.agents.metrics.MetricsSummary;
import jgym.agents.metrics.MetricsWriter;
import jgym.agents.metrics.Phase;
import jgym.agents.metrics.ProgressBar;
import jgym.agents.metrics.TrainingPlots;
import jgym.agents.policy.Policy;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.policy.TrainablePolicy;
import jgym.agents.rl.GrpoConfig;
import jgym.agents.rl.GrpoTrainer;
import jgym.agents.rl.LossAggregation;
import jgym.agents.rl.OptimConfig;
import jgym.agents.rl.PpoConfig;
import jgym.agents.rl.PpoTrainer;
import jgym.agents.rl.RlTrainer;
import jgym.agents.rl.RlooConfig;
import jgym.agents.rl.RlooTrainer;
import jgym.agents.rl.Rollout;
import jgym.agents.rl.RolloutConfig;
import jgym.agents.rl.RolloutStage;
import jgym.agents.rl.StepMetrics;
import jgym.agents.sft.SftExample;
import jgym.agents.sft.SftMetrics;
import jgym.agents.sft.SftTrainer;
import jgym.env.PromptTemplate;
import jgym.env.ReasoningEnv;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.ScenarioRegistry;

/**
 * The {@code gym train} pipeline: an SFT cold start on the oracle traces of a scenario, a held-out evaluation, RL with
 * GRPO, PPO or RLOO, a second evaluation, then plots, a summary and a checkpoint, all in the run's folder:
 * <pre>
 *   metrics.jsonl   one row per SFT step, RL step and held-out evaluation (equal seeds give equal bytes)
 *   timing.jsonl    wall-clock seconds and tokens/s of every step (these differ between runs)
 *   *.png           curves of reward, accuracy, KL, entropy, length and the SFT loss
 *   summary.txt     how each metric moved, and every held-out evaluation
 *   checkpoint/     state.json, the policy of the last checkpoint, and the frozen reference policy
 * </pre>
 * A run started again on a folder with a checkpoint resumes from it: rows written after the checkpoint are cut, the
 * policy, optimiser state and reference are loaded, and the trainer continues at the next step, so the metrics equal
 * those of an uninterrupted run. A run killed during SFT starts over.
 *
 * <p>Seeds: the training scenario uses the run's seed, everything else its own {@link SeedStream}; training excludes
 * the held-out prompts ({@link DisjointScenario}).
 */
public final class TrainingRun {
    /**
     * SFT steps between probes of the cold start. On the default task greedy accuracy climbs from 50% to 75% within
     * about 10 SFT steps, so probing every 10 overshot the stop accuracy and left GRPO little room.
     */
    static final int PROBE_EVERY = 5;
    /** The prompt the policy sees. */
    private static final PromptTemplate QUESTION_ONLY = PromptTemplate.QUESTION_ONLY;

    private final TrainConfig config;
    private final TrainRecipe recipe;
    private final TrainSchedule schedule;
    private final ScenarioRegistry registry;
    private final PrintStream out;
    private final Function<MemberSpec, RolloutStage> stages;
    private final PolicyKind kind;

    /**
     * @param registry where the scenario is looked up
     * @param out      where progress and results are printed for people
     */
    public TrainingRun(TrainConfig config, TrainRecipe recipe, TrainSchedule schedule, ScenarioRegistry registry, PrintStream out) {
        this(config, recipe, schedule, registry, out, null, PolicyKind.TRANSFORMER);
    }

    private TrainingRun(TrainConfig config, TrainRecipe recipe, TrainSchedule schedule, ScenarioRegistry registry, PrintStream out,
                        Function<MemberSpec, RolloutStage> stages, PolicyKind kind) {
        this.config = Objects.requireNonNull(config, "config");
        this.recipe = Objects.requireNonNull(recipe, "recipe");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.out = Objects.requireNonNull(out, "out");
        this.stages = stages;
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** This run with a policy of {@code kind} (default {@link PolicyKind#TRANSFORMER}). */
    public TrainingRun withPolicyKind(PolicyKind kind) {
        return new TrainingRun(config, recipe, schedule, registry, out, stages, kind);
    }

    /**
     * This run with its RL rollouts sampled and scored by the stage {@code stages} makes for the run's member
     * environments (the spark module's: on Spark executors). Tasks are still drawn here; a run's fingerprint does not
     * change, so a run can be resumed either way.
     */
    public TrainingRun withRolloutStages(Function<MemberSpec, RolloutStage> stages) {
        return new TrainingRun(config, recipe, schedule, registry, out, Objects.requireNonNull(stages, "stages"), kind);
    }

    /** Runs (or resumes) the pipeline; returns the held-out scores before and after RL. */
    public TrainResult run() throws IOException {
        return run(Integer.MAX_VALUE);
    }

    /**
     * Runs (or resumes) the pipeline but stops right after the checkpoint of RL step {@code stopAfter}, as a run killed
     * there would; returns null when it stopped early. How the resume tests interrupt a run.
     */
    TrainResult run(int stopAfter) throws IOException {
        long start = System.nanoTime();
        RunDirectory run = RunDirectory.open(config.out(), fingerprint());

        ScenarioConfig sc = new ScenarioConfig(config.seed(), config.level(), null, config.options());
        Scenario base = registry.make(config.scenario(), sc);
        HeldOutSet heldOut = HeldOutSet.draw(registry.make(config.scenario(), sc.withSeed(SeedStream.HELD_OUT.of(config.seed()))),
                schedule.heldOutSize());
        Scenario train = new DisjointScenario(base, heldOut.prompts());
        LevelCurriculum curriculum = config.curriculum() == null ? null
                : LevelCurriculum.of(config.curriculum(), level -> new DisjointScenario(registry.make(config.scenario(), sc.withLevel(level)),
                        heldOut.prompts()), config.level());
        var evaluator = new Evaluator(heldOut, base.rubric(), QUESTION_ONLY, recipe.maxNewTokens(), TrainRecipe.STOP_STRINGS,
                config.tools());
        long evalSeed = SeedStream.EVALUATION.of(config.seed());

        TrainablePolicy policy;
        Policy reference;
        MetricsWriter metrics = run.metrics(), timing = run.timing();
        if (run.fresh()) {
            out.printf(Locale.ROOT, "gym train: %s level %d, seed %d, %d SFT + %d %s steps, held-out %d tasks -> %s%n",
                    config.scenario(), config.level(), config.seed(), config.sftSteps(), config.rlSteps(),
                    config.algorithm().flag(), heldOut.size(), run.path());
            policy = newPolicy();
            out.printf(Locale.ROOT, "policy: %s%s%n", policy.describe(), config.init() == null ? "" : ", from the base " + config.init());
            if (config.sftSteps() > 0) {
                Evaluator probe = schedule.coldStartStop() instanceof ColdStartStop.AllSteps ? null : new Evaluator(HeldOutSet.draw(new DisjointScenario(
                        registry.make(config.scenario(), sc.withSeed(SeedStream.PROBE_TASKS.of(config.seed()))), heldOut.prompts()),
                        2 * schedule.heldOutSize()), base.rubric(), QUESTION_ONLY, recipe.maxNewTokens(), TrainRecipe.STOP_STRINGS);
                coldStart(policy, train, probe, metrics, timing);
            }
            policy.setLearningRate(schedule.rlLearningRate());
            HeldOutScore before = evaluator.score(policy, evalSeed);
            metrics.write(StepRows.eval(0, before));
            printScore("held-out accuracy before RL", before);
            run.saveReference(policy);
            reference = policy.snapshot();
            run.checkpoint(policy, 0, metrics, timing);
        } else {
            out.printf(Locale.ROOT, "gym train: resuming %s at RL step %d of %d%n", run.path(), run.rlStepsDone(), config.rlSteps());
            policy = run.loadPolicy(kind);
            policy.setLearningRate(schedule.rlLearningRate());
            reference = run.loadReference(kind).snapshot();
        }
        boolean complete;
        try (metrics; timing) {
            int first = run.rlStepsDone();
            if (curriculum != null) {
                curriculum.replay(MetricsReader.read(run.metricsFile()), first); // a resumed run recovers its level
                out.printf(Locale.ROOT, "curriculum: RL starts at level %d of %d (%s)%n", curriculum.level(), config.level(), config.curriculum());
            }
            complete = reinforce(policy, reference, curriculum == null ? train : curriculum.scenario(), curriculum, evaluator,
                    evalSeed, first, stopAfter, metrics, timing, run);
        }
        return complete ? finish(run, (System.nanoTime() - start) / 1e9) : null;
    }

    /** The policy folder a run in {@code dir} checkpointed last (its final policy once the run is complete). */
    public static Path lastPolicy(Path dir) throws IOException {
        return RunDirectory.lastPolicy(dir);
    }

    /** Tasks a fresh policy's alphabet is read from ({@link jgym.agents.policy.CharTokenizer#asciiCovering}). */
    static final int ALPHABET_TASKS = 256;

    /** The prompt, trace and answer of the first {@link #ALPHABET_TASKS} tasks of {@code scenario}. */
    static List<String> corpusSample(Scenario scenario) {
        var texts = new ArrayList<String>(3 * ALPHABET_TASKS);
        for (long i = 0; i < ALPHABET_TASKS; i++) {
            jgym.env.Task t = scenario.task(i);
            texts.add(t.prompt());
            if (t.trace() != null) texts.add(t.trace());
            if (t.answer() != null) texts.add(t.answer());
        }
        return texts;
    }

    private TrainablePolicy newPolicy() throws IOException {
        if (config.init() != null) {
            TrainablePolicy base = kind.load(config.init());
            base.setLearningRate(schedule.sftLearningRate());
            return base;
        }
        ScenarioConfig sc = new ScenarioConfig(config.seed(), config.level(), null, config.options());
        return kind.create(recipe, corpusSample(registry.make(config.scenario(), sc)), schedule.sftLearningRate(),
                SeedStream.POLICY_INIT.of(config.seed()));
    }

    /**
     * SFT on the oracle completions of training tasks 0, 1, 2, ... (each seen once), in chunks of {@link #PROBE_EVERY}
     * steps; after each chunk the policy is scored greedily on a probe of {@code 2 * heldOutSize} training prompts (twice
     * the held-out set, so that a constant answer does not pass for learning by chance; drawn with seed
     * {@code mix(seed, 6)}, never held-out ones), written as {@code probe_accuracy} on that chunk's last SFT row, and
     * the cold start stops once it reaches {@code sftStopAccuracy}. Without a probe (null) every step runs. Returns the
     * SFT steps taken.
     */
    private int coldStart(TrainablePolicy policy, Scenario train, Evaluator probe, MetricsWriter metrics, MetricsWriter timing) {
        var sft = new SftTrainer(policy, new jgym.agents.sft.SftConfig(schedule.sftBatchSize(), true, SeedStream.SFT_ORDER.of(config.seed())));
        var bar = bar("sft", config.sftSteps());
        int done = 0;
        double accuracy = Double.NaN;
        while (done < config.sftSteps()) {
            int steps = Math.min(PROBE_EVERY, config.sftSteps() - done);
            var data = new ArrayList<SftExample>(steps * schedule.sftBatchSize());
            for (long i = (long) done * schedule.sftBatchSize(); data.size() < steps * schedule.sftBatchSize(); i++) {
                data.add(SftExample.oracle(train.task(i), QUESTION_ONLY));
            }
            var last = new SftMetrics[1];
            int chunkEnd = done + steps;
            sft.train(data, steps, (SftMetrics m) -> {
                timing.write(StepRows.sftTiming(m));
                bar.updateLoss((int) m.step() + 1, m.loss(), m.tokensPerSecond());
                if (m.step() + 1 < chunkEnd) metrics.write(StepRows.sft(m));
                else last[0] = m;
            });
            done = chunkEnd;
            if (probe != null) {
                accuracy = probe.score(policy, SeedStream.PROBE_DECODING.of(config.seed())).accuracy();
                metrics.write(StepRows.sft(last[0], accuracy));
                if (schedule.coldStartStop() instanceof ColdStartStop.AtAccuracy stop && accuracy >= stop.accuracy()) break;
            } else {
                metrics.write(StepRows.sft(last[0]));
            }
        }
        bar.finish();
        if (done < config.sftSteps()) {
            out.printf(Locale.ROOT, "sft: stopped after %d of at most %d steps at %.0f%% greedy accuracy on training prompts%n",
                    done, config.sftSteps(), 100 * accuracy);
        }
        return done;
    }

    /** RL steps {@code first..rlSteps-1}; false when it stopped at {@code stopAfter} before the end. */
    private boolean reinforce(TrainablePolicy policy, Policy reference, Scenario train, LevelCurriculum curriculum,
                              Evaluator evaluator, long evalSeed, int first, int stopAfter, MetricsWriter metrics,
                              MetricsWriter timing, RunDirectory run) throws IOException {
        if (first >= config.rlSteps()) return true;
        Rubric rubric = train.rubric();
        for (Rubric.Term t : config.shaping()) rubric = rubric.with(t.name(), t.weight(), t.reward());
        var rolloutConfig = new RolloutConfig(recipe.groupSize(), recipe.groupsPerStep(),
                new SamplingConfig(recipe.maxNewTokens(), recipe.temperature(), 1.0, TrainRecipe.STOP_STRINGS), QUESTION_ONLY);
        Rubric scored = rubric;
        ToolSpec tools = config.tools();
        var local = tools == null ? new Rollout(train, rubric, rolloutConfig, SeedStream.ROLLOUTS.of(config.seed()))
                : new Rollout(() -> new ReasoningEnv(train, scored, tools.budget(), tools.tool(), QUESTION_ONLY), rolloutConfig,
                        SeedStream.ROLLOUTS.of(config.seed()));
        var rollout = stages == null ? local : local.on(stages.apply(new MemberSpec(config.scenario(), config.seed(), config.level(),
                config.options(), config.shaping(), tools, QUESTION_ONLY)));
        RlTrainer trainer = trainer(policy, reference, rollout, first);
        var bar = bar(config.algorithm().flag(), config.rlSteps());
        for (int s = first; s < config.rlSteps(); s++) {
            double sampling = rollout.samplingSeconds(), scoring = rollout.scoringSeconds();
            int level = curriculum == null ? 0 : curriculum.level(); // the level this step's tasks were drawn from
            StepMetrics m = trainer.step();
            metrics.write(curriculum == null ? StepRows.rl(m) : LevelCurriculum.tagged(StepRows.rl(m), level));
            timing.write(StepRows.rlTiming(m, rollout.samplingSeconds() - sampling, rollout.scoringSeconds() - scoring));
            bar.update(s + 1, m.rollout().rewardMean(), m.rollout().accuracy(), m.tokensPerSecond());
            if (curriculum != null && curriculum.record(m.rollout().accuracy())) {
                bar.finish();
                out.printf(Locale.ROOT, "curriculum: promoted to level %d after RL step %d%n", curriculum.level(), s + 1);
            }
            int done = s + 1;
            if (done == config.rlSteps() || done % schedule.evalEvery() == 0) {
                metrics.write(StepRows.eval(done, evaluator.score(policy, evalSeed)));
            }
            if (done == config.rlSteps() || done % schedule.checkpointEvery() == 0) {
                run.checkpoint(policy, done, metrics, timing);
                if (done >= stopAfter && done < config.rlSteps()) {
                    bar.finish();
                    return false;
                }
            }
        }
        bar.finish();
        return true;
    }

    private RlTrainer trainer(TrainablePolicy policy, Policy reference, Rollout rollout, int first) {
        return switch (config.algorithm()) {
            case GRPO, DAPO, DR_GRPO, BNPO -> new GrpoTrainer(policy, reference, rollout, grpoVariant(config.algorithm(), recipe.maxNewTokens()),
                    new OptimConfig(schedule.rlEpochs(), 1), first);
            case PPO -> new PpoTrainer(policy, reference, rollout, PpoConfig.defaults(),
                    new OptimConfig(schedule.rlEpochs(), 1), first);
            case RLOO -> new RlooTrainer(policy, reference, rollout, RlooConfig.defaults(), OptimConfig.single(), first);
        };
    }

    /** The GRPO objective of {@code algorithm} for completions of at most {@code maxTokens} tokens. */
    static GrpoConfig grpoVariant(Algorithm algorithm, int maxTokens) {
        return switch (algorithm) {
            case DAPO -> GrpoConfig.dapo();
            case DR_GRPO -> GrpoConfig.drGrpo(maxTokens);
            case BNPO -> GrpoConfig.grpo().withAggregation(LossAggregation.DAPO);
            default -> GrpoConfig.grpo();
        };
    }

    private TrainResult finish(RunDirectory run, double seconds) throws IOException {
        Path dir = run.path();
        List<MetricsRow> rows = MetricsReader.read(run.metricsFile());
        List<MetricsRow> evals = rows.stream().filter(r -> r.phase() == Phase.EVAL).toList();
        HeldOutScore before = score(evals.get(0));
        HeldOutScore after = score(evals.get(evals.size() - 1));
        List<Path> plots = TrainingPlots.write(rows, dir);
        String summary = MetricsSummary.text(rows) + String.format(Locale.ROOT,
                "held-out accuracy: %.1f%% before RL -> %.1f%% after RL (%+.1f points) on %d tasks%n",
                100 * before.accuracy(), 100 * after.accuracy(), 100 * (after.accuracy() - before.accuracy()), before.tasks())
                + "the same held-out tasks, greedy: " + evalCommand(dir) + "\n";
        Path summaryFile = run.summaryFile();
        Files.writeString(summaryFile, summary);
        printScore("held-out accuracy after RL ", after);
        out.printf(Locale.ROOT, "RL gain: %+.1f points; this invocation took %.1f s; wrote %s, %d plots, %s%n",
                100 * (after.accuracy() - before.accuracy()), seconds, run.metricsFile(), plots.size(), summaryFile);
        return new TrainResult(before, after, seconds, run.metricsFile(), plots, summaryFile);
    }

    /** The {@code gym eval} command that scores this run's checkpoint on its held-out set, as the run did. */
    String evalCommand(Path dir) {
        var b = new StringBuilder("gym eval ").append(config.scenario()).append(" --level ").append(config.level());
        new java.util.TreeMap<>(config.options()).forEach((k, v) -> b.append(" --option ").append(k).append('=').append(v));
        b.append(" --seed ").append(SeedStream.HELD_OUT.of(config.seed())).append(" -n ").append(schedule.heldOutSize())
                .append(" --max-tokens ").append(recipe.maxNewTokens()).append(" --policy ").append(dir);
        return b.toString();
    }

    private HeldOutScore score(MetricsRow eval) {
        return new HeldOutScore(schedule.heldOutSize(), eval.value(MetricNames.HELDOUT_ACCURACY).orElseThrow(),
                eval.value(MetricNames.HELDOUT_REWARD).orElseThrow(), eval.value("heldout_length").orElseThrow());
    }

    private void printScore(String what, HeldOutScore s) {
        out.printf(Locale.ROOT, "%s: %.1f%% (%d/%d), mean length %.1f tokens%n", what, 100 * s.accuracy(),
                Math.round(s.accuracy() * s.tasks()), s.tasks(), s.meanLength());
    }

    private ProgressBar bar(String label, int total) {
        return new ProgressBar(out, label, Math.max(1, total), ProgressBar.detectMode(), Math.max(1, total / 10), System::nanoTime);
    }

    private String fingerprint() {
        return config.scenario() + " level=" + config.level() + " options=" + new java.util.TreeMap<>(config.options())
                + " seed=" + config.seed() + " sft=" + config.sftSteps() + " rl=" + config.rlSteps() + " algo="
                + config.algorithm().flag() + " " + recipe + " " + schedule + (config.init() == null ? "" : " init=" + config.init())
                + (config.shaping().isEmpty() ? "" : " shaping=" + config.shaping())
                + (config.curriculum() == null ? "" : " " + config.curriculum())
                + (config.tools() == null ? "" : " " + config.tools());
    }
}
