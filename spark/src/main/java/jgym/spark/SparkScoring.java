package jgym.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import jgym.env.DatasetException;
import jgym.env.RewardResult;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.Score;
import jgym.env.Task;
import jgym.env.TaskLookup;
import jgym.scenarios.Scenarios;
import jgym.scenarios.data.JsonlReader;
import jgym.scenarios.data.JsonlRow;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Scores a JSON Lines file of completions ({@code {"task_id", "completion"}} per line, as {@code gym score} reads)
 * with a scenario's rubric as a Spark job: the file is split into partitions, each executor makes the scenario, its
 * task index and rubric once per JVM (code rewards run on that JVM's one sandbox, {@code CodeRunners.shared()}, made
 * on first use and closed when the executor exits), and every line becomes one output row.
 *
 * <p>Rows: {@code task_id}, {@code line} (1-based, in the input), {@code reward}, {@code correct}, {@code components}
 * (name to value; null where a term did not apply) and {@code reason}. A completion the rubric fails on (an exception)
 * still gets a row, reward 0 and the reason "cannot be scored: ...": no silent gaps. Bad input (a line that is not a
 * JSON object, a missing field, an unknown task id) fails the job before anything is written, naming the file, line
 * and field as the local {@code gym score} does; the first such line is reported.
 *
 * <p>Spark retries a failed task; a partition's rows are produced by its successful attempt only, so a retry neither
 * loses nor duplicates rows ({@code SparkScoringTest} injects a failure into the first attempt of every partition).
 */
public final class SparkScoring {
    private SparkScoring() {}

    /**
     * What to score against: the scenario as {@code gym score} makes it.
     *
     * @param scenario          the registered name, e.g. {@code gsm8k}
     * @param data              the dataset file, or null for the scenario's embedded data
     * @param search            how many tasks of a procedural scenario are searched for a task id
     * @param failFirstAttempts for the fault tests: every partition's first attempt throws after scoring its rows
     */
    public record Spec(String scenario, long seed, int level, String data, Map<String, String> options, long search,
                       boolean failFirstAttempts) implements Serializable {
        public Spec {
            Objects.requireNonNull(scenario, "scenario");
            options = new LinkedHashMap<>(options);
            if (search < 1) throw new IllegalArgumentException("search must be >= 1, got " + search);
        }

        ScenarioConfig config() {
            return new ScenarioConfig(seed, level, data == null ? null : Path.of(data), options);
        }
    }

