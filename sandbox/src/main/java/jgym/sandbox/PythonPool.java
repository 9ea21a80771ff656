package jgym.sandbox;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import org.graalvm.polyglot.PolyglotException;

/**
 * Idle {@link PythonSlot}s: a run borrows one and gives it back only if it is still healthy. A discarded slot is closed
 * and replaced on a background thread; while a replacement is on its way, runs that find no idle slot get a fresh
 * context instead of waiting (fresh contexts give at least the same isolation), so that a killed run never delays the
 * next one by the seconds a new slot costs. Thread-safe.
 */
final class PythonPool {
    private final ConcurrentLinkedDeque<PythonSlot> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger refilling = new AtomicInteger();
    private final ExecutorService refill = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "jgym-sandbox-refill");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;

    /** How many slots this pool has created so far. */
    int slotsCreated() {
        return created.get();
    }

    Outcome run(Program program) {
        PythonSlot slot = idle.pollFirst();
        if (slot == null) {
            if (refilling.get() > 0) return GraalRunner.runFresh(program);
            try {
                slot = newSlot();
            } catch (PolyglotException | IllegalStateException e) {
                return new Outcome.Failed("SandboxError", "could not create a recycled python context: " + e.getMessage(),
                        "", "", "", Duration.ZERO);
            }
        }
        Outcome o = slot.run(program);
        if (slot.healthy() && !closed) {
            idle.offerFirst(slot);
        } else {
            replace(slot);
        }
        return o;
    }

    private PythonSlot newSlot() {
        PythonSlot s = new PythonSlot();
        created.incrementAndGet();
        return s;
    }

    private void replace(PythonSlot dead) {
        if (closed) {
            dead.close();
            return;
        }
        refilling.incrementAndGet();
        refill.execute(() -> {
            try {
                dead.close();
                if (!closed) idle.offerLast(newSlot());
            } catch (RuntimeException e) {
                // the next run that finds no idle slot creates one and reports the failure in its outcome
            } finally {
                refilling.decrementAndGet();
            }
        });
    }

    /** Creates {@code n} slots ahead of use. */
    void prewarm(int n) {
        for (int i = 0; i < n; i++) idle.offerFirst(newSlot());
    }

    /** Waits until no replacement is being built (for tests and benchmarks that want a settled pool). */
    void awaitRefills() {
        while (refilling.get() > 0) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void close() {
        closed = true;
        refill.shutdown();
        PythonSlot s;
        while ((s = idle.pollFirst()) != null) s.close();
    }
}
