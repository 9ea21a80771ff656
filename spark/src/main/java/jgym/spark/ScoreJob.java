package jgym.spark;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

/**
 * The Spark scoring job as a program: what {@code gym score ... --spark MASTER} runs in its own JVM, and the main
 * class for {@code spark-submit} on a cluster (README, "Scale-out on Spark"). Writes the scored rows to {@code --out}
 * (a folder: JSON Lines, or Parquet when it ends in {@code .parquet}) or, without it, as JSON Lines on stdout; prints a
 * summary (rows, mean reward, accuracy, seconds) on stderr.
 */
@CommandLine.Command(name = "jgym-spark-score", mixinStandardHelpOptions = true,
        description = "Scores completions {task_id, completion} (JSON Lines, or Parquet for a path ending in .parquet) with a jgym scenario's rubric on Spark.")
public final class ScoreJob implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", description = "the scenario, e.g. gsm8k, mbpp, math/arithmetic")
    String scenario;
    @CommandLine.Option(names = "--completions", required = true, description = "the JSON Lines or Parquet file (any path Spark reads)")
    String completions;
    @CommandLine.Option(names = "--out", description = "output folder; .parquet for Parquet, else JSON Lines")
    String out;
    @CommandLine.Option(names = "--master", description = "Spark master, e.g. local[2] (spark-submit sets it otherwise)")
    String master;
    @CommandLine.Option(names = "--seed", defaultValue = "42") long seed;
    @CommandLine.Option(names = "--level", defaultValue = "1") int level;
    @CommandLine.Option(names = "--data", description = "the dataset file (default: the scenario's embedded data)") String data;
    @CommandLine.Option(names = "--option", description = "key=value, repeatable") Map<String, String> options = new LinkedHashMap<>();
    @CommandLine.Option(names = "--search", defaultValue = "100000") long search;
    @CommandLine.Option(names = "--partitions", defaultValue = "0", description = "at least this many (default: 2 per core)") int partitions;

    /** spark-submit's entry point: exit 0 done, 1 bad data (file, line and field named), 2 bad arguments. */
    public static void main(String[] args) {
        var cl = new CommandLine(new ScoreJob());
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            if (!(e instanceof jgym.env.DatasetException)) throw e;
            command.getErr().println("jgym-spark-score: bad data: " + e.getMessage());
            return 1;
        });
        System.exit(cl.execute(args));
    }

    /**
     * Runs the job with {@code args} as {@code main} reads them, its exceptions thrown as they are; how
     * {@code gym score --spark} calls it (through reflection: the cli does not depend on Spark).
     *
     * @throws IllegalArgumentException for bad arguments
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        var job = new ScoreJob();
        try {
            new CommandLine(job).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        job.stdout = out;
        job.stderr = err;
        return job.call();
    }

    private PrintStream stdout = System.out, stderr = System.err;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        var builder = SparkSession.builder().appName("jgym score " + scenario).config("spark.ui.enabled", "false");
        if (master != null) builder.master(master);
        SparkSession spark = builder.getOrCreate();
        try {
            long ready = System.nanoTime();
            int n = partitions > 0 ? partitions : 2 * spark.sparkContext().defaultParallelism();
            var spec = new SparkScoring.Spec(scenario, seed, level, data, options, search, false);
            Dataset<Row> scored = SparkScoring.score(spark, spec, completions, n);
            if (out != null) {
                SparkScoring.write(scored, out);
            } else {
                for (String line : scored.toJSON().collectAsList()) stdout.println(line);
            }
            Row summary = scored.agg(org.apache.spark.sql.functions.count("*"), org.apache.spark.sql.functions.avg("reward"),
                    org.apache.spark.sql.functions.avg(org.apache.spark.sql.functions.col("correct").cast("double"))).first();
            stderr.printf(java.util.Locale.ROOT, "spark score %s: %d rows, mean reward %.4f, accuracy %.4f; %s; Spark started in %.1f s, "
                            + "the job took %.1f s%n", scenario, summary.getLong(0), summary.isNullAt(1) ? 0.0 : summary.getDouble(1),
                    summary.isNullAt(2) ? 0.0 : summary.getDouble(2), out == null ? "rows on stdout" : "wrote " + out,
                    (ready - start) / 1e9, (System.nanoTime() - ready) / 1e9);
        } finally {
            spark.stop();
        }
        return 0;
    }
}
