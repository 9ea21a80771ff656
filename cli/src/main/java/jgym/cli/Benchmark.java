package jgym.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One named measurement run by {@code gym bench NAME}, e.g. {@code tasks} or {@code sandbox}.
 *
 * <p>To add a benchmark, write a class that implements this interface and add one line to {@link Main#benchmarks()}.
 * Benchmarks print a table to {@code out}, with the baseline they compare against measured in the same run.
 */
public interface Benchmark {
    /** The word that selects this benchmark after {@code gym bench}. */
    String name();

    /** One line saying what is measured, shown by {@code gym bench --help}. */
    String summary();

    /** The options and positional arguments it takes: parsed by {@link Args}, completed by {@code gym completion}. */
    Options options();

    /** The synopsis of the arguments after the benchmark's name, e.g. {@code "[--seconds S]"}. */
    String usage();

    /**
     * Runs the measurement.
     *
     * @param args the arguments after the benchmark's name, never null
     * @return the exit code, as for {@link Command#run}
     * @throws UsageException when the arguments are wrong
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
