package jgym.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.RunnerConfig.Isolation;
import jgym.env.code.Trial;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trials in worker JVMs: each test's outcome crosses the wire, and a worker the watchdog cannot stop is replaced at once. */
class TrialWorkerTest {
    private static final Limits LIMITS = Limits.defaults().withWallTime(Duration.ofSeconds(1)).withCpuTime(Duration.ofSeconds(1));
    private static final List<String> TESTS = List.of("assert add(1, 2) == 3", "assert add(-5, 5) == 0", "assert add(2, 2) == 4");
    private static WorkerRunner runner;

    @BeforeAll
    static void start() {
        runner = new WorkerRunner(Isolation.RECYCLED_CONTEXT, 1, 512L << 20);
        runner.prewarm();
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    private static Trial trial(String solution) {
        return new Trial(Language.PYTHON, "", solution, TESTS, "add", LIMITS);
    }

    @Test
    void eachTestsOutcomeComesBackFromTheWorker() {
        List<Outcome> o = runner.trial(trial("def add(a, b):\n    return a + b if a != -5 else 1"));
        assertInstanceOf(Outcome.Completed.class, o.get(0));
        assertEquals("AssertionError", assertInstanceOf(Outcome.Failed.class, o.get(1)).errorType());
        assertInstanceOf(Outcome.Completed.class, o.get(2));
    }

    @Test
    void theTrialHacksGetTheSameOutcomesInAWorker() {
        TrialHacksTest.checkAll(runner);
    }

    @Test
    void aComputationTheWatchdogCannotStopCostsItsOwnTrialAndTheNextTrialDoesNotWait() {
        assertTrue(runner.hasSpare(), "a spare worker is started with the first one");
        long b0 = System.nanoTime();
        runner.trial(trial("def add(a, b):\n    return a + b"));
        Duration baseline = Duration.ofNanos(System.nanoTime() - b0);
        long t0 = System.nanoTime();
        List<Outcome> hostile = runner.trial(trial("def add(a, b):\n    return 10 ** 10 ** 8"));
        Duration hostileTook = Duration.ofNanos(System.nanoTime() - t0);
        for (Outcome o : hostile) assertInstanceOf(Outcome.TimedOut.class, o, o.toString());
        // killed at twice the wall limit plus the grace periods, not after the computation's 10-60 s
        assertTrue(hostileTook.compareTo(Duration.ofMillis(2 * 1000 + 500 + 350 + 1500)) < 0, "hostile trial took " + hostileTook);
        long t1 = System.nanoTime();
        List<Outcome> next = runner.trial(trial("def add(a, b):\n    return a + b"));
        Duration nextTook = Duration.ofNanos(System.nanoTime() - t1);
        for (Outcome o : next) assertInstanceOf(Outcome.Completed.class, o, o.toString());
        // the spare takes over at once: the next trial costs what it costs on a warm worker, plus less than a second
        // (the replacement spare's JVM starts meanwhile on the same cores)
        assertTrue(nextTook.minus(baseline).compareTo(Duration.ofSeconds(1)) < 0, "the next trial took " + nextTook
                + " against " + baseline + " on a warm worker");
    }
}
