package jgym.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command writes its rows: a file given by {@code --out}, or standard output. Closing flushes it and closes
 * the file, never standard output.
 */
final class Sink implements AutoCloseable {
    private final PrintStream stream;
    private final boolean owned;

    private Sink(PrintStream stream, boolean owned) {
        this.stream = stream;
        this.owned = owned;
    }

    /** A sink onto {@code file}, created or truncated, or onto {@code stdout} when {@code file} is null. */
    static Sink open(String file, PrintStream stdout) throws IOException {
        if (file == null) return new Sink(stdout, false);
        Path p = Path.of(file);
        if (p.getParent() != null) Files.createDirectories(p.getParent());
        return new Sink(new PrintStream(new BufferedOutputStream(Files.newOutputStream(p), 1 << 16), false, StandardCharsets.UTF_8), true);
    }

    /** True when the rows go to a file rather than standard output. */
    boolean toFile() {
        return owned;
    }

    /** Writes one line. */
    void println(String line) {
        stream.println(line);
    }

    /** True when writing failed, e.g. the reader of a pipe went away ({@code gym sample ... | head}). */
    boolean failed() {
        return stream.checkError();
    }

    @Override
    public void close() {
        stream.flush();
        if (owned) stream.close();
    }
}
