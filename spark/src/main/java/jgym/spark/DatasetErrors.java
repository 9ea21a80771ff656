package jgym.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import jgym.env.DatasetException;

/** A {@link DatasetException} carried from an executor to the driver in a row's {@code error} column, as JSON. */
final class DatasetErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DatasetErrors() {}

    static String encode(DatasetException e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("file", e.file().toString()).put("line", e.line()).put("field", e.field()).put("message", e.getMessage());
        return n.toString();
    }

    /** The exception again: same file, line, field and problem, so the same message. */
    static DatasetException decode(String json) {
        try {
            var n = JSON.readTree(json);
            String field = n.get("field").isNull() ? null : n.get("field").asText();
            Path file = Path.of(n.get("file").asText());
            long line = n.get("line").asLong();
            String prefix = file + (line > 0 ? ":" + line : "") + (field != null ? ": field '" + field + "'" : "") + ": ";
            String message = n.get("message").asText();
            return new DatasetException(file, line, field, message.startsWith(prefix) ? message.substring(prefix.length()) : message);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
