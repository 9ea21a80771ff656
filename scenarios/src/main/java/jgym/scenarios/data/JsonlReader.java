package jgym.scenarios.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jgym.env.DatasetException;

/**
 * Reads JSON Lines: one JSON object per line, UTF-8. Blank lines are skipped (they hold no row); every other line must
 * be a JSON object, or reading stops with a {@link DatasetException} naming the file and the 1-based line. Nothing is
 * silently dropped.
 */
public final class JsonlReader {
    private JsonlReader() {}

    /** Strict: a second value on a line, or a key given twice, is an error rather than something silently dropped. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The path prefix under which classpath resources are named in errors, e.g. {@code classpath:jgym/data/x.jsonl}. */
    public static final String CLASSPATH = "classpath:";

    /**
     * Streams the rows of {@code file} to {@code handler}, in file order; a row the handler rejects stops the reading.
     *
     * @return the number of rows read
     * @throws DatasetException when the file cannot be read or a line is not a JSON object
     */
    public static long forEach(Path file, Consumer<JsonlRow> handler) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new DatasetException(file, 0, null, "no such file");
        } catch (IOException e) {
            throw new DatasetException(file, 0, null, "cannot open: " + e.getMessage());
        }
        return forEach(file, in, handler);
    }

    /** Streams the rows of {@code in}, naming it {@code name} in errors; closes {@code in}. */
    public static long forEach(Path name, InputStream in, Consumer<JsonlRow> handler) {
        // Lines are split as bytes and each is decoded on its own, so that invalid UTF-8 is blamed on its own line.
        var rows = new Rows(name, handler);
        try (in) {
            byte[] chunk = new byte[1 << 16];
            var pending = new ByteArrayOutputStream(1024);
            int n;
            while ((n = in.read(chunk)) >= 0) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] != '\n') continue;
                    if (pending.size() == 0) {
                        rows.line(chunk, from, i - from);
                    } else {
                        pending.write(chunk, from, i - from);
                        rows.line(pending.toByteArray(), 0, pending.size());
                        pending.reset();
                    }
                    from = i + 1;
                }
                pending.write(chunk, from, n - from);
            }
            if (pending.size() > 0) rows.line(pending.toByteArray(), 0, pending.size());
        } catch (IOException e) {
            throw new DatasetException(name, rows.line + 1, null, "cannot read: " + e.getMessage());
        }
        return rows.index;
    }

    /** Turns the lines of one file into rows, counting lines and rows. */
    private static final class Rows {
        private final Path name;
        private final Consumer<JsonlRow> handler;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line;
        long index;

        Rows(Path name, Consumer<JsonlRow> handler) {
            this.name = name;
            this.handler = handler;
        }

        /** Reads line {@code line + 1}: {@code length} bytes of {@code bytes} from {@code offset}, without its newline. */
        void line(byte[] bytes, int offset, int length) {
            line++;
            String text;
            try {
                text = decoder.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
            } catch (CharacterCodingException e) {
                throw new DatasetException(name, line, null, "not valid UTF-8");
            }
            if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
            if (text.isBlank()) return;
            handler.accept(new JsonlRow(name, line, index++, parse(name, line, text)));
        }
    }

    /** Every row of {@code file}, in order. */
    public static List<JsonlRow> readAll(Path file) {
        var rows = new ArrayList<JsonlRow>();
        forEach(file, rows::add);
        return rows;
    }

    /** Every row of classpath resource {@code resource} (e.g. {@code "jgym/data/gsm8k/train.jsonl"}), in order. */
    public static List<JsonlRow> readResource(String resource) {
        Path name = resourcePath(resource);
        InputStream in = JsonlReader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new DatasetException(name, 0, null, "no such resource on the classpath");
        var rows = new ArrayList<JsonlRow>();
        forEach(name, in, rows::add);
        return rows;
    }

    /** How classpath resource {@code resource} is named in errors. */
    public static Path resourcePath(String resource) {
        return Path.of(CLASSPATH + resource);
    }

    /**
     * The row of one line read elsewhere (e.g. by Spark, which splits the file itself), under the same rules as
     * {@link #forEach}: null for a blank line, else a JSON object or a {@link DatasetException} naming file and line.
     *
     * @param line  1-based line number in {@code file}
     * @param index the row's 0-based index among the file's rows (or any number the caller counts rows by)
     */
    public static JsonlRow row(Path file, long line, long index, String text) {
        if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (text.isBlank()) return null;
        return new JsonlRow(file, line, index, parse(file, line, text));
    }

    private static ObjectNode parse(Path file, long line, String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new DatasetException(file, line, null, "malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new DatasetException(file, line, null, "expected a JSON object, got " + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase()));
        }
        return (ObjectNode) node;
    }
}
