package jgym.scenarios.math;

import java.util.Objects;
import jgym.env.Gold;

/**
 * One generated problem before it is given an id: the prompt, the gold answer and the oracle reasoning trace.
 *
 * @param prompt the problem statement, stating the expected answer format; never blank
 * @param gold   what a completion is checked against; never null
 * @param trace  short step-by-step reasoning that ends at the gold answer; never blank
 */
public record Problem(String prompt, Gold gold, String trace) {
    public Problem {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(trace, "trace");
        if (prompt.isBlank()) throw new IllegalArgumentException("prompt must not be blank");
        if (trace.isBlank()) throw new IllegalArgumentException("trace must not be blank");
    }

    /** A problem whose gold is the single answer {@code answer}. */
    public static Problem answer(String prompt, String answer, String trace) {
        return new Problem(prompt, new Gold.Answer(answer), trace);
    }
}
