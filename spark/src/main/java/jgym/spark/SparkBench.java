package jgym.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jgym.agents.model.AdamWConfig;
import jgym.agents.model.TransformerConfig;
import jgym.agents.policy.CharTokenizer;
import jgym.agents.policy.Policy;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.policy.TransformerPolicy;
import jgym.agents.rl.Rollout;
import jgym.agents.rl.RolloutConfig;
import jgym.agents.train.MemberSpec;
import jgym.agents.train.TrainRecipe;
import jgym.env.PromptTemplate;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import jgym.scenarios.Scenarios;
import org.apache.spark.sql.SparkSession;

/**
 * {@code gym bench spark}: completions scored per second by one JVM (the rubric called in a loop, one thread) and by
 * Spark in {@code local[2]} (the same rows, one JSONL file), in the same run, for a math scenario (GSM8K, exact
 * answers) and a sandboxed code scenario (MBPP, each completion run against its tests), and the fixed cost of starting
 * Spark (session and a first trivial job).
 */
public final class SparkBench {
    private SparkBench() {}

    /** Runs the benchmark; {@code mathRows} and {@code codeRows} completions of each kind. */
    public static int run(int mathRows, int codeRows, PrintStream out) throws IOException {
        Path dir = Files.createTempDirectory("jgym-spark-bench");
        Scenario gsm8k = Scenarios.registry().make("gsm8k", ScenarioConfig.defaults());
        Scenario mbpp = Scenarios.registry().make("mbpp", ScenarioConfig.defaults());
        String wrongAnswer = "<answer>0</answer>", wrongCode = "```python\ndef f():\n    return None\n```";
        // each timed pass (one JVM, Spark) scores tasks no earlier pass scored, so no result can come from a cache
        double mathLocal = singleJvm(gsm8k, mathRows, 0, wrongAnswer);
        double codeLocal = singleJvm(mbpp, codeRows, 0, wrongCode);
        Path mathWarm = file(dir.resolve("gsm8k-warm.jsonl"), gsm8k, mathRows, 1, wrongAnswer);
        Path math = file(dir.resolve("gsm8k.jsonl"), gsm8k, mathRows, 2, wrongAnswer);
        Path codeWarm = file(dir.resolve("mbpp-warm.jsonl"), mbpp, codeRows, 1, wrongCode);
        Path code = file(dir.resolve("mbpp.jsonl"), mbpp, codeRows, 2, wrongCode);
        long t0 = System.nanoTime();
        SparkSession spark = SparkSession.builder().master("local[2]").appName("jgym bench spark").config("spark.ui.enabled", "false").getOrCreate();
        spark.range(1).count();
        double startup = (System.nanoTime() - t0) / 1e9;
        try {
            out.printf(Locale.ROOT, "Spark %s in local[2]: started in %.1f s (session and a first job); %d cores here%n",
                    spark.version(), startup, Runtime.getRuntime().availableProcessors());
            report(out, "gsm8k (exact answers)", mathRows, mathLocal, spark(spark, "gsm8k", mathWarm, math));
            report(out, "mbpp (tests in the sandbox)", codeRows, codeLocal, spark(spark, "mbpp", codeWarm, code));
            rollouts(out);
        } finally {
            spark.stop();
        }
        return 0;
    }

