package jgym.sandbox;

import java.util.concurrent.ConcurrentLinkedDeque;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import org.graalvm.polyglot.PolyglotException;

/**
 * Idle {@link PythonSlot}s, at most one per concurrent run: a run borrows one (creating it if none is idle), and gives
 * it back only if it is still healthy. Thread-safe.
 */
final class PythonPool {
    private final ConcurrentLinkedDeque<PythonSlot> idle = new ConcurrentLinkedDeque<>();
    private final java.util.concurrent.atomic.AtomicInteger created = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean closed;

    /** How many slots this pool has created so far (a run that found an idle slot created none). */
    int slotsCreated() {
        return created.get();
    }

    Outcome run(Program program) {
        PythonSlot slot = idle.pollFirst();
        if (slot == null) {
            try {
                slot = new PythonSlot();
                created.incrementAndGet();
            } catch (PolyglotException | IllegalStateException e) {
                return new Outcome.Failed("SandboxError", "could not create a recycled python context: " + e.getMessage(),
                        "", "", "", java.time.Duration.ZERO);
            }
        }
        Outcome o = slot.run(program);
        if (slot.healthy() && !closed) idle.offerFirst(slot);
        else slot.close();
        return o;
    }

    /** Creates {@code n} slots ahead of use (each costs the harness and preload time, about a second when warm). */
    void prewarm(int n) {
        for (int i = 0; i < n; i++) {
            idle.offerFirst(new PythonSlot());
            created.incrementAndGet();
        }
    }

    void close() {
        closed = true;
        PythonSlot s;
        while ((s = idle.pollFirst()) != null) s.close();
    }
}
