package jgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServeBenchmarkTest {
    @Test
    void aShortRunPlaysEpisodesOverWebSocketsWithoutErrors() throws Exception {
        var out = new ByteArrayOutputStream();
        int code;
        try (var o = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            code = new ServeBenchmark(TestScenarios.registry()).run(
                    List.of("--sessions", "3", "--seconds", "1", "--warmup", "0", "--scenario", "test/add"), o, o);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        String row = text.lines().filter(l -> l.startsWith("gym serve: WebSocket")).findFirst().orElse("");
        String[] cols = row.trim().split("\\s+");
        assertTrue(Double.parseDouble(cols[cols.length - 4]) > 0, "episodes/s in " + row);
        assertEquals("0", cols[cols.length - 1], row);
    }
}
