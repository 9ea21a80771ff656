package jgym.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import jgym.agents.eval.EvalSample;
import jgym.cli.EvalCommand;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * {@code gym eval ... --spark MASTER}: the evaluation's chunks of tasks (as {@code gym eval} splits them, each with its
 * own seed) are asked from the Spark executors: each executor JVM makes the plan and opens the policy once (a
 * checkpoint, or an OpenAI-compatible client whose {@code --concurrency} bounds that executor's requests), asks and
 * scores its chunks, and the samples come back to the driver, which writes them in chunk order and prints the same
 * report as a local run. A failed chunk is retried by Spark and counted once.
 */
public final class EvalJob {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalJob() {}

    /**
     * Runs {@code gym eval evalArgs} on Spark at {@code master}; {@code --out} must not exist yet (a Spark run does not
     * resume a file: a local run does).
     */
    public static int run(String master, List<String> evalArgs, PrintStream out, PrintStream err) throws Exception {
        EvalCommand.Plan plan = EvalCommand.plan(evalArgs, err);
        if (plan.out() != null && Files.exists(plan.out())) {
            throw new IllegalArgumentException("--out: " + plan.out() + " exists; with --spark give a new file (a local run resumes one)");
        }
        int chunks = plan.run().chunks();
        long start = System.nanoTime();
        SparkSession spark = SparkSession.builder().master(master).appName("jgym eval " + plan.name()).config("spark.ui.enabled", "false").getOrCreate();
        List<List<String>> lines;
        try {
            var jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            List<String> args = List.copyOf(evalArgs);
            out.println("gym eval: " + plan.header() + ", " + chunks + " chunks on Spark " + master);
            lines = jsc.parallelize(IntStream.range(0, chunks).boxed().toList(), chunks).map(c -> Executor.chunk(args, c)).collect();
        } finally {
            spark.stop();
        }
        var samples = new ArrayList<EvalSample>();
        var text = new StringBuilder();
        for (List<String> chunk : lines) {
            for (String line : chunk) {
                samples.add(EvalSample.of(JSON.readTree(line)));
                text.append(line).append('\n');
            }
        }
        if (plan.out() != null) Files.writeString(plan.out(), text);
        out.print(plan.report(samples).table());
        if (plan.out() != null) out.println("samples: " + plan.out());
        err.printf(java.util.Locale.ROOT, "gym eval --spark: %d samples in %.1f s (Spark included)%n", samples.size(), (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** One executor JVM's plans and open policies, by the evaluation's arguments; the policies close at JVM exit. */
    static final class Executor {
        private static final Map<List<String>, Opened> OPEN = new ConcurrentHashMap<>();

        private record Opened(EvalCommand.Plan plan, EvalCommand.Opened policy) {}

        static List<String> chunk(List<String> args, int c) throws Exception {
            Opened o = OPEN.computeIfAbsent(args, a -> {
                try {
                    EvalCommand.Plan plan = EvalCommand.plan(a, System.err);
                    EvalCommand.Opened policy = plan.open();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            policy.close();
                        } catch (Exception ignored) {
                            // the JVM is exiting; nothing is left to release it for
                        }
                    }));
                    return new Opened(plan, policy);
                } catch (Exception e) {
                    throw new IllegalStateException("cannot open the policy on this executor: " + e.getMessage(), e);
                }
            });
            var lines = new ArrayList<String>();
            for (EvalSample s : o.plan().run().chunk(o.policy().policy(), c)) lines.add(s.json().toString());
            return lines;
        }
    }
}
