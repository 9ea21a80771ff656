package jgym.rewards.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import jgym.env.Gold;
import jgym.env.Task;
import jgym.env.code.CodeRunner;
import jgym.env.code.Language;
import jgym.env.code.Outcome;

/**
 * Checks completions against a task's {@link Gold.Tests}: extracts the program, runs it against every test through a
 * {@link CodeRunner} as one trial (see {@link TestHarness}), and reports every test.
 *
 * <p>Thread-safe. The last {@value #CACHE_SIZE} verifications are remembered by task and completion, so the terms of a
 * rubric that all read the same test run (all pass, fraction passed) run the code once.
 */
public final class CodeTester {
    /** How many (task, completion) verifications are remembered. */
    public static final int CACHE_SIZE = 256;

    private record Key(Task task, String completion) {}

    private final Supplier<CodeRunner> runner;
    private final CodeExtractor extractor;
    private final TestHarness harness;
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
     * @param harness     builds the trial and reads each test's outcome; never null
     */
    public CodeTester(Supplier<CodeRunner> runner, CodeExtractor extractor, TestHarness harness) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.harness = Objects.requireNonNull(harness, "harness");
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

    /**
     * Runs every test of {@code gold} against {@code solution} (already extracted) as one {@link jgym.env.code.Trial}:
     * the solution in a context of its own, each test in a trusted context the solution cannot reach.
     */
    public TestReport run(Language language, Gold.Tests gold, String solution) {
        List<Outcome> outcomes = runner.get().trial(harness.trial(language, gold, solution));
        if (outcomes.size() != gold.tests().size()) {
            throw new IllegalStateException("runner returned " + outcomes.size() + " outcomes for " + gold.tests().size() + " tests");
        }
        var cases = new ArrayList<TestCase>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) cases.add(harness.testCase(gold, i, outcomes.get(i)));
        return new TestReport(cases);
    }
}
