package jgym.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jgym.env.DatasetException;
import jgym.env.RewardResult;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.Score;
import jgym.env.Task;
import jgym.env.TaskLookup;
import jgym.scenarios.Scenarios;
import jgym.scenarios.data.JsonlReader;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark scoring in {@code local[2]} (with one retry allowed per task) against single-JVM scoring of the same rows:
 * the rubric called directly, row by row, in this JVM.
 */
class SparkScoringTest {
    private static SparkSession spark;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2,2]").appName("jgym-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static SparkScoring.Spec spec(String scenario, boolean failFirst) {
        return new SparkScoring.Spec(scenario, ScenarioConfig.defaults().seed(), 1, null, Map.of(), 1000, failFirst);
    }

    private static Scenario gsm8k() {
        return Scenarios.registry().make("gsm8k", ScenarioConfig.defaults());
    }

    /** Tasks {@code from .. to - 1} of {@code scenario}. */
    private static List<Task> tasks(Scenario scenario, long from, long to) {
        List<Task> tasks = new ArrayList<>();
        for (long i = from; i < to; i++) tasks.add(scenario.task(i));
        return tasks;
    }

    /** Every task of {@code tasks} three times: its oracle completion, a wrong answer, and a hedge between two. */
    private Path completions(List<Task> tasks, String name) throws IOException {
        var lines = new ArrayList<String>();
        for (Task t : tasks) {
            lines.add(line(t.id(), t.oracleCompletion()));
            lines.add(line(t.id(), "<answer>-123456</answer>"));
            lines.add(line(t.id(), "<answer>" + t.answer() + " or 7</answer>"));
        }
        lines.add(""); // a blank line holds no row
        Path file = dir.resolve(name);
        Files.write(file, lines);
        return file;
    }

    private static String line(String id, String completion) {
        var n = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("task_id", id).put("completion", completion);
        return n.toString();
    }

    /** Checks every Spark row against the rubric run here on the same line. */
    private static void assertSameAsSingleJvm(Scenario scenario, Path file, List<Row> rows) {
        var lookup = new TaskLookup(scenario, 1000);
        var expected = new ArrayList<RewardResult>();
        var ids = new ArrayList<String>();
        JsonlReader.forEach(file, row -> {
            Task t = lookup.find(row.id("task_id")).orElseThrow();
            ids.add(t.id());
            expected.add(scenario.rubric().evaluate(t, row.text("completion")));
        });
        assertEquals(expected.size(), rows.size(), "one row per non-blank line");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            RewardResult e = expected.get(i);
            assertEquals(i + 1, r.getLong(r.fieldIndex("line")));
            assertEquals(ids.get(i), r.getString(r.fieldIndex("task_id")));
            assertEquals(e.total(), r.getDouble(r.fieldIndex("reward")), 1e-12, "line " + (i + 1));
            assertEquals(e.correct(), r.getBoolean(r.fieldIndex("correct")), "line " + (i + 1));
            assertEquals(e.reason(), r.getString(r.fieldIndex("reason")), "line " + (i + 1));
            Map<String, Double> components = r.getJavaMap(r.fieldIndex("components"));
            for (RewardResult.Component c : e.components()) {
                Double want = c.score() instanceof Score.Value v ? v.value() : null;
                assertEquals((Object) want, components.get(c.name()), c.name() + " at line " + (i + 1));
            }
        }
    }

    @Test
    void gsm8kRewardsEqualSingleJvmScoringAndTheOutputRoundTrips() throws IOException {
        Scenario gsm8k = gsm8k();
        List<Task> tasks = tasks(gsm8k, 0, 40);
        Path file = completions(tasks, "gsm8k.jsonl");
        var scored = SparkScoring.score(spark, spec("gsm8k", false), file.toString(), 3);
        List<Row> rows = scored.collectAsList();
        assertSameAsSingleJvm(gsm8k, file, rows);
        assertEquals(40, rows.stream().filter(r -> r.getBoolean(r.fieldIndex("correct"))).count(), "only the oracle lines are correct");

        String out = dir.resolve("scored").toString();
        SparkScoring.write(scored, out);
        assertEquals(120, spark.read().json(out).count());
        String parquet = dir.resolve("scored.parquet").toString();
        SparkScoring.write(scored, parquet);
        assertEquals(120, spark.read().parquet(parquet).count());
    }

    @Test
    void aFailedFirstAttemptOfEveryPartitionIsRetriedWithoutLostOrDuplicatedRows() throws IOException {
        Scenario gsm8k = gsm8k();
        List<Task> tasks = tasks(gsm8k, 100, 130);
        Path file = completions(tasks, "retry.jsonl");
        List<Row> rows = SparkScoring.score(spark, spec("gsm8k", true), file.toString(), 4).collectAsList();
        assertEquals(90, rows.stream().map(r -> r.getLong(r.fieldIndex("line"))).distinct().count());
        assertSameAsSingleJvm(gsm8k, file, rows);
    }

    @Test
    void mbppCodeRewardsRunInTheExecutorsSandboxAndEqualSingleJvmScoring() throws IOException {
        Scenario mbpp = Scenarios.registry().make("mbpp", ScenarioConfig.defaults());
        var lines = new ArrayList<String>();
        for (long i = 0; i < 3; i++) {
            Task t = mbpp.task(i);
            lines.add(line(t.id(), t.oracleCompletion()));
            lines.add(line(t.id(), "```python\ndef nothing():\n    return None\n```"));
        }
        Path file = dir.resolve("mbpp.jsonl");
        Files.write(file, lines);
        List<Row> rows = SparkScoring.score(spark, spec("mbpp", false), file.toString(), 2).collectAsList();
        assertSameAsSingleJvm(mbpp, file, rows);
        for (int i = 1; i < rows.size(); i += 2) assertEquals(false, rows.get(i).getBoolean(rows.get(i).fieldIndex("correct")), "stub at line " + (i + 1));
        assertTrue(rows.get(0).getBoolean(rows.get(0).fieldIndex("correct")), "the first task's reference passes its tests");
    }

    @Test
    void badInputNamesTheFileLineAndFieldAsTheLocalReaderDoes() throws IOException {
        Scenario gsm8k = gsm8k();
        String id = gsm8k.task(0).id();
        Path malformed = dir.resolve("malformed.jsonl");
        Files.write(malformed, List.of(line(id, "<answer>1</answer>"), line(id, "x"), "{\"task_id\": ", line(id, "y")));
        var local = assertThrows(DatasetException.class, () -> JsonlReader.forEach(malformed, row -> { }));
        var e = assertThrows(DatasetException.class, () -> SparkScoring.score(spark, spec("gsm8k", false), malformed.toString(), 2));
        assertEquals(local.getMessage(), e.getMessage());
        assertEquals(3, e.line());

        Path unknown = dir.resolve("unknown.jsonl");
        Files.write(unknown, List.of(line(id, "a"), line("no-such-task", "b")));
        e = assertThrows(DatasetException.class, () -> SparkScoring.score(spark, spec("gsm8k", false), unknown.toString(), 2));
        assertEquals(2, e.line());
        assertEquals("task_id", e.field());
        assertTrue(e.getMessage().startsWith(unknown + ":2: field 'task_id': no task 'no-such-task' in scenario gsm8k"), e.getMessage());
    }

    /** The same completions as a Parquet file score as the JSON Lines do; a null or missing column is named. */
    @Test
    void parquetCompletionsScoreAsTheirJsonLinesDo() throws IOException {
        Scenario gsm8k = gsm8k();
        List<Task> tasks = tasks(gsm8k, 200, 220);
        Path jsonl = completions(tasks, "as-lines.jsonl");
        String parquet = dir.resolve("as-table.parquet").toString();
        spark.read().json(jsonl.toString()).select("task_id", "completion").coalesce(1).write().parquet(parquet);
        List<Row> rows = SparkScoring.score(spark, spec("gsm8k", false), parquet, 3).collectAsList();
        assertSameAsSingleJvm(gsm8k, jsonl, rows);

        var schema = new org.apache.spark.sql.types.StructType().add("task_id", DataTypes.StringType, true)
                .add("completion", DataTypes.StringType, true);
        String id = gsm8k.task(0).id();
        String withNull = dir.resolve("null.parquet").toString();
        spark.createDataFrame(List.of(RowFactory.create(id, "<answer>1</answer>"), RowFactory.create(id, null)), schema)
                .coalesce(1).write().parquet(withNull);
        var e = assertThrows(DatasetException.class, () -> SparkScoring.score(spark, spec("gsm8k", false), withNull, 2));
        assertEquals(2, e.line());
        assertEquals("completion", e.field());
        assertTrue(e.getMessage().startsWith(withNull + ":2: field 'completion': is null"), e.getMessage());

        String noCompletion = dir.resolve("ids-only.parquet").toString();
        spark.createDataFrame(List.of(RowFactory.create(id)), new org.apache.spark.sql.types.StructType().add("task_id", DataTypes.StringType))
                .coalesce(1).write().parquet(noCompletion);
        e = assertThrows(DatasetException.class, () -> SparkScoring.score(spark, spec("gsm8k", false), noCompletion, 2));
        assertEquals("completion", e.field());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }
}
