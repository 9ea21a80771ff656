package jgym.env.code;

import java.time.Duration;
import java.util.Objects;

/** Validation shared by the {@link Outcome} records. */
final class OutcomeChecks {
    private OutcomeChecks() {}

    /** Rejects null streams or elapsed time, and a negative elapsed time. */
    static void streams(String stdout, String stderr, Duration elapsed) {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(elapsed, "elapsed");
        if (elapsed.isNegative()) throw new IllegalArgumentException("elapsed must be >= 0, got " + elapsed);
    }
}
