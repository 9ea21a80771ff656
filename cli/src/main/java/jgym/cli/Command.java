package jgym.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of the {@code gym} command line, e.g. {@code list} or {@code score}.
 *
 * <p>To add a command, write a class that implements this interface and add one line to {@link Main#commands()}.
 * A command reports bad arguments by throwing {@link UsageException} (exit code {@value #USAGE}); {@link Main} maps a
 * bad dataset row ({@link jgym.env.DatasetException}) to exit code {@value #BAD_DATA}.
 */
public interface Command {
    /** Exit code of a command that did its job. */
    int OK = 0;
    /** Exit code for bad data: a malformed or missing input file, named with its line. */
    int BAD_DATA = 1;
    /** Exit code for bad arguments: an unknown option, a missing value, an unknown scenario. */
    int USAGE = 2;

    /** The word that selects this command, e.g. {@code "score"}. */
    String name();

    /** One line saying what the command does, shown by {@code gym help}. */
    String summary();

    /** The options and positional arguments it takes: parsed by {@link Args}, completed by {@code gym completion}. */
    Options options();

    /** The synopsis of the arguments after the command's name, e.g. {@code "SCENARIO -n N [--seed S]"}. */
    String usage();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name, never null
     * @param out  where results go (JSONL, tables), never null
     * @param err  where diagnostics and summaries meant for people go, never null
     * @return the exit code: {@link #OK}, {@link #BAD_DATA} or {@link #USAGE}
     * @throws UsageException when the arguments are wrong
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
