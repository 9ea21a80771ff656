package jgym.sandbox;

import java.util.concurrent.atomic.AtomicReference;
import org.graalvm.polyglot.Context;

/**
 * The watchdog's view of one run: the thread running it, its deadlines and budgets, and the context to cancel. The
 * first limit to trip wins; {@link #stopReason()} stays null for a run that ended by itself.
 */
final class Guard {
    private final Context context;
    private final RunIo io;
    private final long threadId;
    private final long wallDeadline;
    private final long cpuStart;
    private final long cpuLimitNanos;
    private final long maxMemoryBytes;
    private final long liveHeapAtStart;
    private final AtomicReference<StopReason> reason = new AtomicReference<>();

    Guard(Context context, RunIo io, long startNanos, long wallNanos, long cpuLimitNanos) {
        this(context, io, startNanos, wallNanos, cpuLimitNanos, Long.MAX_VALUE);
    }

    Guard(Context context, RunIo io, long startNanos, long wallNanos, long cpuLimitNanos, long maxMemoryBytes) {
        this.context = context;
        this.io = io;
        this.threadId = Thread.currentThread().getId();
        this.wallDeadline = startNanos + wallNanos;
        this.cpuLimitNanos = cpuLimitNanos;
        this.cpuStart = Watchdog.get().cpuNanos(threadId);
        this.maxMemoryBytes = maxMemoryBytes;
        this.liveHeapAtStart = Watchdog.get().liveHeapBytes();
    }

    long maxMemoryBytes() {
        return maxMemoryBytes;
    }

    long liveHeapAtStart() {
        return liveHeapAtStart;
    }

    RunIo io() {
        return io;
    }

    long threadId() {
        return threadId;
    }

    long wallDeadline() {
        return wallDeadline;
    }

    long cpuStart() {
        return cpuStart;
    }

    long cpuLimitNanos() {
        return cpuLimitNanos;
    }

    /** The limit that stopped the run, or null if none did. */
    StopReason stopReason() {
        return reason.get();
    }

    /** Records {@code r} if no reason was recorded yet; true if this call recorded it. */
    boolean trip(StopReason r) {
        return reason.compareAndSet(null, r);
    }

    /** Cancels the guest: closes its context from this (non-guest) thread, which stops it within about a millisecond. */
    void cancel() {
        try {
            context.close(true);
        } catch (RuntimeException e) {
            // the context may already be closing because the run ended at the same moment; nothing is left to stop
        }
    }
}
