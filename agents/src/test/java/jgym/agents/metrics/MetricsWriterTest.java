package jgym.agents.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jgym.env.DatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsWriterTest {
    @TempDir
    Path dir;

    private static MetricsRow rl(int step, double reward) {
        return MetricsRow.builder(Phase.RL, step).put("reward_mean", reward).put("kl", 0.001 * step).put("reward/format", 1.0).build();
    }

    @Test
    void rowsRoundTripThroughJsonl() {
        Path file = dir.resolve("runs/a/metrics.jsonl");
        var rows = List.of(MetricsRow.builder(Phase.SFT, 0).put("loss", 2.5).build(), rl(0, 0.125), rl(1, 1.0 / 3),
                MetricsRow.builder(Phase.EVAL, 1).put("heldout_accuracy", 0.45).build());
        try (var w = MetricsWriter.create(file)) {
            rows.forEach(w::write);
            assertEquals(4, w.rows());
        }
        assertEquals(rows, MetricsReader.read(file));
    }

    @Test
    void lineFormatIsFixedAndFlushedBeforeClose() throws Exception {
        Path file = dir.resolve("m.jsonl");
        try (var w = MetricsWriter.create(file)) {
            w.write(MetricsRow.builder(Phase.RL, 3).put("reward_mean", 0.5).put("accuracy", 0.25).build());
            // visible to a reader while the writer is still open: the line was flushed
            assertEquals("{\"phase\":\"rl\",\"step\":3,\"reward_mean\":0.5,\"accuracy\":0.25}\n",
                    Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    @Test
    void resumeCutsRowsWrittenAfterTheCheckpointAndAppends() throws Exception {
        Path file = dir.resolve("m.jsonl");
        try (var w = MetricsWriter.create(file)) {
            for (int s = 0; s < 5; s++) w.write(rl(s, s / 10.0));
        }
        // the checkpoint had seen 3 rows; rows 3 and 4 were written by the run that died after it
        try (var w = MetricsWriter.resume(file, 3)) {
            assertEquals(3, w.rows());
            w.write(rl(3, 0.9));
        }
        var back = MetricsReader.read(file);
        assertEquals(List.of(rl(0, 0.0), rl(1, 0.1), rl(2, 0.2), rl(3, 0.9)), back);
        assertThrows(IllegalArgumentException.class, () -> MetricsWriter.resume(file, 7));
    }

    @Test
    void resumeOfAnUninterruptedFileGivesTheSameBytes() throws Exception {
        Path whole = dir.resolve("whole.jsonl");
        Path split = dir.resolve("split.jsonl");
        try (var w = MetricsWriter.create(whole)) {
            for (int s = 0; s < 4; s++) w.write(rl(s, s * 0.25));
        }
        try (var w = MetricsWriter.create(split)) {
            for (int s = 0; s < 2; s++) w.write(rl(s, s * 0.25));
        }
        try (var w = MetricsWriter.resume(split, 2)) {
            for (int s = 2; s < 4; s++) w.write(rl(s, s * 0.25));
        }
        assertEquals(-1L, Files.mismatch(whole, split));
    }

    @Test
    void rowsRejectNonFiniteAndReservedNames() {
        var e = assertThrows(IllegalArgumentException.class, () -> new MetricsRow(Phase.RL, 0, Map.of("kl", Double.NaN)));
        assertTrue(e.getMessage().contains("kl"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MetricsRow(Phase.RL, 0, Map.of("step", 1.0)));
        assertThrows(IllegalArgumentException.class, () -> new MetricsRow(Phase.RL, -1, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> MetricsRow.builder(Phase.RL, 0).put("a", 1).put("a", 2));
    }

    @Test
    void malformedLineNamesItsLineAndField() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"phase\":\"rl\",\"step\":0,\"kl\":0.1}\n{\"phase\":\"rl\",\"step\":1,\"kl\":\"high\"}\n");
        var e = assertThrows(DatasetException.class, () -> MetricsReader.read(file));
        assertEquals(2, e.line());
        assertEquals("kl", e.field());
    }
}
