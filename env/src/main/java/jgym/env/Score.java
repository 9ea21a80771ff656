package jgym.env;

import java.util.Objects;

/**
 * The verdict of one {@link Reward} on one completion: a value with its reason, or "not applicable".
 *
 * <p>Not applicable means the reward cannot judge this pair (e.g. the gold answer itself cannot be parsed). It is
 * never silently turned into a pass: a {@link Rubric} adds nothing for it and reports the reason.
 */
public sealed interface Score extends java.io.Serializable permits Score.Value, Score.NotApplicable {

    /** Why the score is what it is, in words a person can check. */
    String reason();

    /** The value, or {@code fallback} when not applicable. */
    double valueOr(double fallback);

    /** A score with its value, usually in [0, 1] (penalties may be negative). */
    record Value(double value, String reason) implements Score {
        public Value {
            if (!Double.isFinite(value)) throw new IllegalArgumentException("score value must be finite, got " + value);
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public double valueOr(double fallback) {
            return value;
        }
    }

    /** The reward does not apply to this task and completion. */
    record NotApplicable(String reason) implements Score {
        public NotApplicable {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public double valueOr(double fallback) {
            return fallback;
        }
    }

    static Score of(double value, String reason) {
        return new Value(value, reason);
    }

    static Score pass(String reason) {
        return new Value(1.0, reason);
    }

    static Score fail(String reason) {
        return new Value(0.0, reason);
    }

    static Score notApplicable(String reason) {
        return new NotApplicable(reason);
    }

    default boolean applicable() {
        return this instanceof Value;
    }
}
