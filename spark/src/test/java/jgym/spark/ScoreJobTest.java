package jgym.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job as gym score --spark and spark-submit run it: its own Spark session, output folder and summary. */
class ScoreJobTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryRowAndPrintsTheSummary() throws Exception {
        Scenario gsm8k = Scenarios.registry().make("gsm8k", ScenarioConfig.defaults());
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var lines = new ArrayList<String>();
        for (long i = 0; i < 10; i++) {
            Task t = gsm8k.task(i);
            lines.add(mapper.createObjectNode().put("task_id", t.id()).put("completion", i < 4 ? t.oracleCompletion() : "<answer>x</answer>").toString());
        }
        Path file = Files.write(dir.resolve("c.jsonl"), lines);
        var err = new ByteArrayOutputStream();
        var out = new ByteArrayOutputStream();
        String folder = dir.resolve("scored").toString();
        int code = ScoreJob.run(List.of("gsm8k", "--completions", file.toString(), "--master", "local[2]", "--out", folder),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        String summary = err.toString(StandardCharsets.UTF_8);
        assertTrue(summary.startsWith("spark score gsm8k: 10 rows, mean reward 0.4000, accuracy 0.4000; wrote " + folder), summary);
        long rows = 0;
        try (var parts = Files.list(Path.of(folder))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String l : Files.readAllLines(p)) if (!l.isBlank()) rows++;
            }
        }
        assertEquals(10, rows, "one JSON line per input row in the part files");
        assertEquals("", out.toString(StandardCharsets.UTF_8), "with --out nothing goes to stdout");

        var e = assertThrows(IllegalArgumentException.class, () -> ScoreJob.run(List.of("gsm8k"), System.out, System.err));
        assertTrue(e.getMessage().contains("--completions"), e.getMessage());
    }
}
