package jgym.env.code;

import java.time.Duration;
import java.util.Objects;

/**
 * Hard limits for one program run.
 *
 * @param wallTime       longest the run may take, measured from its start, including sleeps
 * @param cpuTime        most CPU time the run may use
 * @param maxOutputBytes most bytes of stdout plus stderr kept; more ends the run as {@link Outcome.LimitExceeded}
 * @param maxMemoryBytes most heap the run may hold (enforced by the worker process's heap in worker mode)
 */
public record Limits(Duration wallTime, Duration cpuTime, int maxOutputBytes, long maxMemoryBytes) {
    public Limits {
        Objects.requireNonNull(wallTime, "wallTime");
        Objects.requireNonNull(cpuTime, "cpuTime");
        if (wallTime.isNegative() || wallTime.isZero()) throw new IllegalArgumentException("wallTime must be > 0, got " + wallTime);
        if (cpuTime.isNegative() || cpuTime.isZero()) throw new IllegalArgumentException("cpuTime must be > 0, got " + cpuTime);
        if (maxOutputBytes < 1) throw new IllegalArgumentException("maxOutputBytes must be >= 1, got " + maxOutputBytes);
        if (maxMemoryBytes < 1) throw new IllegalArgumentException("maxMemoryBytes must be >= 1, got " + maxMemoryBytes);
    }

    /** 5 s wall, 5 s CPU, 64 KiB of output, 256 MiB of memory. */
    public static Limits defaults() {
        return new Limits(Duration.ofSeconds(5), Duration.ofSeconds(5), 64 * 1024, 256L << 20);
    }

    public Limits withWallTime(Duration wall) {
        return new Limits(wall, cpuTime, maxOutputBytes, maxMemoryBytes);
    }

    public Limits withCpuTime(Duration cpu) {
        return new Limits(wallTime, cpu, maxOutputBytes, maxMemoryBytes);
    }

    public Limits withMaxOutputBytes(int bytes) {
        return new Limits(wallTime, cpuTime, bytes, maxMemoryBytes);
    }
}