    /** The schema of the scored rows. */
    public static final StructType SCHEMA = new StructType()
            .add("task_id", DataTypes.StringType, true)
            .add("line", DataTypes.LongType, false)
            .add("reward", DataTypes.DoubleType, false)
            .add("correct", DataTypes.BooleanType, false)
            .add("components", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, true), true)
            .add("reason", DataTypes.StringType, true)
            .add("error", DataTypes.StringType, true);

    /**
     * Scores {@code completions} (a path Spark can read: local, HDFS, S3) in at least {@code partitions} partitions:
     * JSON Lines, or Parquet when the path ends in {@code .parquet} (a file or a folder of them, with the columns
     * {@code task_id} and {@code completion}; its row {@code n} in file order is "line" {@code n}, checked as a JSON line
     * with those fields would be). The returned rows are ordered by line; they are computed once (cached) and checked
     * for bad input first.
     *
     * @throws DatasetException for the first line of bad input
     */
    public static Dataset<Row> score(SparkSession spark, Spec spec, String completions, int partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // the scenario is made on the driver first, so an unknown scenario or unreadable dataset fails before any task
        Scorer.of(spec);
        JavaPairRDD<String, Long> lines = completions.endsWith(".parquet") ? parquetLines(spark, completions, partitions)
                : jsc.textFile(completions, partitions).zipWithIndex();
        JavaRDD<Row> rows = lines.mapPartitions(part -> score(spec, completions, part));
        Dataset<Row> scored = spark.createDataFrame(rows, SCHEMA).orderBy("line").cache();
        List<Row> errors = scored.filter(functions.col("error").isNotNull()).orderBy("line").limit(1).collectAsList();
        if (!errors.isEmpty()) {
            scored.unpersist();
            throw DatasetErrors.decode(errors.get(0).getString(6));
        }
        return scored.drop("error");
    }

    /**
     * The rows of a Parquet file of completions as JSON lines holding its {@code task_id} and {@code completion} columns
     * (a column it lacks is left out, so the row is refused naming that field), numbered in file order.
     */
    private static JavaPairRDD<String, Long> parquetLines(SparkSession spark, String completions, int partitions) {
        Dataset<Row> table = spark.read().parquet(completions);
        List<String> columns = new ArrayList<>();
        for (String c : List.of("task_id", "completion")) if (List.of(table.columns()).contains(c)) columns.add(c);
        if (columns.isEmpty()) {
            throw new DatasetException(Path.of(completions), 1, "task_id", "missing: the Parquet columns are " + List.of(table.columns()));
        }
        String[] names = columns.toArray(String[]::new);
        JavaPairRDD<String, Long> numbered = table.select(names[0], java.util.Arrays.copyOfRange(names, 1, names.length))
                .javaRDD().map(r -> ParquetRows.json(r, names)).zipWithIndex();
        return numbered.getNumPartitions() >= partitions ? numbered : numbered.repartition(partitions);
    }

    /** One Parquet row as the JSON line that would hold the same fields. */
    static final class ParquetRows {
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

        static String json(Row row, String[] names) {
            var node = JSON.createObjectNode();
            for (int i = 0; i < names.length; i++) node.set(names[i], JSON.valueToTree(row.get(i)));
            return node.toString();
        }
    }

    /** Writes {@code scored} to {@code out}, a folder of Parquet files when it ends in {@code .parquet}, else JSON Lines. */
    public static void write(Dataset<Row> scored, String out) {
        if (out.endsWith(".parquet")) scored.write().parquet(out);
        else scored.write().json(out);
    }

    private static Iterator<Row> score(Spec spec, String file, Iterator<Tuple2<String, Long>> lines) {
        Scorer scorer = Scorer.of(spec);
        var out = new ArrayList<Row>();
        while (lines.hasNext()) {
            Tuple2<String, Long> t = lines.next();
            long line = t._2() + 1;
            try {
                JsonlRow row = JsonlReader.row(Path.of(file), line, t._2(), t._1());
                if (row != null) out.add(scorer.score(row, line));
            } catch (DatasetException e) {
                out.add(RowFactory.create(null, line, 0.0, false, null, null, DatasetErrors.encode(e)));
            }
        }
        TaskContext context = TaskContext.get();
        if (spec.failFirstAttempts() && context != null && context.attemptNumber() == 0) {
            throw new IllegalStateException("injected failure in partition " + context.partitionId() + ", attempt 0");
        }
        return out.iterator();
    }

    /** One executor JVM's scenario, task index and rubric for a spec, made once. */
    static final class Scorer {
        private static final Map<Spec, Scorer> BY_SPEC = new ConcurrentHashMap<>();
        private final Spec spec;
        private final TaskLookup lookup;
        private final Rubric rubric;

        private Scorer(Spec spec) {
            this.spec = spec;
            Scenario scenario = Scenarios.registry().make(spec.scenario(), spec.config());
            this.lookup = new TaskLookup(scenario, spec.search());
            this.rubric = scenario.rubric();
        }

        static Scorer of(Spec spec) {
            return BY_SPEC.computeIfAbsent(spec, Scorer::new);
        }

        Row score(JsonlRow row, long line) {
            String id = row.id("task_id");
            Task task = lookup.find(id).orElseThrow(() -> row.error("task_id", lookup.notFound(id, jgym.cli.ScoreCommand.HINT)));
            String completion = row.text("completion");
            RewardResult r;
            try {
                r = rubric.evaluate(task, completion);
            } catch (RuntimeException e) {
                return RowFactory.create(id, line, 0.0, false, null, "cannot be scored: " + e, null);
            }
            var components = new LinkedHashMap<String, Double>();
            for (RewardResult.Component c : r.components()) components.put(c.name(), c.score() instanceof Score.Value v ? v.value() : null);
            return RowFactory.create(id, line, r.total(), r.correct(), scala.jdk.javaapi.CollectionConverters.asScala(components),
                    r.reason(), null);
        }
    }
}
