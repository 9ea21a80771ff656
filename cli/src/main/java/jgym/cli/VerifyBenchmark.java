package jgym.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import jgym.rewards.symbolic.EquivalenceBenchmark;

/**
 * {@code gym bench verify}: the time per answer comparison of the symbolic checker (median and 99th percentile, the
 * algebra system warm) by kind of answer, beside the exact reader on the same pairs, one thread.
 */
final class VerifyBenchmark implements Benchmark {
    private static final Options OPTIONS = new Options(Set.of("--rounds"),
            Set.of(), 0);

    @Override
    public Options options() {
        return OPTIONS;
    }

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String summary() {
        return "time per answer comparison of the symbolic checker (median, p99), beside the exact reader";
    }

    @Override
    public String usage() {
        return "[--rounds N]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Args a = OPTIONS.parse(args);
        int rounds = (int) a.longValue("--rounds", 50, 1, 100_000);
        long t0 = System.nanoTime();
        jgym.rewards.symbolic.Equivalence.warmUp();
        out.printf("algebra system loaded in %.2f s (once per process)%n", (System.nanoTime() - t0) / 1e9);
        var rows = EquivalenceBenchmark.run(rounds);
        out.printf("%-20s %11s %12s %12s %8s %15s %12s%n", "kind", "comparisons", "median (us)", "p99 (us)", "equal",
                "exact med (us)", "exact equal");
        for (var r : rows) {
            out.printf("%-20s %11d %12.1f %12.1f %8s %15.1f %12s%n", r.kind(), r.comparisons(), r.medianMicros(), r.p99Micros(),
                    r.equal() + "/" + r.pairs(), r.exactMicros(), r.exactEqual() + "/" + r.pairs());
        }
        out.println("equal: pairs found equal (each kind holds equal and unequal pairs); exact: the exact reader that CorrectAnswer");
        out.println("uses, on the same pairs, in the same run.");
        return 0;
    }
}
