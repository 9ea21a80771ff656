package jgym.agents.sft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jgym.env.PromptTemplate;
import jgym.env.Scenario;
import jgym.env.Task;

/**
 * One supervised fine-tuning pair: the prompt the policy sees and the completion it should learn to write.
 *
 * @param prompt the rendered prompt, never null (may be empty)
 * @param target the completion to imitate, never null or empty; the loss is taken on its tokens only
 */
public record SftExample(String prompt, String target) {
    public SftExample {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(target, "target");
        if (target.isEmpty()) throw new IllegalArgumentException("target must not be empty");
    }

    /** The oracle's completion of {@code task} (its trace in {@code <think>}, its answer in {@code <answer>}). */
    public static SftExample oracle(Task task, PromptTemplate template) {
        return new SftExample(template.render(task), task.oracleCompletion());
    }

    /**
     * Cold-start data: the oracle completions of tasks {@code first .. first + count - 1} of {@code scenario}.
     *
     * @param first index of the first task, >= 0
     * @param count how many tasks, >= 1
     */
    public static List<SftExample> coldStart(Scenario scenario, PromptTemplate template, long first, int count) {
        if (first < 0) throw new IllegalArgumentException("first must be >= 0, got " + first);
        if (count < 1) throw new IllegalArgumentException("count must be >= 1, got " + count);
        if (first > scenario.size() - count) {
            throw new IllegalArgumentException("first + count must be <= " + scenario.size() + " (the scenario's size), got " + first + " + " + count);
        }
        var out = new ArrayList<SftExample>(count);
        for (long i = first; i < first + count; i++) out.add(oracle(scenario.task(i), template));
        return out;
    }
}
