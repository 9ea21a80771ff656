package jgym.scenarios.code;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import jgym.env.DatasetException;
import jgym.scenarios.data.JsonlReader;
import jgym.scenarios.data.JsonlRow;

/**
 * Reading helpers shared by the coding datasets: JSONL that may be gzipped, string-list fields, and the function a test
 * calls.
 */
public final class CodeData {
    private CodeData() {}

    private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
    private static final Pattern TOP_LEVEL_DEF = Pattern.compile("(?m)^(?:async\\s+)?def\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
    private static final java.util.Set<String> NOT_ENTRY_POINTS = java.util.Set.of(
            "assert", "set", "sorted", "list", "tuple", "dict", "str", "int", "float", "round", "abs", "len", "isclose",
            "math", "all", "any", "sum", "min", "max", "type", "isinstance", "frozenset", "bool", "repr", "print");

    /**
     * Streams the rows of {@code file}, gzipped or not (told apart by the gzip magic bytes {@code 1f 8b}, not by the
     * file name), to {@code handler}.
     *
     * @throws DatasetException when the file cannot be read, is a broken gzip stream, or holds a malformed row
     */
    public static long forEachRow(Path file, Consumer<JsonlRow> handler) {
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new DatasetException(file, 0, null, "no such file");
        } catch (IOException e) {
            throw new DatasetException(file, 0, null, "cannot open: " + e.getMessage());
        }
        try {
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0x1f && b1 == 0x8b) in = new GZIPInputStream(in, 1 << 16);
        } catch (IOException e) {
            closeQuietly(in);
            throw new DatasetException(file, 0, null, "cannot read: " + e.getMessage());
        }
        return JsonlReader.forEach(file, in, handler);
    }

    /** Every row of {@code file}, gzipped or not, in order. */
    public static List<JsonlRow> readAll(Path file) {
        var rows = new ArrayList<JsonlRow>();
        forEachRow(file, rows::add);
        return rows;
    }

    /**
     * The strings of array {@code field} of {@code row}: an error naming the field when it is missing, not an array,
     * or holds something other than a non-blank string; an empty array is allowed only when {@code allowEmpty}.
     */
    public static List<String> stringList(JsonlRow row, String field, boolean allowEmpty) {
        JsonNode n = row.fields().get(field);
        if (n == null || n.isNull()) {
            if (allowEmpty) return List.of();
            throw row.error(field, "missing");
        }
        if (!n.isArray()) throw row.error(field, "must be an array of strings");
        var out = new ArrayList<String>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isTextual()) throw row.error(field, "element " + i + " must be a string");
            if (e.textValue().isBlank()) throw row.error(field, "element " + i + " is empty");
            out.add(e.textValue());
        }
        if (out.isEmpty() && !allowEmpty) throw row.error(field, "is empty");
        return out;
    }

    /**
     * The function {@code test} exercises: the first name called in it that the reference defines at top level, else the
     * first called name that is not a builtin or a common wrapper ({@code set}, {@code sorted}, {@code math.isclose}...),
     * else empty.
     */
    public static String entryPoint(String test, String reference) {
        var defined = new java.util.HashSet<String>();
        Matcher d = TOP_LEVEL_DEF.matcher(reference.replace("\r\n", "\n"));
        while (d.find()) defined.add(d.group(1));
        String fallback = "";
        Matcher m = CALL.matcher(test);
        while (m.find()) {
            String name = m.group(1);
            if (m.start() > 0 && test.charAt(m.start() - 1) == '.') continue; // a method or module attribute
            if (defined.contains(name)) return name;
            if (fallback.isEmpty() && !NOT_ENTRY_POINTS.contains(name)) fallback = name;
        }
        return fallback;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the read error already being reported is the one that matters
        }
    }
}
