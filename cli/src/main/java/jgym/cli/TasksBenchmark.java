package jgym.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jgym.env.RewardResult;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.ScenarioRegistry;
import jgym.env.Seeds;
import jgym.env.Task;
import jgym.scenarios.Scenarios;

/**
 * {@code gym bench tasks}: for each registered scenario, on one thread, how many tasks per second are generated, and
 * how many are generated and scored (the oracle completion through the scenario's rubric).
 *
 * <p>Each scenario runs over all its levels in turn (task {@code i} from level {@code 1 + i mod levels}), first
 * untimed for the warm-up, then timed. Rates are given per second of wall-clock time and per second of the measuring
 * thread's CPU time: on a shared machine the second is what one core does, the first what this run got. The last
 * column compares the CPU-time rate of making and scoring with the target of 10,000 tasks per second, the rate at which
 * task making stays far from the bottleneck of a rollout that takes milliseconds. Work done in other threads or
 * processes (a sandbox running code) is not in the CPU time, so for code scenarios read the wall-clock rate. Scenarios
 * that cannot be made without arguments (e.g. they need {@code --data}) are listed as skipped with the reason.
 */
final class TasksBenchmark implements Benchmark {
    private static final Options OPTIONS = new Options(Set.of("--seconds", "--warmup", "--seed", "--only"),
            Set.of(), 0);

    @Override
    public Options options() {
        return OPTIONS;
    }

    /** Tasks per second a family should reach on one core. */
    static final double TARGET_PER_SECOND = 10_000;
    private final ScenarioRegistry registry;

    TasksBenchmark() {
        this(Scenarios.registry());
    }

    /** @param registry the scenarios to measure, never null */
    TasksBenchmark(ScenarioRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public String name() {
        return "tasks";
    }

    @Override
    public String summary() {
        return "tasks generated and scored per second per scenario, one thread";
    }

    @Override
    public String usage() {
        return "[--seconds S] [--warmup S] [--seed S] [--only NAME]...   (NAME: a substring of the scenario names to run)";
    }

    /**
     * One timed run: how many tasks in how many nanoseconds of wall-clock and of this thread's CPU time, how many oracle
     * completions were not correct, and the total length of the prompts made (kept so the work cannot be optimised away).
     */
    record Timing(long tasks, long nanos, long cpuNanos, long oracleMisses, long promptChars) {
        /** Tasks per wall-clock second. */
        double perSecond() {
            return nanos == 0 ? 0.0 : tasks * 1e9 / nanos;
        }

        /** Tasks per second of this thread's CPU time (the wall-clock rate when CPU time cannot be measured). */
        double perCpuSecond() {
            return cpuNanos <= 0 ? perSecond() : tasks * 1e9 / cpuNanos;
        }
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Args a = OPTIONS.parse(args);
        double seconds = a.doubleValue("--seconds", 1.0, 0.01, 3600);
        double warmup = a.doubleValue("--warmup", 0.3, 0.0, 3600);
        long seed = a.longValue("--seed", Seeds.DEFAULT, Long.MIN_VALUE, Long.MAX_VALUE);
        List<String> only = a.values("--only");
        out.printf("gym bench tasks: one thread, %.2f s timed per row after %.2f s warm-up, seed %d, target %,.0f tasks/s%n",
                seconds, warmup, seed, TARGET_PER_SECOND);
        out.println("made: tasks generated; scored: generated and their oracle completion scored; /s per wall-clock second,");
        out.println("/cpu-s per second of this thread's CPU time (sandbox work in other threads is not in it); us/task and");
        out.println("x target from the scored CPU-time rate");
        out.printf("%-20s %6s %9s %9s %10s %9s %9s %12s %9s %8s%n",
                "scenario", "levels", "made", "made/s", "made/cpu-s", "scored", "scored/s", "scored/cpu-s", "us/task", "x target");
        int measured = 0;
        for (ScenarioRegistry.Entry e : registry.entries()) {
            if (!only.isEmpty() && only.stream().noneMatch(o -> e.name().contains(o))) continue;
            List<Scenario> levels = new ArrayList<>();
            try {
                for (int l = 1; l <= e.levels(); l++) {
                    levels.add(registry.make(e.name(), ScenarioConfig.defaults().withSeed(seed).withLevel(l)));
                }
            } catch (RuntimeException ex) {
                out.printf("%-20s skipped: %s%n", e.name(), ex.getMessage());
                continue;
            }
            Timing gen;
            Timing both;
            try {
                measure(levels, false, warmup);
                gen = measure(levels, false, seconds);
                measure(levels, true, warmup);
                both = measure(levels, true, seconds);
            } catch (RuntimeException ex) {
                out.printf("%-20s failed: %s%n", e.name(), ex);
                continue;
            }
            double rate = both.perCpuSecond();
            out.printf("%-20s %6d %9d %9.0f %10.0f %9d %9.0f %12.0f %9.2f %8.2f%s%n", e.name(), e.levels(),
                    gen.tasks(), gen.perSecond(), gen.perCpuSecond(), both.tasks(), both.perSecond(), rate,
                    rate == 0 ? 0.0 : 1e6 / rate, rate / TARGET_PER_SECOND,
                    both.oracleMisses() == 0 ? "" : "  (" + both.oracleMisses() + " oracle completions not correct)");
            out.flush();
            measured++;
        }
        if (measured == 0 && !only.isEmpty()) throw new UsageException("no scenario matches --only " + only);
        return Command.OK;
    }

    /** Makes (and with {@code score}, scores) tasks round-robin over the levels for {@code seconds}. */
    static Timing measure(List<Scenario> levels, boolean score, double seconds) {
        long budget = (long) (seconds * 1e9);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        long now = start;
        long n = 0;
        long misses = 0;
        long sink = 0;
        while (now - start < budget) {
            Scenario s = levels.get((int) (n % levels.size()));
            long size = s.size();
            Task t = s.task(size == Long.MAX_VALUE ? n / levels.size() : (n / levels.size()) % size);
            sink += t.prompt().length();
            if (score) {
                RewardResult r = s.rubric().evaluate(t, t.oracleCompletion());
                if (!ScoreSummary.isCorrect(r)) misses++;
            }
            n++;
            now = System.nanoTime();
        }
        long cpuNanos = cpu ? threads.getCurrentThreadCpuTime() - cpuStart : 0;
        return new Timing(n, now - start, cpuNanos, misses, sink);
    }
}
