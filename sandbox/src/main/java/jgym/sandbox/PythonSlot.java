package jgym.sandbox;

import java.time.Duration;
import java.util.List;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * One recycled GraalPy context: each program runs in a fresh globals dict, and afterwards the harness in
 * {@code recycle.py} restores builtins, {@code sys.modules}, module, class and function state and {@code sys} settings
 * to the snapshot taken when the slot was created. A run that was stopped, exited, exhausted memory or left state the
 * harness could not restore makes the slot unhealthy, and the pool discards it.
 */
final class PythonSlot implements AutoCloseable {
    /** Modules imported before the snapshot, so that programs find them cached (the MBPP programs' imports, and more). */
    static final List<String> PRELOAD = List.of("re", "math", "cmath", "collections", "heapq", "itertools", "functools",
            "bisect", "array", "operator", "datetime", "string", "random", "copy", "sys", "time", "os", "io");
    /** How deep the snapshot follows containers and instance dictionaries from each module dictionary. */
    static final int SNAPSHOT_DEPTH = 2;
    /** Most objects the snapshot covers. */
    static final int SNAPSHOT_MAX_OBJECTS = 200_000;
    /** Runs after which a slot is replaced anyway, to bound what caches inside the interpreter can accumulate. */
    static final int MAX_USES = 2_000;
    /** Wall-clock budget of one restoration. */
    static final Duration RESTORE_LIMIT = Duration.ofSeconds(5);

    private static final String HARNESS = Engines.resource("recycle.py");

    private final GuestStreams streams = new GuestStreams();
    private final Context ctx;
    private final Value prepare;
    private final Value flush;
    private final Value restore;
    private final Value exec;
    private final Value eval;
    private final int snapshotObjects;
    private boolean healthy = true;
    private int uses;

    PythonSlot() {
        ctx = Engines.newContext(jgym.env.code.Language.PYTHON, streams);
        try {
            ctx.eval(Source.newBuilder("python", HARNESS, "jgym_recycle.py").buildLiteral());
            Value bindings = ctx.getBindings("python");
            Value make = bindings.getMember("_jgym_make");
            bindings.removeMember("_jgym_make");
            Value parts = make.execute(String.join(",", PRELOAD), SNAPSHOT_DEPTH, SNAPSHOT_MAX_OBJECTS);
            prepare = parts.getArrayElement(0);
            flush = parts.getArrayElement(1);
            restore = parts.getArrayElement(2);
            exec = parts.getArrayElement(3);
            eval = parts.getArrayElement(4);
            snapshotObjects = parts.getArrayElement(5).asInt();
        } catch (RuntimeException e) {
            ctx.close(true);
            throw e;
        }
    }

    /** Objects covered by the snapshot. */
    int snapshotObjects() {
        return snapshotObjects;
    }

    /** False once the slot must not run another program. */
    boolean healthy() {
        return healthy && uses < MAX_USES;
    }

    /** Runs {@code program}, then restores the snapshot; the slot must be healthy. */
    Outcome run(Program program) {
        uses++;
        Limits limits = program.limits();
        RunIo io = new RunIo("", limits.maxOutputBytes());
        streams.attach(io);
        long start = System.nanoTime();
        Guard guard = new Guard(ctx, io, start, limits.wallTime().toNanos(), limits.cpuTime().toNanos(), limits.maxMemoryBytes());
        Watchdog.get().watch(guard);
        Outcome outcome;
        try {
            Value prepared = prepare.execute(program.source(), GraalRunner.mainName(program.language()), program.stdin());
            Value globals = prepared.getArrayElement(0);
            exec.execute(prepared.getArrayElement(1), globals);
            Value last = prepared.getArrayElement(2);
            String value = last.isNull() ? "" : GraalRunner.valueText(eval.execute(last, globals));
            flush.executeVoid();
            outcome = GraalRunner.finish(guard, io, limits, value, start);
        } catch (PolyglotException e) {
            if (guard.stopReason() == null && !e.isCancelled() && !e.isExit() && !e.isInternalError()) {
                try {
                    flush.executeVoid();
                } catch (PolyglotException | IllegalStateException ignored) {
                    healthy = false;
                }
            }
            Watchdog.get().unwatch(guard);
            outcome = GuestErrors.map(e, program.language(), guard, io, limits.wallTime(), GraalRunner.since(start));
            if (e.isCancelled() || e.isExit() || e.isInternalError() || e.isResourceExhausted() || guard.stopReason() != null
                    || outcome instanceof Outcome.LimitExceeded
                    || outcome instanceof Outcome.Failed f && f.errorType().equals("SystemExit")) {
                healthy = false;
            }
        } catch (IllegalStateException e) {
            Watchdog.get().unwatch(guard);
            healthy = false;
            outcome = GuestErrors.stoppedOutcome(guard.stopReason(), limits.wallTime(), io.stdout(), io.stderr(), GraalRunner.since(start));
        } catch (OutOfMemoryError e) {
            Watchdog.get().unwatch(guard);
            healthy = false;
            outcome = new Outcome.LimitExceeded(Outcome.Resource.MEMORY, "host heap exhausted", io.stdout(), io.stderr(), GraalRunner.since(start));
        } finally {
            Watchdog.get().unwatch(guard);
        }
        if (healthy && guard.stopReason() == null) restoreOrDiscard(DeepRestore.needed(program.source()));
        else healthy = false;
        streams.attach(null);
        return outcome;
    }

    /** Restores the snapshot under its own watchdog budget; any failure makes the slot unhealthy. */
    private void restoreOrDiscard(boolean deep) {
        RunIo io = new RunIo("", 1024);
        streams.attach(io);
        Guard guard = new Guard(ctx, io, System.nanoTime(), RESTORE_LIMIT.toNanos(), RESTORE_LIMIT.toNanos());
        Watchdog.get().watch(guard);
        try {
            restore.execute(deep);
        } catch (PolyglotException | IllegalStateException e) {
            healthy = false;
        } finally {
            Watchdog.get().unwatch(guard);
        }
        if (guard.stopReason() != null) healthy = false;
    }

    @Override
    public void close() {
        healthy = false;
        try {
            ctx.close(true);
        } catch (RuntimeException ignored) {
            // already closed by the watchdog
        }
    }
}
