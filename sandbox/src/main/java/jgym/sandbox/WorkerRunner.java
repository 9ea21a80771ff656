package jgym.sandbox;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import jgym.env.code.CodeRunner;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import jgym.env.code.Trial;
import jgym.env.code.RunnerConfig.Isolation;

/**
 * Runs programs in separate small-heap worker JVMs ({@link WorkerProcess}), one run per worker at a time, up to
 * {@code workers} at once. Guest allocations are bounded by the worker's heap: a memory bomb ends as
 * {@link Outcome.LimitExceeded} with {@link Outcome.Resource#MEMORY} and costs only its own run. A worker that dies or is
 * killed is replaced at once by a spare worker, started with the first worker and kept ready. This is the
 * default for training ({@link jgym.env.code.RunnerConfig#training()}).
 */
public final class WorkerRunner implements CodeRunner {
    /** Longest a worker may take to start (first GraalPy initialisation on a loaded machine can take tens of seconds). */
    static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Isolation isolation;
    private final long heapBytes;
    private final BlockingQueue<Slot> slots;
    /** A started worker kept in reserve once a worker has died, so that the next death is replaced at once; or null. */
    private CompletableFuture<WorkerProcess> spare;
    private volatile boolean closed;

    /** One worker's place in the pool: the running worker, or the one starting to replace it. */
    private final class Slot {
        CompletableFuture<WorkerProcess> worker;

        WorkerProcess get() throws IOException {
            if (worker == null) {
                worker = startAsync();
                ensureSpare();
            }
            try {
                WorkerProcess w = worker.join();
                if (w.alive()) return w;
            } catch (RuntimeException e) {
                worker = null;
                throw new IOException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
            }
            worker = startAsync();
            return get();
        }
    }

    /** A runner with {@code workers} worker JVMs of {@code heapBytes} heap each, started lazily. */
    public WorkerRunner(Isolation isolation, int workers, long heapBytes) {
        if (isolation == null) throw new IllegalArgumentException("isolation must not be null");
        if (workers < 1 || workers > 256) throw new IllegalArgumentException("workers must be in [1, 256], got " + workers);
        if (heapBytes < (64L << 20)) throw new IllegalArgumentException("heapBytes must be >= 64 MiB, got " + heapBytes);
        this.isolation = isolation;
        this.heapBytes = heapBytes;
        this.slots = new ArrayBlockingQueue<>(workers);
        for (int i = 0; i < workers; i++) slots.add(new Slot());
    }

    /** Starts every worker now and waits until all are ready, so that the first runs do not pay for start-up. */
    public void prewarm() {
        Slot[] all = slots.toArray(new Slot[0]);
        for (Slot s : all) if (s.worker == null) s.worker = startAsync();
        ensureSpare();
        for (Slot s : all) s.worker.join();
        CompletableFuture<WorkerProcess> sp;
        synchronized (this) {
            sp = spare;
        }
        if (sp != null) sp.join();
    }

    private CompletableFuture<WorkerProcess> startAsync() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return WorkerProcess.start(isolation, heapBytes, START_TIMEOUT);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Override
    public Outcome run(Program program) {
        if (program == null) throw new IllegalArgumentException("program must not be null");
        if (closed) throw new IllegalStateException("runner is closed");
        Slot slot;
        try {
            slot = slots.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Failed("SandboxError", "interrupted while waiting for a worker", "", "", "", Duration.ZERO);
        }
        try {
            WorkerProcess w;
            try {
                w = slot.get();
            } catch (IOException e) {
                return new Outcome.Failed("SandboxError", "could not start a sandbox worker: " + e.getMessage(), "", "", "", Duration.ZERO);
            }
            Outcome o = w.run(program);
            if (!w.alive()) {
                w.close();
                slot.worker = closed ? null : replacement();
            }
            return o;
        } finally {
            slots.add(slot);
        }
    }

    @Override
    public List<Outcome> trial(Trial trial) {
        if (trial == null) throw new IllegalArgumentException("trial must not be null");
        if (closed) throw new IllegalStateException("runner is closed");
        Outcome[] out = new Outcome[trial.tests().size()];
        int next = 0;
        while (next < out.length) {
            Slot slot;
            try {
                slot = slots.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fill(out, next, new Outcome.Failed("SandboxError", "interrupted while waiting for a worker", "", "", "", Duration.ZERO));
                break;
            }
            try {
                WorkerProcess w;
                try {
                    w = slot.get();
                } catch (IOException e) {
                    fill(out, next, new Outcome.Failed("SandboxError", "could not start a sandbox worker", "", "", "", Duration.ZERO));
                    break;
                }
                next = w.trial(trial, next, out);
                if (!w.alive()) {
                    w.close();
                    slot.worker = closed ? null : replacement();
                    // a program that hangs its worker beyond the watchdog's reach (10**10**8) would hang each later test
                    // too, and every kill costs a worker: the tests left get the outcome of the one that was killed
                    if (next < out.length) fill(out, next, out[next - 1]);
                    break;
                }
            } finally {
                slots.add(slot);
            }
        }
        return List.of(out);
    }

    private static void fill(Outcome[] out, int from, Outcome o) {
        for (int i = from; i < out.length; i++) out[i] = o;
    }

    /**
     * Starts the spare worker if there is none: a worker that must be killed (a computation the watchdog cannot
     * interrupt, such as {@code 10**10**8}) is then replaced at once instead of after a new JVM's start-up.
     */
    private synchronized void ensureSpare() {
        if (spare == null && !closed) spare = startAsync();
    }

    /** Whether a started or starting spare worker is held (tests). */
    synchronized boolean hasSpare() {
        return spare != null;
    }

    /**
     * A worker to replace a dead one: the spare if there is one (ready at once when it has started), else a new one; and
     * a new spare is started either way, since a program that kills its worker tends to be followed by more.
     */
    private synchronized CompletableFuture<WorkerProcess> replacement() {
        CompletableFuture<WorkerProcess> next = spare != null ? spare : startAsync();
        spare = startAsync();
        return next;
    }

    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            if (spare != null) spare.thenAccept(WorkerProcess::close);
            spare = null;
        }
        for (Slot s : slots) {
            if (s.worker != null) s.worker.thenAccept(WorkerProcess::close);
        }
    }
}
