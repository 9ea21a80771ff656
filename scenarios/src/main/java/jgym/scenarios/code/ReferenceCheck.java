package jgym.scenarios.code;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jgym.env.Gold;
import jgym.env.Scenario;
import jgym.env.Task;
import jgym.env.code.Language;
import jgym.rewards.code.CodeTester;
import jgym.rewards.code.TestReport;

/**
 * Checks a coding scenario's gold against itself: every reference solution should pass its own tests, and its
 * {@link ReturnNoneMutation} should fail at least one, through the same per-test harness the rewards use.
 */
public final class ReferenceCheck {
    private ReferenceCheck() {}

    /** What one task gave: its id, the reference's report and the mutant's report. */
    public record TaskResult(String id, TestReport reference, TestReport mutant) {
        public TaskResult {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(mutant, "mutant");
        }
    }

    /**
     * The result over a range of tasks.
     *
     * @param tasks   every task checked, in index order
     * @param elapsed wall time of the whole check
     */
    public record Result(List<TaskResult> tasks, Duration elapsed) {
        public Result {
            tasks = List.copyOf(tasks);
            Objects.requireNonNull(elapsed, "elapsed");
        }

        /** How many references pass all their tests. */
        public int referencesPassing() {
            return (int) tasks.stream().filter(t -> t.reference().allPassed()).count();
        }

        /** How many mutants fail at least one test. */
        public int mutantsFailing() {
            return (int) tasks.stream().filter(t -> !t.mutant().allPassed()).count();
        }

        /** The tasks whose reference fails, with the first failure. */
        public List<String> referenceFailures() {
            return tasks.stream().filter(t -> !t.reference().allPassed()).map(t -> t.id() + ": " + t.reference().describe()).toList();
        }

        /** The tasks whose mutant passes every test. */
        public List<String> survivingMutants() {
            return tasks.stream().filter(t -> t.mutant().allPassed()).map(TaskResult::id).toList();
        }

        /** Programs run per second (each test of reference and mutant is one program). */
        public double programsPerSecond() {
            long programs = tasks.stream().mapToLong(t -> t.reference().size() + t.mutant().size()).sum();
            return programs / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }

        /** A few lines a person reads: the two counts, then every reference failure and surviving mutant. */
        public String describe() {
            var b = new StringBuilder();
            b.append(String.format("references passing all tests: %d of %d%n", referencesPassing(), tasks.size()));
            b.append(String.format("return-None mutants failing:  %d of %d%n", mutantsFailing(), tasks.size()));
            for (String f : referenceFailures()) b.append("  reference fails ").append(f).append('\n');
            for (String s : survivingMutants()) b.append("  mutant survives ").append(s).append('\n');
            b.append(String.format("%.1f s, %.1f programs/s%n", elapsed.toNanos() / 1e9, programsPerSecond()));
            return b.toString();
        }
    }

    /**
     * Checks tasks {@code from} (inclusive) to {@code to} (exclusive) of {@code scenario}, {@code threads} tasks at a
     * time; every task must have {@link Gold.Tests}.
     */
    public static Result run(Scenario scenario, long from, long to, CodeTester tester, int threads) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(tester, "tester");
        if (from < 0 || to < from || to > scenario.size()) {
            throw new IllegalArgumentException("range must satisfy 0 <= from <= to <= " + scenario.size() + ", got [" + from + ", " + to + ")");
        }
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<TaskResult>>();
            for (long i = from; i < to; i++) {
                Task task = scenario.task(i);
                futures.add(pool.submit(() -> check(task, tester)));
            }
            var results = new ArrayList<TaskResult>(futures.size());
            for (Future<TaskResult> f : futures) results.add(get(f));
            return new Result(results, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The reference and mutant reports of one task. */
    public static TaskResult check(Task task, CodeTester tester) {
        if (!(task.gold() instanceof Gold.Tests gold)) {
            throw new IllegalArgumentException("task " + task.id() + " has no tests (gold is " + task.gold().getClass().getSimpleName() + ")");
        }
        Language language = Language.parse(gold.language());
        TestReport reference = tester.run(language, gold, gold.reference());
        TestReport mutant = tester.run(language, gold, ReturnNoneMutation.mutate(gold.reference()));
        return new TaskResult(task.id(), reference, mutant);
    }

    private static TaskResult get(Future<TaskResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }
}
