package jgym.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import jgym.env.DidYouMean;

/** {@code gym bench NAME [ARGS...]}: runs one of the registered {@link Benchmark}s. */
final class BenchCommand implements Command {
    private final List<Benchmark> benchmarks;

    /** @param benchmarks the benchmarks that can be run, each with a distinct name */
    BenchCommand(List<Benchmark> benchmarks) {
        this.benchmarks = List.copyOf(benchmarks);
        if (this.benchmarks.stream().map(Benchmark::name).distinct().count() != this.benchmarks.size()) {
            throw new IllegalArgumentException("benchmarks: duplicate name in " + this.benchmarks.stream().map(Benchmark::name).toList());
        }
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "measure throughput: " + String.join(", ", benchmarks.stream().map(Benchmark::name).toList());
    }

    /** Only the benchmark's name; its own arguments are the benchmark's ({@link #benchmarks()}). */
    @Override
    public Options options() {
        return new Options(java.util.Set.of(), java.util.Set.of(), Integer.MAX_VALUE);
    }

    /** The benchmarks, each a subcommand of {@code gym bench}. */
    List<Benchmark> benchmarks() {
        return benchmarks;
    }

    @Override
    public String usage() {
        var sb = new StringBuilder("NAME [ARGS...]\n  benchmarks:");
        for (Benchmark b : benchmarks) {
            sb.append(String.format("%n    %-8s %s%n             gym bench %s %s", b.name(), b.summary(), b.name(), b.usage()));
        }
        return sb.toString();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) throw new UsageException("missing NAME of the benchmark");
        String name = args.get(0);
        if (name.equals("-h") || name.equals("--help")) throw UsageException.help();
        Benchmark b = benchmarks.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() ->
                new UsageException("unknown benchmark '" + name + "'"
                        + DidYouMean.clause(name, benchmarks.stream().map(Benchmark::name).toList())));
        Objects.requireNonNull(b);
        return Main.execute("bench " + b.name(), b.usage(), args.subList(1, args.size()), out, err, b::run);
    }
}
