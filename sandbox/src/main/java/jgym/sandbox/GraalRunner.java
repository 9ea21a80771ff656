package jgym.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import jgym.env.code.CodeRunner;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import jgym.env.code.Trial;
import jgym.env.code.RunnerConfig.Isolation;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Runs programs in this JVM on GraalPy and GraalJS under {@link org.graalvm.polyglot.SandboxPolicy#CONSTRAINED}, with
 * wall-clock, CPU and output limits enforced by the {@link Watchdog}. Up to {@code concurrency} runs go at once, each
 * on its caller's thread. Python runs get a fresh context or a recycled one according to the {@link Isolation};
 * JavaScript always gets a fresh context (about 2 ms).
 *
 * <p>Guest allocations share this JVM's heap: a memory bomb is bounded only by the heap. Use {@link WorkerRunner} where
 * that matters (training does, by default).
 */
public final class GraalRunner implements CodeRunner {
    private final Isolation isolation;
    private final Semaphore permits;
    private final PythonPool pool;
    private final TrialRun trials = new TrialRun();
    private volatile boolean closed;

    /** A runner with the given isolation for Python and up to {@code concurrency} runs at once (1 to 256). */
    public GraalRunner(Isolation isolation, int concurrency) {
        if (isolation == null) throw new IllegalArgumentException("isolation must not be null");
        if (concurrency < 1 || concurrency > 256) throw new IllegalArgumentException("concurrency must be in [1, 256], got " + concurrency);
        this.isolation = isolation;
        this.permits = new Semaphore(concurrency, true);
        this.pool = isolation == Isolation.RECYCLED_CONTEXT ? new PythonPool() : null;
    }

    /** The isolation Python runs get. */
    public Isolation isolation() {
        return isolation;
    }

    /** Waits until recycled contexts discarded by earlier runs have been replaced (tests and benchmarks). */
    void awaitRefills() {
        if (pool != null) pool.awaitRefills();
    }

    /** Recycled Python contexts created so far (0 with {@link Isolation#FRESH_CONTEXT}). */
    int recycledContextsCreated() {
        return pool == null ? 0 : pool.slotsCreated();
    }

    /** Creates {@code n} recycled Python contexts ahead of use; does nothing with {@link Isolation#FRESH_CONTEXT}. */
    public void prewarm(int n) {
        if (n < 0) throw new IllegalArgumentException("n must be >= 0, got " + n);
        if (pool != null) pool.prewarm(n);
    }

    @Override
    public Outcome run(Program program) {
        if (program == null) throw new IllegalArgumentException("program must not be null");
        if (closed) throw new IllegalStateException("runner is closed");
        permits.acquireUninterruptibly();
        try {
            Outcome o = pool != null && program.language() == Language.PYTHON ? pool.run(program) : runFresh(program);
            return Redact.outcome(o);
        } finally {
            permits.release();
        }
    }

    @Override
    public List<Outcome> trial(Trial trial) {
        if (trial == null) throw new IllegalArgumentException("trial must not be null");
        if (closed) throw new IllegalStateException("runner is closed");
        permits.acquireUninterruptibly();
        try {
            return trials.run(trial).stream().map(Redact::outcome).toList();
        } finally {
            permits.release();
        }
    }

    /** The trial runner of this runner (for the worker, which streams each test's outcome). */
    TrialRun trials() {
        return trials;
    }

    /** Runs {@code program} in a context of its own, closed afterwards. */
    static Outcome runFresh(Program program) {
        Limits limits = program.limits();
        RunIo io = new RunIo(program.stdin(), limits.maxOutputBytes());
        GuestStreams streams = new GuestStreams();
        streams.attach(io);
        long created = System.nanoTime();
        Context ctx;
        try {
            // initialising the language (1 to 8 s for the first Python context of a process, then tens of ms) is the
            // sandbox's cost, not the program's: limits start counting after it
            ctx = Engines.newContext(program.language(), streams);
        } catch (PolyglotException | IllegalArgumentException | IllegalStateException e) {
            return new Outcome.Failed("SandboxError", "could not create a " + program.language().id() + " context: " + e.getMessage(),
                    "", "", "", since(created));
        }
        long start = System.nanoTime();
        Guard guard = new Guard(ctx, io, start, limits.wallTime().toNanos(), limits.cpuTime().toNanos(), limits.maxMemoryBytes());
        Watchdog.get().watch(guard);
        try {
            Value v = ctx.eval(Source.newBuilder(program.language().id(), program.source(), mainName(program.language())).buildLiteral());
            String value = valueText(v);
            flushPython(ctx, program.language());
            return finish(guard, io, limits, value, start);
        } catch (PolyglotException e) {
            if (guard.stopReason() == null && !e.isCancelled() && !e.isExit()) flushPython(ctx, program.language());
            Watchdog.get().unwatch(guard);
            return GuestErrors.map(e, program.language(), guard, io, limits.wallTime(), since(start));
        } catch (IllegalStateException e) {
            // the watchdog closed the context before evaluation began
            Watchdog.get().unwatch(guard);
            return GuestErrors.stoppedOutcome(guard.stopReason(), limits.wallTime(), io.stdout(), io.stderr(), since(start));
        } catch (OutOfMemoryError e) {
            Watchdog.get().unwatch(guard);
            return new Outcome.LimitExceeded(Outcome.Resource.MEMORY, "host heap exhausted: " + e.getMessage(), io.stdout(), io.stderr(), since(start));
        } finally {
            Watchdog.get().unwatch(guard);
            streams.attach(null);
            try {
                ctx.close(true);
            } catch (RuntimeException ignored) {
                // already closed by the watchdog
            }
        }
    }

    private static final Source FLUSH = Source.newBuilder("python",
            "import sys as _s\n_s.__stdout__.flush()\n_s.__stderr__.flush()", "jgym_flush.py").buildLiteral();

    /** Flushes GraalPy's buffered standard streams into the run's {@link RunIo}, so no printed text is lost. */
    static void flushPython(Context ctx, Language language) {
        if (language != Language.PYTHON) return;
        try {
            ctx.eval(FLUSH);
        } catch (PolyglotException | IllegalStateException ignored) {
            // the context was stopped meanwhile; the outcome says so
        }
    }

    /** The outcome of a run whose guest code returned normally, unless a limit tripped meanwhile. */
    static Outcome finish(Guard guard, RunIo io, Limits limits, String value, long start) {
        Watchdog.get().unwatch(guard);
        Duration elapsed = since(start);
        if (guard.stopReason() != null) return GuestErrors.stoppedOutcome(guard.stopReason(), limits.wallTime(), io.stdout(), io.stderr(), elapsed);
        if (io.overflowed()) return GuestErrors.stoppedOutcome(StopReason.OUTPUT, limits.wallTime(), io.stdout(), io.stderr(), elapsed);
        return new Outcome.Completed(io.stdout(), io.stderr(), value, elapsed);
    }

    /**
     * The text of a program's last value, or "" for none / None / undefined. GraalPy answers the evaluation of a module
     * whose last statement is not an expression (or is one whose value is None) with the {@code __main__} module itself,
     * which is no value of the program's.
     */
    static String valueText(Value v) {
        if (v == null || v.isNull()) return "";
        Value meta = v.getMetaObject();
        if (meta != null && "module".equals(meta.getMetaSimpleName()) && v.hasMember("__name__")
                && "__main__".equals(String.valueOf(v.getMember("__name__")))) {
            return "";
        }
        return v.toString();
    }

    static String mainName(Language language) {
        return language == Language.PYTHON ? "main.py" : "main.js";
    }

    static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Override
    public void close() {
        closed = true;
        if (pool != null) pool.close();
        trials.close();
    }
}
