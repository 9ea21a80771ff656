package jgym.agents.train;

import java.util.Objects;
import jgym.env.Budget;
import jgym.env.Tool;
import jgym.scenarios.code.PythonTool;

/**
 * A tool offered to the policy during training and held-out evaluation: multi-turn episodes in which a completion the
 * tool takes as a call gets the tool's output, and the policy continues until it answers.
 *
 * @param name     the tool: {@code python} (a Python block without {@code <answer>} runs in the sandbox,
 *                 {@link PythonTool})
 * @param maxCalls most tool calls per episode, >= 1; a call after them ends the episode as truncated
 */
public record ToolSpec(String name, int maxCalls) implements java.io.Serializable {
    public ToolSpec {
        Objects.requireNonNull(name, "name");
        if (!name.equals("python")) throw new IllegalArgumentException("name: the one tool is python, got " + name);
        if (maxCalls < 1) throw new IllegalArgumentException("maxCalls must be >= 1, got " + maxCalls);
    }

    /** The tool, on the process-wide sandbox. */
    public Tool tool() {
        return PythonTool.shared();
    }

    /** The episode's budget: {@code maxCalls} calls and the answer. */
    public Budget budget() {
        return Budget.turns(maxCalls + 1);
    }

    @Override
    public String toString() {
        return "tools=" + name + " max_calls=" + maxCalls;
    }
}
