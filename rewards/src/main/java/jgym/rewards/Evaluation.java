package jgym.rewards;

import java.util.List;
import java.util.Objects;

/** The outcome of evaluating an arithmetic expression with {@link Arithmetic}: a value, or why there is none. */
public sealed interface Evaluation permits Evaluation.Ok, Evaluation.Invalid {

    /**
     * The expression parsed and evaluated exactly.
     *
     * @param value    the exact value, never null
     * @param literals every number written in the expression, in reading order (what Countdown checks against its numbers)
     */
    record Ok(ExactRational value, List<ExactRational> literals) implements Evaluation {
        public Ok {
            Objects.requireNonNull(value, "value");
            literals = List.copyOf(literals);
        }
    }

    /**
     * The text is not an expression of the grammar, or it divides by zero.
     *
     * @param reason what went wrong and where, for a person to check
     */
    record Invalid(String reason) implements Evaluation {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
