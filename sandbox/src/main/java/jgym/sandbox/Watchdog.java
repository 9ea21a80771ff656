package jgym.sandbox;

import java.lang.management.ManagementFactory;
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

    private static final Watchdog INSTANCE = new Watchdog();

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

    private void loop() {
        while (true) {
            long now = System.nanoTime();
            for (Guard g : active) {
                if (g.stopReason() != null) continue;
                StopReason r = null;
                if (g.io().overflowed()) r = StopReason.OUTPUT;
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
}
