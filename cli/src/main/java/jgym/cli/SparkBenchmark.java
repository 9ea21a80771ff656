package jgym.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code gym bench spark}: the optional spark module's {@code jgym.spark.SparkBench}, found by name at run time. */
final class SparkBenchmark implements Benchmark {
    private static final Options OPTIONS = new Options(Set.of("--math", "--code"), Set.of(), 0);

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public String summary() {
        return "completions scored/s by one JVM and by Spark local[2], GSM8K and MBPP, and Spark's start-up cost";
    }

    @Override
    public Options options() {
        return OPTIONS;
    }

    @Override
    public String usage() {
        return "[--math ROWS (default 20000)] [--code ROWS (default 40)]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args a = OPTIONS.parse(args);
        int math = a.intValue("--math", 20_000, 2, 10_000_000), code = a.intValue("--code", 40, 2, 100_000);
        return (int) SparkModule.call("gym bench spark", "jgym.spark.SparkBench", "run", new Class<?>[] {int.class, int.class, PrintStream.class},
                math, code, out);
    }
}
