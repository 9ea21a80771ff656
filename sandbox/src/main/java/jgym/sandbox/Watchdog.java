package jgym.sandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * A daemon thread that polls every running program every {@link #POLL_NANOS} and cancels the ones past their wall-clock
 * deadline, past their CPU budget (CPU time of the thread running the guest), or over their output budget. Cancelling
 * runs on a separate pool, so that one context slow to die never delays the others.
 */
final class Watchdog {
    /** Poll period: 2 ms, so that a run ends within a few milliseconds of its limit. */
    static final long POLL_NANOS = 2_000_000L;

    /**
     * System property that turns on the memory guard; set by {@link WorkerMain}, whose JVM runs one program at a time,
     * so that live heap can be charged to that program. In a shared JVM it stays off.
     */
    static final String MEMORY_GUARD_PROPERTY = "jgym.sandbox.memoryGuard";
    /** Share of the maximum heap in use at which the guard stops a run whatever its budget (GC thrash lies beyond). */
    static final double HEAP_CEILING = 0.92;

    private static final Watchdog INSTANCE = new Watchdog();

    private final boolean memoryGuard = Boolean.getBoolean(MEMORY_GUARD_PROPERTY);
    private final java.util.List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final long maxHeap = Runtime.getRuntime().maxMemory();

    private final Set<Guard> active = ConcurrentHashMap.newKeySet();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final ExecutorService cancellers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "jgym-sandbox-cancel");
        t.setDaemon(true);
        return t;
    });

    private Watchdog() {
        if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) threads.setThreadCpuTimeEnabled(true);
        Thread t = new Thread(this::loop, "jgym-sandbox-watchdog");
        t.setDaemon(true);
        t.start();
    }

    static Watchdog get() {
        return INSTANCE;
    }

    /** CPU time of thread {@code id} in nanoseconds, or -1 when the JVM cannot tell. */
    long cpuNanos(long threadId) {
        return threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(threadId) : -1;
    }

    void watch(Guard g) {
        active.add(g);
    }

    void unwatch(Guard g) {
        active.remove(g);
    }

    /** Live heap after the last collections, in bytes (the sum over heap pools of their post-collection usage). */
    long liveHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : heapPools) {
            MemoryUsage u = p.getCollectionUsage();
            if (u != null) sum += u.getUsed();
        }
        return sum;
    }

    private boolean overMemory(Guard g) {
        long live = liveHeapBytes() - g.liveHeapAtStart();
        if (live > g.maxMemoryBytes()) return true;
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory() > HEAP_CEILING * maxHeap && live > g.maxMemoryBytes() / 2;
    }

    private void loop() {
        while (true) {
            try {
                pollOnce();
            } catch (Throwable t) { // an OutOfMemoryError here must not end the watchdog: every later run would be unguarded
                LockSupport.parkNanos(POLL_NANOS);
            }
        }
    }

    private void pollOnce() {
        long now = System.nanoTime();
        for (Guard g : active) {
            if (g.stopReason() != null) continue;
            StopReason r = null;
            if (g.io().overflowed()) r = StopReason.OUTPUT;
            else if (memoryGuard && overMemory(g)) r = StopReason.MEMORY;
            else if (now >= g.wallDeadline()) r = StopReason.WALL;
            else if (g.cpuLimitNanos() > 0) {
                long cpu = cpuNanos(g.threadId());
                if (cpu >= 0 && cpu - g.cpuStart() >= g.cpuLimitNanos()) r = StopReason.CPU;
            }
            if (r != null && g.trip(r)) cancellers.execute(g::cancel);
        }
        LockSupport.parkNanos(POLL_NANOS);
    }
}