    /**
     * GRPO rollouts of {@code gym train}'s default recipe on its default scenario (16 groups of 4, up to 80 new tokens,
     * an untrained policy, so most completions run to the budget): completions sampled and scored per second by one
     * JVM and by the Spark stage in local[2] (two slices), the same steps, after two warm-up steps each.
     */
    private static void rollouts(PrintStream out) {
        TrainRecipe r = TrainRecipe.defaults();
        var policy = TransformerPolicy.create(new TransformerConfig(CharTokenizer.ascii().vocabSize(), r.contextLength(), r.layers(),
                r.dModel(), r.heads(), 4, org.nd4j.linalg.api.buffer.DataType.FLOAT), CharTokenizer.ascii(), AdamWConfig.defaults(), 1);
        var config = new RolloutConfig(r.groupSize(), r.groupsPerStep(),
                new SamplingConfig(r.maxNewTokens(), r.temperature(), 1.0, TrainRecipe.STOP_STRINGS), PromptTemplate.QUESTION_ONLY);
        Scenario modular = Scenarios.registry().make("math/modular", ScenarioConfig.defaults());
        var spec = new MemberSpec("math/modular", ScenarioConfig.defaults().seed(), 1, java.util.Map.of(), List.of(), null,
                PromptTemplate.QUESTION_ONLY);
        int warm = 2, steps = 5;
        var local = new Rollout(modular, modular.rubric(), config, 7);
        double localRate = rate(local, policy, warm, steps, config);
        try (SparkRollouts stages = SparkRollouts.open("local[2]", 2)) {
            double sparkRate = rate(local.on(stages.apply(spec)), policy, warm, steps, config);
            out.printf(Locale.ROOT, "%-28s %,7d rows: one JVM %,10.1f rows/s; local[2] %,10.1f rows/s (2 slices, weights broadcast each step); %.2fx%n",
                    "rollouts (math/modular)", steps * config.completionsPerStep(), localRate, sparkRate, sparkRate / localRate);
        }
    }

    /** Completions per second of steps {@code warm .. warm + steps - 1}, after steps {@code 0 .. warm - 1}. */
    private static double rate(Rollout rollout, Policy policy, int warm, int steps, RolloutConfig config) {
        for (int s = 0; s < warm; s++) rollout.collect(policy, s);
        long t0 = System.nanoTime();
        for (int s = warm; s < warm + steps; s++) rollout.collect(policy, s);
        return steps * config.completionsPerStep() / ((System.nanoTime() - t0) / 1e9);
    }

    private static void report(PrintStream out, String what, int rows, double local, double[] spark) {
        out.printf(Locale.ROOT, "%-28s %,7d rows: one JVM %,10.1f rows/s; local[2] %,10.1f rows/s (job %.2f s, first job %.2f s); %.2fx%n",
                what, rows, local, spark[0], spark[1], spark[2], spark[0] / local);
    }

    /** Task {@code i} of block {@code block}: blocks of rows/2 tasks follow one another, wrapping around the scenario. */
    private static Task task(Scenario s, int rows, int block, int i) {
        return s.task(((long) block * (rows / 2) + i / 2) % Math.min(s.size(), 1_000_000));
    }

    /** Oracle completions and wrong ones alternating, over the tasks of block {@code block}. */
    private static Path file(Path file, Scenario s, int rows, int block, String wrong) throws IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var lines = new ArrayList<String>(rows);
        for (int i = 0; i < rows; i++) {
            Task t = task(s, rows, block, i);
            lines.add(mapper.createObjectNode().put("task_id", t.id()).put("completion", i % 2 == 0 ? t.oracleCompletion() : wrong).toString());
        }
        return Files.write(file, lines);
    }

    /**
     * Rows per second of the rubric called in a loop on this thread: a warm-up pass over block 3, then the timed pass
     * over block {@code block}.
     */
    private static double singleJvm(Scenario s, int rows, int block, String wrong) {
        Rubric rubric = s.rubric();
        for (int i = 0; i < rows; i++) {
            Task t = task(s, rows, 3, i);
            rubric.evaluate(t, i % 2 == 0 ? t.oracleCompletion() : wrong);
        }
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < rows; i++) tasks.add(task(s, rows, block, i));
        long t0 = System.nanoTime();
        for (int i = 0; i < rows; i++) rubric.evaluate(tasks.get(i), i % 2 == 0 ? tasks.get(i).oracleCompletion() : wrong);
        return rows / ((System.nanoTime() - t0) / 1e9);
    }

    /** {rows/s, seconds} of a Spark scoring job over {@code file} after one over {@code warm} (which warms the executors), and the first's seconds. */
    private static double[] spark(SparkSession spark, String scenario, Path warm, Path file) {
        var spec = new SparkScoring.Spec(scenario, ScenarioConfig.defaults().seed(), 1, null, java.util.Map.of(), 100_000, false);
        long t0 = System.nanoTime();
        long n = SparkScoring.score(spark, spec, warm.toString(), 4).count();
        double first = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        n = SparkScoring.score(spark, spec, file.toString(), 4).count();
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new double[] {n / seconds, seconds, first};
    }
}
