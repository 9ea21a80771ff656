package jgym.sandbox;

import java.time.Duration;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Trial;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The candidate's side of a {@link Trial}: a context that no other program has used, holding the setup and the
 * solution, and the host's handle to call one of its functions with marshalled plain data. Whatever the candidate does
 * here (patching builtins, rebinding the helper, walking frames) reaches only this context, which is closed after the
 * trial. A call that is stopped, exits or is refused ends the context; the trial loads a new one for later tests.
 */
final class CandidateContext implements AutoCloseable {
    /** Most values one result (with the arguments after the call) may hold. */
    static final int MAX_ITEMS = 100_000;
    /** Deepest nesting of one result. */
    static final int MAX_DEPTH = 64;
    /** Most characters of marshalled data (or JSON) one call may return. */
    static final int MAX_CHARS = 8 << 20;

    private static final Source PYTHON_HELPER = Source.newBuilder("python", Engines.resource("candidate.py"), "jgym_candidate.py").buildLiteral();
    private static final Source JS_HELPER = Source.newBuilder("js", Engines.resource("candidate.js"), "jgym_candidate.js").buildLiteral();

    private final Language language;
    private final GuestStreams streams = new GuestStreams();
    private final Context ctx;
    private final Value call;
    private final Value names;
    /** Python: names the built-in exception class a candidate's exception derives from; null for JavaScript. */
    private final Value baseOf;
    private RunIo io;
    private Guard guard;
    private Duration wall;
    private long start;
    private boolean alive = true;
    /** How the current test's calls ended the candidate, or null while none did. */
    private Outcome stopped;
    /** The name the current test called with something that is not plain data, or null. */
    private String unsplittable;

    private CandidateContext(Language language) {
        this.language = language;
        ctx = Engines.newContext(language, streams);
        try {
            if (language == Language.PYTHON) {
                ctx.eval(PYTHON_HELPER);
                Value bindings = ctx.getBindings("python");
                Value make = bindings.getMember("_jgym_candidate");
                bindings.removeMember("_jgym_candidate");
                Value parts = make.execute(MAX_ITEMS, MAX_DEPTH);
                call = parts.getArrayElement(0);
                names = parts.getArrayElement(1);
                baseOf = parts.getArrayElement(2);
            } else {
                Value parts = ctx.eval(JS_HELPER);
                call = parts.getArrayElement(0);
                names = parts.getArrayElement(1);
                baseOf = null;
            }
        } catch (RuntimeException e) {
            ctx.close(true);
            throw e;
        }
    }

    /**
     * A new context with the trial's setup and solution loaded under the trial's limits. Returns the context, or the
     * outcome that loading ended with (a syntax error, an exception at top level, a stop), in which case no context is
     * kept.
     */
    static Object load(Trial trial) {
        CandidateContext c;
        try {
            c = new CandidateContext(trial.language());
        } catch (PolyglotException | IllegalArgumentException | IllegalStateException e) {
            return new Outcome.Failed("SandboxError", "could not create a " + trial.language().id() + " context", "", "", "", Duration.ZERO);
        }
        String program = trial.setup().isBlank() ? trial.solution() : trial.setup() + "\n" + trial.solution();
        c.arm(trial.limits());
        try {
            c.ctx.eval(Source.newBuilder(trial.language().id(), program, GraalRunner.mainName(trial.language())).buildLiteral());
            c.flush();
            if (c.guard.stopReason() != null || c.io.overflowed()) {
                Outcome o = GraalRunner.finish(c.guard, c.io, trial.limits(), "", c.start);
                c.close();
                return o;
            }
            return c;
        } catch (PolyglotException e) {
            Outcome o = GuestErrors.map(e, trial.language(), c.guard, c.io, trial.limits().wallTime(), GraalRunner.since(c.start));
            c.close();
            return o;
        } catch (IllegalStateException e) {
            Outcome o = GuestErrors.stoppedOutcome(c.guard.stopReason(), trial.limits().wallTime(), c.io.stdout(), c.io.stderr(), GraalRunner.since(c.start));
            c.close();
            return o;
        } finally {
            c.disarm();
        }
    }

    /** Starts a test's budget: its output, wall and CPU time count from now. */
    void arm(Limits limits) {
        io = new RunIo("", limits.maxOutputBytes());
        streams.attach(io);
        wall = limits.wallTime();
        start = System.nanoTime();
        stopped = null;
        unsplittable = null;
        guard = new Guard(ctx, io, start, limits.wallTime().toNanos(), limits.cpuTime().toNanos(), limits.maxMemoryBytes());
        Watchdog.get().watch(guard);
    }

