package jgym.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Trial;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * Runs a {@link Trial}: the candidate in a context of its own ({@link CandidateContext}, never used by another
 * program), each test in a trusted context ({@link TrustedContext}) that reaches the candidate only through plain data.
 * Objects of the reference's classes that a test builds cross as their constructor's arguments (see trusted.py); a
 * test whose arguments are anything else that is not plain data (a lambda, an object of the setup's) fails with that
 * reason. Thread-safe; trusted Python contexts are pooled.
 */
final class TrialRun {
    /** Extra time a test's trusted side gets past the candidate's limit, so that the candidate's stop is seen first. */
    static final Duration TRUSTED_GRACE = Duration.ofMillis(500);

    private final ConcurrentLinkedDeque<TrustedContext> idle = new ConcurrentLinkedDeque<>();

    List<Outcome> run(Trial trial) {
        var outcomes = new ArrayList<Outcome>(trial.tests().size());
        run(trial, 0, (o, i) -> outcomes.add(o));
        return outcomes;
    }

    /** Runs tests {@code first} to the last, handing each outcome to {@code sink} as soon as it is known. */
    void run(Trial trial, int first, java.util.function.ObjIntConsumer<Outcome> sink) {
        java.util.function.Consumer<Outcome> outcomes = new java.util.function.Consumer<>() {
            int next = first;

            @Override
            public void accept(Outcome o) {
                sink.accept(o, next++);
            }
        };
        Object loaded = CandidateContext.load(trial);
        CandidateContext candidate = loaded instanceof CandidateContext c ? c : null;
        if (candidate == null) {
            for (int i = first; i < trial.tests().size(); i++) outcomes.accept((Outcome) loaded);
            return;
        }
        String names = candidate.functionNames();
        TrustedContext trusted = null;
        Value ns = null;
        try {
            for (int i = first; i < trial.tests().size(); i++) {
                if (candidate == null || !candidate.alive()) {
                    if (candidate != null) candidate.close();
                    Object again = CandidateContext.load(trial);
                    if (!(again instanceof CandidateContext c)) {
                        candidate = null;
                        outcomes.accept((Outcome) again);
                        continue;
                    }
                    candidate = c;
                }
                if (trusted == null) {
                    try {
                        trusted = borrow(trial.language());
                    } catch (PolyglotException | IllegalArgumentException | IllegalStateException e) {
                        outcomes.accept(new Outcome.Failed("SandboxError", "could not create the checker's context", "", "", "", Duration.ZERO));
                        continue;
                    }
                    Object begun = begin(trusted, trial);
                    if (begun instanceof Outcome failed) {
                        trusted.close();
                        trusted = null;
                        outcomes.accept(failed);
                        continue;
                    }
                    ns = (Value) begun;
                }
                Outcome o = test(trusted, ns, candidate, trial, i, names);
                if (trusted.dead) {
                    trusted.close();
                    trusted = null;
                }
                outcomes.accept(o);
            }
        } finally {
            if (candidate != null) candidate.close();
            if (trusted != null) giveBack(trusted);
        }
    }

    /** Runs the setup in the trusted context: the namespace, or the outcome of a setup that failed. */
    private static Object begin(TrustedContext trusted, Trial trial) {
        RunIo io = new RunIo("", 1 << 20);
        trusted.streams.attach(io);
        long start = System.nanoTime();
        Limits limits = trial.limits();
        Guard guard = new Guard(trusted.ctx, io, start, limits.wallTime().toNanos(), limits.cpuTime().toNanos());
        Watchdog.get().watch(guard);
        try {
            return trusted.begin(trial.setup(), trial.entryPoint());
        } catch (PolyglotException | IllegalStateException e) {
            trusted.dead = true;
            return new Outcome.Failed("SetupError", "the test setup failed in the checker: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), "", "", "", GraalRunner.since(start));
        } finally {
            Watchdog.get().unwatch(guard);
            trusted.streams.attach(null);
        }
    }

    /** Test {@code index}: its outcome. */
    private static Outcome test(TrustedContext trusted, Value ns, CandidateContext candidate, Trial trial, int index, String names) {
        Limits limits = trial.limits();
        candidate.arm(limits);
        RunIo io = new RunIo("", 1 << 20);
        trusted.streams.attach(io);
        long start = candidate.start();
        Guard guard = new Guard(trusted.ctx, io, start, limits.wallTime().plus(TRUSTED_GRACE).toNanos(),
                limits.cpuTime().plus(TRUSTED_GRACE).toNanos());
        Watchdog.get().watch(guard);
        trusted.connect(candidate);
        try {
            trusted.test(ns, trial.tests().get(index), names, String.join(",", trial.sharedClasses()));
            Outcome stopped = candidate.stopped();
            if (stopped != null) return stopped;
            // also when the test caught the refusal itself (a bare except): it did not test the candidate
            if (candidate.unsplittable() != null) return candidate.unsplittable();
            RunIo out = candidate.io();
            return new Outcome.Completed(out.stdout(), out.stderr(), "", GraalRunner.since(start));
        } catch (PolyglotException e) {
            if (candidate.unsplittable() != null && candidate.stopped() == null) return candidate.unsplittable();
            Outcome stopped = candidate.stopped();
            if (stopped != null) return stopped;
            RunIo out = candidate.io();
            if (guard.stopReason() != null || e.isCancelled()) {
                trusted.dead = true;
                return GuestErrors.stoppedOutcome(guard.stopReason() == null ? StopReason.WALL : guard.stopReason(), limits.wallTime(),
                        out.stdout(), out.stderr(), GraalRunner.since(start));
            }
            if (e.isInternalError() || e.isExit()) trusted.dead = true;
            String type = GuestErrors.guestType(e, trial.language());
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.startsWith(type + ": ")) message = message.substring(type.length() + 2);
            return new Outcome.Failed(type, message, "", out.stdout(), out.stderr(), GraalRunner.since(start));
        } catch (IllegalArgumentException e) {
            // seen once in a full sandbox run: GraalPy 25.2.4 failed to read a frame ("Invalid op at bytecode index 0")
            // while turning a BaseException that left the test into a PolyglotException; the test did not pass
            trusted.dead = true;
            RunIo out = candidate.io();
            return new Outcome.Failed("SandboxError", "the checker could not read how the test ended: " + e.getMessage(), "",
                    out.stdout(), out.stderr(), GraalRunner.since(start));
        } catch (IllegalStateException e) {
            trusted.dead = true;
            RunIo out = candidate.io();
            return GuestErrors.stoppedOutcome(StopReason.WALL, limits.wallTime(), out.stdout(), out.stderr(), GraalRunner.since(start));
        } finally {
            trusted.connect(null);
            Watchdog.get().unwatch(guard);
            trusted.streams.attach(null);
            candidate.disarm();
        }
    }

    private TrustedContext borrow(Language language) {
        if (language == Language.PYTHON) {
            TrustedContext t = idle.pollFirst();
            if (t != null) return t;
        }
        return new TrustedContext(language);
    }

    private void giveBack(TrustedContext t) {
        if (t.language == Language.PYTHON && !t.dead) idle.offerFirst(t);
        else t.close();
    }

    void close() {
        TrustedContext t;
        while ((t = idle.pollFirst()) != null) t.close();
    }
}
