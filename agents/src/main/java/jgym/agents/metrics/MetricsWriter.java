package jgym.agents.metrics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes {@link MetricsRow}s to a JSONL file, one object per line, flushed after every line so that a killed run
 * loses at most the row being written.
 *
 * <p>Each line is {@code {"phase":"rl","step":3,"reward_mean":0.5,...}} with the row's values in their order and
 * doubles in Java's shortest round-trip form, so equal rows always give equal bytes. A resumed run keeps the rows its
 * checkpoint had seen and appends after them ({@link #resume}).
 */
public final class MetricsWriter implements Closeable {
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final BufferedWriter out;
    private long rows;

    private MetricsWriter(Path file, BufferedWriter out, long rows) {
        this.file = file;
        this.out = out;
        this.rows = rows;
    }

    /** Creates (or empties) {@code file} and its parent folders. */
    public static MetricsWriter create(Path file) {
        return open(file, 0, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    /**
     * Opens {@code file} for a run resumed from a checkpoint that had written {@code keepRows} rows: lines after the
     * first {@code keepRows} (written after that checkpoint by the run that died) are cut off, and new rows append.
     *
     * @throws IllegalArgumentException if the file holds fewer than {@code keepRows} complete lines
     */
    public static MetricsWriter resume(Path file, long keepRows) {
        if (keepRows < 0) throw new IllegalArgumentException("keepRows must be >= 0, got " + keepRows);
        if (keepRows == 0 && !Files.exists(file)) return create(file);
        try {
            long cut = offsetAfterLines(file, keepRows);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(cut);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resume metrics file " + file, e);
        }
        return open(file, keepRows, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    private static MetricsWriter open(Path file, long rows, StandardOpenOption... options) {
        Objects.requireNonNull(file, "file");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            return new MetricsWriter(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8, options), rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open metrics file " + file, e);
        }
    }

    /** The byte offset just after the {@code n}-th newline of {@code file}. */
    private static long offsetAfterLines(Path file, long n) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long seen = 0;
        for (int i = 0; i < bytes.length && seen < n; i++) {
            if (bytes[i] == '\n' && ++seen == n) return i + 1L;
        }
        if (n == 0) return 0;
        throw new IllegalArgumentException("keepRows: " + file + " holds " + seen + " complete lines, fewer than " + n);
    }

    /** The JSON line for {@code row}, without its newline. */
    public static String toJson(MetricsRow row) {
        var text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField(MetricsRow.PHASE_KEY, row.phase().jsonName());
            g.writeNumberField(MetricsRow.STEP_KEY, row.step());
            for (var e : row.values().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Appends {@code row} as one line and flushes it to the file. */
    public void write(MetricsRow row) {
        try {
            out.write(toJson(row));
            out.write('\n');
            out.flush();
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write metrics file " + file, e);
        }
    }

    /** Rows in the file so far, including those kept by {@link #resume}; store it in a checkpoint. */
    public long rows() {
        return rows;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close metrics file " + file, e);
        }
    }
}
