package jgym.env;

import java.util.Optional;

/**
 * Something the policy can call during a multi-turn episode, such as a code interpreter.
 *
 * <p>The environment offers every non-final action to the tool. If the action is a call (for example it holds a code
 * block and no final answer), the tool runs it and returns the text the policy reads next; otherwise it returns
 * empty and the action is scored as the final answer.
 */
@FunctionalInterface
public interface Tool {
    /** The tool's output for {@code action}, or empty when {@code action} is not a call to this tool. */
    Optional<String> call(Task task, String action);
}
