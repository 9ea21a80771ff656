package jgym.env;

/**
 * A reasoning environment in the Gymnasium style: {@code reset} starts an episode on a task, {@code step} takes the
 * policy's text and says what happens next.
 *
 * <p>The environment owns its random number generator. {@code reset(seed)} reseeds it; {@code reset()} continues it
 * (from {@link Seeds#DEFAULT} if never seeded), so a run is reproducible from its first seed.
 */
public interface Env {
    /** Reseeds the environment with {@code seed} and starts an episode. */
    Observation reset(long seed);

    /** Starts an episode, drawing the task from the environment's own generator. */
    Observation reset();

    /**
     * Starts an episode on {@code task}, leaving the environment's generator as it is: how a group of rollouts shares
     * one task ({@link GroupEnv}) and how an evaluation runs over fixed tasks.
     */
    Observation reset(Task task);

    /**
     * Takes the policy's text for the current turn.
     *
     * @throws IllegalStateException if no episode is running (never reset, or already done)
     */
    Step step(String action);
}
