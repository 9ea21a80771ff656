package jgym.env;

import java.nio.file.Path;

/** A dataset row that cannot be read, naming the file, the 1-based line and the field. */
public final class DatasetException extends GymException {
    private final Path file;
    private final long line;
    private final String field;

    /**
     * @param file  the file being read
     * @param line  1-based line number, or 0 if the error concerns the whole file
     * @param field the field at fault, or null if the whole line is at fault
     */
    public DatasetException(Path file, long line, String field, String problem) {
        super(file + (line > 0 ? ":" + line : "") + (field != null ? ": field '" + field + "'" : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** The field at fault, or null. */
    public String field() {
        return field;
    }
}
