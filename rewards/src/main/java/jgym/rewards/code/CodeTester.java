package jgym.rewards.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import jgym.env.Gold;
import jgym.env.Task;
import jgym.env.code.CodeRunner;
import jgym.env.code.Language;
import jgym.env.code.Outcome;

/**
 * Checks completions against a task's {@link Gold.Tests}: extracts the program, runs each test as its own program
 * through a {@link CodeRunner} (see {@link TestHarness}), and reports every test.
 *
 * <p>Thread-safe. The last {@value #CACHE_SIZE} verifications are remembered by task and completion, so the terms of a
 * rubric that all read the same test run (all pass, fraction passed) run the code once. Tests of one completion run
 * on up to {@code parallelism} threads at once; the runner bounds how many programs actually run together.
 */
public final class CodeTester {
    /** How many (task, completion) verifications are remembered. */
    public static final int CACHE_SIZE = 256;

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "jgym-code-tests");
        t.setDaemon(true);
        return t;
    });

    private record Key(Task task, String completion) {}

    private final Supplier<CodeRunner> runner;
    private final CodeExtractor extractor;
    private final TestHarness harness;
    private final int parallelism;
    private final Map<Key, Verification> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Verification> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /**
     * @param runner      gives the runner to use, asked on each verification (so a lazily created shared runner is
     *                    only started when code is first run); never null and never returning null
     * @param extractor   finds the program in a completion; never null
     * @param harness     builds each test's program and reads its outcome; never null
     * @param parallelism most tests of one completion in flight at once, 1 to 64
     */
    public CodeTester(Supplier<CodeRunner> runner, CodeExtractor extractor, TestHarness harness, int parallelism) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.harness = Objects.requireNonNull(harness, "harness");
        if (parallelism < 1 || parallelism > 64) throw new IllegalArgumentException("parallelism must be in [1, 64], got " + parallelism);
        this.parallelism = parallelism;
    }

    /** Verifies {@code completion} against {@code task}'s tests; never null. */
    public Verification verify(Task task, String completion) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(completion, "completion");
        Key key = new Key(task, completion);
        synchronized (cache) {
            Verification known = cache.get(key);
            if (known != null) return known;
        }
        Verification v = compute(task, completion);
        synchronized (cache) {
            cache.put(key, v);
        }
        return v;
    }

    private Verification compute(Task task, String completion) {
        if (!(task.gold() instanceof Gold.Tests gold)) {
            return new Verification.NotApplicable("task " + task.id() + " has no tests (gold is " + task.gold().getClass().getSimpleName() + ")");
        }
        Language language;
        try {
            language = Language.parse(gold.language());
        } catch (IllegalArgumentException e) {
            return new Verification.NotApplicable("task " + task.id() + ": " + e.getMessage());
        }
        var code = extractor.extract(completion);
        if (code.isEmpty()) return new Verification.NoCode("no code block found in the completion");
        return new Verification.Tested(code.get(), run(language, gold, code.get()));
    }

    /** Runs every test of {@code gold} against {@code solution} (already extracted), each as its own program. */
    public TestReport run(Language language, Gold.Tests gold, String solution) {
        int n = gold.tests().size();
        var cases = new ArrayList<TestCase>(n);
        if (parallelism == 1 || n == 1) {
            for (int i = 0; i < n; i++) cases.add(runOne(language, gold, solution, i));
            return new TestReport(cases);
        }
        CodeRunner r = runner.get();
        List<Future<TestCase>> futures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // a sliding window: test i starts once test i - parallelism has finished
            if (i >= parallelism) await(futures.get(i - parallelism));
            final int index = i;
            futures.add(POOL.submit(() -> runOne(r, language, gold, solution, index)));
        }
        for (Future<TestCase> f : futures) cases.add(await(f));
        return new TestReport(cases);
    }

    private TestCase runOne(Language language, Gold.Tests gold, String solution, int index) {
        return runOne(runner.get(), language, gold, solution, index);
    }

    private TestCase runOne(CodeRunner r, Language language, Gold.Tests gold, String solution, int index) {
        Outcome outcome = Objects.requireNonNull(r.run(harness.program(language, gold, solution, index)), "runner returned null");
        return harness.testCase(gold, solution, index, outcome);
    }

    private static TestCase await(Future<TestCase> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running tests", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException("test run failed", cause);
        }
    }
}
