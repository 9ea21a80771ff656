package jgym.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jgym.agents.metrics.MetricNames;
import jgym.agents.metrics.MetricsReader;
import jgym.agents.metrics.MetricsRow;
import jgym.agents.metrics.Phase;
import jgym.agents.train.Algorithm;
import jgym.agents.train.ColdStartStop;
import jgym.agents.train.TrainConfig;
import jgym.agents.train.TrainRecipe;
import jgym.agents.train.TrainResult;
import jgym.agents.train.TrainSchedule;
import jgym.agents.train.TrainingRun;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short GRPO run whose rollouts are a Spark stage in {@code local[2]} (with a retry allowed per task) against the same
 * run in one JVM: the same tasks, completions and rewards at every step, and the same update up to float rounding.
 */
class SparkRolloutsTest {
    private static final TrainRecipe RECIPE = new TrainRecipe(112, 1, 64, 4, 4, 6, 80, 1.0);
    private static final TrainSchedule SCHEDULE = new TrainSchedule(32, 3e-3, 3e-3, 2, 16, 2, 4, ColdStartStop.allSteps());

    @TempDir
    Path dir;

    private static TrainingRun run(Path out) {
        var config = new TrainConfig("math/arithmetic", 1, Map.of("operands", "2", "max_operand", "9"), 7, 40, 4, Algorithm.GRPO, out);
        return new TrainingRun(config, RECIPE, SCHEDULE, Scenarios.registry(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private static List<MetricsRow> rl(TrainResult r) throws Exception {
        return MetricsReader.read(r.metrics()).stream().filter(m -> m.phase() == Phase.RL).toList();
    }

    @Test
    void grpoWithSparkRolloutsGivesTheSingleJvmRunsMetrics() throws Exception {
        TrainResult local = run(dir.resolve("local")).run();
        TrainResult spread;
        int injected = SparkRollouts.Executor.INJECTED.get();
        try (SparkRollouts rollouts = SparkRollouts.open("local[2,2]", 3, true, Map.of())) {
            spread = run(dir.resolve("spark")).withRolloutStages(rollouts).run();
        }
        assertEquals(4 * 3, SparkRollouts.Executor.INJECTED.get() - injected, "every slice of every step failed once and was retried");
        assertSameMetrics(local, spread);
    }

    /**
     * The executors in two JVMs of their own (Spark's local-cluster master: a master, a worker and executor processes on
     * this machine), so the weights, tasks and groups really cross process boundaries, as on a cluster.
     */
    @Test
    void executorsInTheirOwnJvmsGiveTheSingleJvmRunsMetrics() throws Exception {
        String home = System.getenv("SPARK_HOME");
        org.junit.jupiter.api.Assumptions.assumeTrue(home != null, "SPARK_HOME is set by the spark module's surefire configuration");
        Files.createDirectories(Path.of(home, "jars")); // Spark's launcher wants it; the class path comes below
        TrainResult local = run(dir.resolve("local")).run();
        TrainResult spread;
        // the executors get this JVM's class path and its module flags (the Vector API: the driver's kernels, the same floats)
        String flags = String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(f -> f.startsWith("--add-modules") || f.startsWith("--enable-native-access") || f.startsWith("--sun-misc")).toList());
        var conf = Map.of("spark.executor.extraClassPath", System.getProperty("java.class.path"), "spark.executor.extraJavaOptions", flags);
        try (SparkRollouts rollouts = SparkRollouts.open("local-cluster[2,1,1536]", 2, false, conf)) {
            spread = run(dir.resolve("cluster")).withRolloutStages(rollouts).run();
        }
        assertSameMetrics(local, spread);
    }

    private static void assertSameMetrics(TrainResult local, TrainResult spread) throws Exception {
        List<MetricsRow> a = rl(local), b = rl(spread);
        assertEquals(4, a.size());
        assertEquals(a.size(), b.size());
        double rewardSpread = 0;
        for (int s = 0; s < a.size(); s++) {
            Map<String, Double> x = a.get(s).values(), y = b.get(s).values();
            assertEquals(x.keySet(), y.keySet(), "step " + s);
            for (String k : List.of(MetricNames.REWARD_MEAN, MetricNames.REWARD_STD, MetricNames.ACCURACY, MetricNames.RESPONSE_LENGTH,
                    MetricNames.TRUNCATED, MetricNames.ZERO_STD_GROUPS)) {
                assertEquals(x.get(k), y.get(k), "step " + s + " " + k + ": the same completions and rewards");
            }
            for (String k : x.keySet()) assertEquals(x.get(k), y.get(k), 1e-4, "step " + s + " " + k);
            rewardSpread += x.get(MetricNames.REWARD_STD);
        }
        assertTrue(rewardSpread > 0, "the rewards vary, so the comparison means something");
        assertEquals(local.after().accuracy(), spread.after().accuracy(), "held-out accuracy after RL");
    }
}
