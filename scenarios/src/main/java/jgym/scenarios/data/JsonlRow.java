package jgym.scenarios.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import jgym.env.DatasetException;

/**
 * One JSON object read from a JSONL file, with where it came from, so that every problem with a field can be
 * reported as a {@link DatasetException} naming the file, the line and the field.
 *
 * @param file   the file (or resource) read, never null
 * @param line   the 1-based line number of this row in the file
 * @param index  the 0-based position of this row among the file's rows (blank lines are not rows)
 * @param fields the parsed object, never null
 */
public record JsonlRow(Path file, long line, long index, ObjectNode fields) {
    public JsonlRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fields, "fields");
        if (line < 1) throw new IllegalArgumentException("line must be >= 1, got " + line);
        if (index < 0) throw new IllegalArgumentException("index must be >= 0, got " + index);
    }

    /** True when {@code field} is present and not JSON null. */
    public boolean has(String field) {
        JsonNode n = fields.get(field);
        return n != null && !n.isNull();
    }

    /** The string value of required {@code field}; missing, null or non-string values raise a {@link DatasetException}. */
    public String text(String field) {
        JsonNode n = fields.get(field);
        if (n == null) throw error(field, "missing");
        if (n.isNull()) throw error(field, "is null");
        if (!n.isTextual()) throw error(field, "must be a string, got " + kind(n));
        return n.textValue();
    }

    /** Like {@link #text} but also rejecting a value that is empty or only whitespace. */
    public String nonBlankText(String field) {
        String s = text(field);
        if (s.isBlank()) throw error(field, "is empty");
        return s;
    }

    /** The string value of optional {@code field}: empty when absent or null, an error when not a string. */
    public Optional<String> optionalText(String field) {
        return has(field) ? Optional.of(text(field)) : Optional.empty();
    }

    /** Required {@code field} as an identifier: a non-empty string, or an integral number written in decimal. */
    public String id(String field) {
        JsonNode n = fields.get(field);
        if (n == null) throw error(field, "missing");
        if (n.isIntegralNumber()) return n.asText();
        if (n.isTextual() && !n.textValue().isBlank()) return n.textValue();
        if (n.isTextual()) throw error(field, "is empty");
        throw error(field, "must be a string or an integer, got " + kind(n));
    }

    /** Required {@code field} as text: a non-empty string, or a number or boolean written as JSON writes it. */
    public String scalarText(String field) {
        JsonNode n = fields.get(field);
        if (n == null) throw error(field, "missing");
        if (n.isNumber() || n.isBoolean()) return n.asText();
        if (n.isTextual() && !n.textValue().isBlank()) return n.textValue();
        if (n.isTextual()) throw error(field, "is empty");
        throw error(field, "must be a string or a number, got " + kind(n));
    }

    /** A {@link DatasetException} at this row, naming {@code field} (null for the whole row). */
    public DatasetException error(String field, String problem) {
        return new DatasetException(file, line, field, problem);
    }

    private static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case NULL, MISSING -> "null";
            case BINARY -> "binary data";
        };
    }
}
