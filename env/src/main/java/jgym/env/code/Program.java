package jgym.env.code;

import java.util.Objects;

/**
 * A program to run: its language, its source and the limits it runs under.
 *
 * @param stdin text given to the program on standard input (empty for none)
 */
public record Program(Language language, String source, String stdin, Limits limits) {
    public Program {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(limits, "limits");
    }

    public static Program python(String source) {
        return new Program(Language.PYTHON, source, "", Limits.defaults());
    }

    public static Program javascript(String source) {
        return new Program(Language.JAVASCRIPT, source, "", Limits.defaults());
    }

    public Program withLimits(Limits limits) {
        return new Program(language, source, stdin, limits);
    }
}