    /** Ends the current budget. */
    void disarm() {
        if (guard != null) Watchdog.get().unwatch(guard);
    }

    boolean alive() {
        return alive && guard.stopReason() == null;
    }

    /** How a call of the current test ended the candidate (stop, exit, denial, data that is not plain), or null. */
    Outcome stopped() {
        return stopped;
    }

    /**
     * The outcome of a test that called the candidate with something that is not plain data (a lambda, a built-in
     * function, an object of the setup's), or null when it did not. Such a test cannot be checked apart from the
     * candidate, and running the two in one heap would hand the candidate the test's frames and objects: it fails.
     */
    Outcome unsplittable() {
        if (unsplittable == null) return null;
        return new Outcome.Failed("TypeError", unsplittable + "() is called with something that is not plain data: a test that"
                + " hands the candidate code or objects other than those of the reference's classes cannot be checked", "",
                io.stdout(), io.stderr(), GraalRunner.since(start));
    }

    RunIo io() {
        return io;
    }

    long start() {
        return start;
    }

    /** The names of the candidate's top-level functions, comma-separated (offered to the tests as proxies). */
    String functionNames() {
        try {
            return names.execute().asString();
        } catch (PolyglotException | IllegalStateException e) {
            return "";
        }
    }

    /**
     * One call from a test: {@code payload} is the marshalled (args, kwargs, shared-object marker or None, in place)
     * (JSON [args] for JavaScript), or null when the test's arguments were not plain data. Answers {@code R} + data,
     * {@code E} + error type + newline + (Python) its built-in base class + newline + message for an exception the
     * test may see, or {@code S} when the candidate was stopped (the outcome is kept).
     */
    String call(String name, String payload) {
        if (payload == null) {
            unsplittable = name;
            return "S";
        }
        if (stopped != null || !alive()) {
            if (stopped == null) stopped = GuestErrors.stoppedOutcome(guard.stopReason(), wall, io.stdout(), io.stderr(), GraalRunner.since(start));
            return "S";
        }
        try {
            String r = call.execute(name, payload).asString();
            flush();
            if (guard.stopReason() != null || io.overflowed()) {
                StopReason why = guard.stopReason() != null ? guard.stopReason() : StopReason.OUTPUT;
                return stop(GuestErrors.stoppedOutcome(why, wall, io.stdout(), io.stderr(), GraalRunner.since(start)));
            }
            return "R" + r;
        } catch (PolyglotException e) {
            Outcome o = GuestErrors.map(e, language, guard, io, wall, GraalRunner.since(start));
            if (o instanceof Outcome.Failed f && !e.isCancelled() && !e.isExit() && !e.isInternalError() && guard.stopReason() == null) {
                if (f.errorType().equals("_JgymNotPlain")) {
                    return stop(new Outcome.Failed("TypeError", f.message(), "", f.stdout(), f.stderr(), f.elapsed()));
                }
                if (!f.errorType().equals("SystemExit") && !f.errorType().equals("SandboxError")) {
                    String base = baseOf == null ? "" : baseOf(e) + "\n";
                    flush();
                    return "E" + f.errorType() + "\n" + base + clip(f.message());
                }
            }
            return stop(o);
        } catch (IllegalStateException e) {
            return stop(GuestErrors.stoppedOutcome(guard.stopReason(), wall, io.stdout(), io.stderr(), GraalRunner.since(start)));
        }
    }

    /** The built-in exception class {@code e}'s guest exception derives from; BaseException when it cannot be read. */
    private String baseOf(PolyglotException e) {
        try {
            Value g = e.getGuestObject();
            if (g != null && !g.isNull()) return baseOf.execute(g).asString();
        } catch (PolyglotException | IllegalStateException | UnsupportedOperationException | ClassCastException ignored) {
            // then the checker raises a BaseException, which no `except Exception` catches: never a pass it would not give
        }
        return "BaseException";
    }

    private String stop(Outcome o) {
        stopped = o;
        alive = false;
        return "S";
    }

    private void flush() {
        GraalRunner.flushPython(ctx, language);
    }

    private static String clip(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 2000) + "...";
    }

    @Override
    public void close() {
        alive = false;
        disarm();
        streams.attach(null);
        try {
            ctx.close(true);
        } catch (RuntimeException ignored) {
            // already closed by the watchdog
        }
    }
}
