package jgym.env;

import java.util.Objects;

/**
 * What the policy sees before it acts.
 *
 * @param task the task of this episode (its id, level and scenario are the observation's metadata)
 * @param text the text to respond to: the rendered prompt on turn 0, a tool's output on later turns
 * @param turn how many actions the episode has taken so far (0 after reset)
 */
public record Observation(Task task, String text, int turn) {
    public Observation {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(text, "text");
        if (turn < 0) throw new IllegalArgumentException("turn must be >= 0, got " + turn);
    }
}
