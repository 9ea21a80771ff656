package jgym.env.code;

import java.time.Duration;
import java.util.Objects;

/**
 * How a program run ended. Guest behaviour never surfaces as an exception: every run ends in exactly one of these.
 */
public sealed interface Outcome
        permits Outcome.Completed, Outcome.Failed, Outcome.TimedOut, Outcome.LimitExceeded, Outcome.Denied {

    /** Standard output captured up to the output limit. */
    String stdout();

    /** Standard error captured up to the output limit. */
    String stderr();

    /** Wall time from start to end of the run. */
    Duration elapsed();

    /** The program ran to its end. {@code value} is the text of the last expression's value, or empty. */
    record Completed(String stdout, String stderr, String value, Duration elapsed) implements Outcome {
        public Completed {
            OutcomeChecks.streams(stdout, stderr, elapsed);
            Objects.requireNonNull(value, "value");
        }
    }

    /** The program raised an error it did not catch (including a failed assert and {@code SystemExit}). */
    record Failed(String errorType, String message, String traceback, String stdout, String stderr, Duration elapsed)
            implements Outcome {
        public Failed {
            OutcomeChecks.streams(stdout, stderr, elapsed);
            Objects.requireNonNull(errorType, "errorType");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(traceback, "traceback");
            if (errorType.isBlank()) throw new IllegalArgumentException("errorType must not be blank");
        }
    }

    /** The program was stopped at its wall-clock limit. */
    record TimedOut(Duration limit, String stdout, String stderr, Duration elapsed) implements Outcome {
        public TimedOut {
            OutcomeChecks.streams(stdout, stderr, elapsed);
            Objects.requireNonNull(limit, "limit");
        }
    }

    /** The program was stopped for using too much of {@code resource}. */
    record LimitExceeded(Resource resource, String detail, String stdout, String stderr, Duration elapsed) implements Outcome {
        public LimitExceeded {
            OutcomeChecks.streams(stdout, stderr, elapsed);
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** The sandbox policy refused an operation the program attempted. */
    record Denied(Operation operation, String message, String stdout, String stderr, Duration elapsed) implements Outcome {
        public Denied {
            OutcomeChecks.streams(stdout, stderr, elapsed);
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(message, "message");
        }
    }

    /** A bounded resource. */
    enum Resource { CPU_TIME, OUTPUT, MEMORY }

    /** A class of operation the policy refuses. */
    enum Operation { FILE, PROCESS, NETWORK, THREAD, HOST_ACCESS, NATIVE, ENVIRONMENT, OTHER }

    /** True only for {@link Completed}. */
    default boolean completed() {
        return this instanceof Completed;
    }
}
