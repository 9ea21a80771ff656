package jgym.env;

/**
 * A verifiable reward: scores one completion of one task and says why.
 *
 * <p>Implementations must be pure and thread-safe: the same task and completion always give the same score. Combine
 * several with a {@link Rubric}.
 */
@FunctionalInterface
public interface Reward {
    /**
     * Scores {@code completion} (the model's text, never null) as an answer to {@code task}.
     *
     * @return a value with its reason, or {@link Score.NotApplicable}; never null
     */
    Score score(Task task, String completion);
}
