package jgym.scenarios.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 0;
        long index = 0;
        try (var bytes = new BufferedInputStream(in, 1 << 16)) {
            var buf = new ByteArrayOutputStream(1024);
            boolean more = true;
            while (more) {
                buf.reset();
                int b;
                while ((b = bytes.read()) >= 0 && b != '\n') buf.write(b);
                more = b >= 0;
                if (!more && buf.size() == 0) break;
                line++;
                String text;
                try {
                    text = decoder.decode(ByteBuffer.wrap(buf.toByteArray())).toString();
                } catch (CharacterCodingException e) {
                    throw new DatasetException(name, line, null, "not valid UTF-8");
                }
                if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
                if (text.isBlank()) continue;
                handler.accept(new JsonlRow(name, line, index++, parse(name, line, text)));
            }
        } catch (IOException e) {
            throw new DatasetException(name, line + 1, null, "cannot read: " + e.getMessage());
        }
        return index;
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
