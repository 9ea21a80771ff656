package jgym.env;

import java.util.Objects;

/**
 * One reasoning problem: the prompt a policy sees, the gold it is checked against, and an oracle reasoning trace.
 *
 * @param id       stable identifier, unique within its scenario (e.g. {@code "math/gcd/3/17"} or {@code "gsm8k/12"})
 * @param scenario the registered name of the scenario that made this task
 * @param level    difficulty level, 1 for the easiest; datasets without levels use 1
 * @param prompt   the problem statement shown to the policy, never null
 * @param gold     what a completion is verified against, never null
 * @param trace    an oracle chain-of-thought that ends at the gold answer (for SFT cold start); empty if none is known
 */
public record Task(String id, String scenario, int level, String prompt, Gold gold, String trace) implements java.io.Serializable {
    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(trace, "trace");
        if (level < 1) throw new IllegalArgumentException("level must be >= 1, got " + level);
    }

    /** The gold answer as a person would write it. */
    public String answer() {
        return gold.text();
    }

    /** The completion an oracle would write: its trace inside {@code <think>} and its answer inside {@code <answer>}. */
    public String oracleCompletion() {
        return "<think>\n" + trace + "\n</think>\n<answer>" + answer() + "</answer>";
    }
}
