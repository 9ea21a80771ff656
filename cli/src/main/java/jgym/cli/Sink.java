package jgym.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a command writes its rows: a file given by {@code --out}, or standard output. A file that cannot be opened or
 * written is an error naming the path and the cause ({@link UncheckedIOException}, exit 1), never a silent success;
 * the rows written before the failure stay in the file. Closing flushes and closes the file, never standard output.
 */
final class Sink implements AutoCloseable {
    private final PrintStream stdout;
    private final Writer file;
    private final Path path;

    private Sink(PrintStream stdout, Writer file, Path path) {
        this.stdout = stdout;
        this.file = file;
        this.path = path;
    }

    /** A sink onto {@code file}, created or truncated, or onto {@code stdout} when {@code file} is null. */
    static Sink open(String file, PrintStream stdout) throws IOException {
        if (file == null) return new Sink(stdout, null, null);
        Path p = Path.of(file);
        try {
            if (p.getParent() != null) Files.createDirectories(p.getParent());
            return new Sink(null, Files.newBufferedWriter(p, StandardCharsets.UTF_8), p);
        } catch (IOException e) {
            throw new IOException("cannot open --out " + file + ": " + cause(e), e);
        }
    }

    /** True when the rows go to a file rather than standard output. */
    boolean toFile() {
        return file != null;
    }

    /** Writes one line. */
    void println(String line) {
        if (file == null) {
            stdout.println(line);
            return;
        }
        try {
            file.write(line);
            file.write('\n');
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** True when writing to standard output failed, e.g. the reader of a pipe went away ({@code gym sample ... | head}). */
    boolean failed() {
        return file == null && stdout.checkError();
    }

    @Override
    public void close() {
        if (file == null) {
            stdout.flush();
            return;
        }
        try {
            file.close();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private UncheckedIOException failure(IOException e) {
        return new UncheckedIOException(new IOException("cannot write " + path + ": " + cause(e), e));
    }

    /** The cause of {@code e} in words: the system's reason, not only the path that a bare exception message holds. */
    static String cause(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
