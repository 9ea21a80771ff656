package jgym.agents.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jgym.env.DatasetException;

/** Reads a metrics JSONL file written by {@link MetricsWriter} back into rows, in file order. */
public final class MetricsReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MetricsReader() {}

    /**
     * Every row of {@code file}; blank lines are skipped.
     *
     * @throws DatasetException naming the line and field of a malformed row
     */
    public static List<MetricsRow> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read metrics file " + file, e);
        }
        var rows = new ArrayList<MetricsRow>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) rows.add(parse(file, i + 1L, lines.get(i)));
        }
        return rows;
    }

    /** Parses one line; {@code file} and {@code line} only name the place in errors. */
    public static MetricsRow parse(Path file, long line, String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new DatasetException(file, line, null, "not a JSON object: " + e.getMessage());
        }
        if (node == null || !node.isObject()) throw new DatasetException(file, line, null, "not a JSON object");
        JsonNode phase = node.get(MetricsRow.PHASE_KEY);
        if (phase == null || !phase.isTextual()) throw new DatasetException(file, line, MetricsRow.PHASE_KEY, "missing or not text");
        JsonNode step = node.get(MetricsRow.STEP_KEY);
        if (step == null || !step.canConvertToInt() || !step.isIntegralNumber()) {
            throw new DatasetException(file, line, MetricsRow.STEP_KEY, "missing or not an integer");
        }
        MetricsRow.Builder row;
        try {
            row = MetricsRow.builder(Phase.fromJsonName(phase.asText()), step.asInt());
        } catch (IllegalArgumentException e) {
            throw new DatasetException(file, line, MetricsRow.PHASE_KEY, e.getMessage());
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getKey().equals(MetricsRow.PHASE_KEY) || e.getKey().equals(MetricsRow.STEP_KEY)) continue;
            if (!e.getValue().isNumber()) throw new DatasetException(file, line, e.getKey(), "not a number");
            row.put(e.getKey(), e.getValue().asDouble());
        }
        try {
            return row.build();
        } catch (IllegalArgumentException e) {
            throw new DatasetException(file, line, null, e.getMessage());
        }
    }
}
