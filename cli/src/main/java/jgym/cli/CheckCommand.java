package jgym.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jgym.env.Scenario;
import jgym.env.ScenarioRegistry;
import jgym.env.code.CodeRunners;
import jgym.rewards.code.CodeExtractor;
import jgym.rewards.code.CodeRubrics;
import jgym.scenarios.Scenarios;
import jgym.scenarios.code.ReferenceCheck;

/**
 * {@code gym check SCENARIO}: runs a coding scenario's reference solutions against their own tests in the sandbox,
 * and the same solutions with every function body replaced by {@code return None}, through the harness the rewards use.
 *
 * <p>Prints how many references pass and how many mutants fail, and names each exception. Exit code 0 when every
 * reference passes and every mutant fails, 1 otherwise. The sandbox is the process-wide one: set it with
 * {@code -Djgym.sandbox=...} or {@code JGYM_SANDBOX} (see {@link jgym.env.code.RunnerConfig#fromEnvironment()}).
 */
final class CheckCommand implements Command {
    private static final Options OPTIONS = new Options(ScenarioArgs.with(ScenarioArgs.VALUED, "-n", "--start", "--threads"),
            Set.of(), 1);

    @Override
    public Options options() {
        return OPTIONS;
    }

    private final ScenarioRegistry registry;

    CheckCommand() {
        this(Scenarios.registry());
    }

    /** @param registry where scenario names are looked up, never null */
    CheckCommand(ScenarioRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "run a coding scenario's reference solutions and their return-None mutants against its tests";
    }

    @Override
    public String usage() {
        return "SCENARIO [-n N] [--start K] [--threads T] " + ScenarioArgs.USAGE + "\n"
                + "  checks tasks K..K+N-1 (default: every row of a dataset, 100 tasks of a procedural scenario)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Args a = OPTIONS.parse(args);
        String name = a.positional(0, "SCENARIO (a coding scenario, e.g. mbpp)");
        Scenario scenario = registry.make(name, ScenarioArgs.config(a));
        long start = a.longValue("--start", 0, 0, Long.MAX_VALUE);
        long size = scenario.size();
        long n = a.longValue("-n", size == Long.MAX_VALUE ? 100 : size, 0, Integer.MAX_VALUE);
        int threads = a.intValue("--threads", Runtime.getRuntime().availableProcessors(), 1, 256);
        if (start > size) throw new UsageException("--start must be <= " + size + ", got " + start);
        long end = Math.min(size, start + n);
        // a reference check is about the data, not speed: twice the reward's limits, so a loaded machine does not fail it
        var limits = CodeRubrics.DEFAULT_LIMITS.withWallTime(Duration.ofSeconds(10)).withCpuTime(Duration.ofSeconds(10));
        var tester = CodeRubrics.tester(CodeRunners::shared, CodeExtractor.last(), limits);
        err.println("gym check: " + name + ", tasks " + start + ".." + (end - 1) + ", " + threads + " threads");
        ReferenceCheck.Result result = ReferenceCheck.run(scenario, start, end, tester, threads);
        out.print(result.describe());
        boolean clean = result.referencesPassing() == result.tasks().size() && result.mutantsFailing() == result.tasks().size();
        return clean ? OK : BAD_DATA;
    }
}
