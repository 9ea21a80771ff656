package jgym.agents.train;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.Task;

/**
 * A fixed set of evaluation tasks with distinct prompts, drawn from a scenario made with its own seed; training runs
 * on a {@link DisjointScenario} that excludes exactly these prompts.
 *
 * @param tasks the tasks, in draw order, with pairwise distinct prompts
 */
public record HeldOutSet(List<Task> tasks) {
    /** How many draws per wanted task are tried before giving up (the scenario has too few distinct tasks). */
    static final int MAX_DRAWS_PER_TASK = 50;

    public HeldOutSet {
        tasks = List.copyOf(tasks);
        if (tasks.isEmpty()) throw new IllegalArgumentException("tasks must not be empty");
        if (tasks.stream().map(Task::prompt).distinct().count() != tasks.size()) {
            throw new IllegalArgumentException("tasks must have distinct prompts");
        }
    }

    /** The first {@code size} tasks of {@code scenario} with distinct prompts (indices 0, 1, 2, ... skipping repeats). */
    public static HeldOutSet draw(Scenario scenario, int size) {
        Objects.requireNonNull(scenario, "scenario");
        if (size < 1) throw new IllegalArgumentException("size must be >= 1, got " + size);
        var seen = new LinkedHashSet<String>();
        var tasks = new ArrayList<Task>(size);
        long limit = (long) size * MAX_DRAWS_PER_TASK;
        for (long i = 0; tasks.size() < size; i++) {
            if (i >= limit || i >= scenario.size()) {
                throw new IllegalArgumentException("held-out set: scenario " + scenario.name() + " gave only " + tasks.size()
                        + " distinct prompts in " + i + " draws, fewer than the " + size + " asked for (ask for fewer, or a "
                        + "level or options with more distinct tasks)");
            }
            Task t = scenario.task(i);
            if (seen.add(t.prompt())) tasks.add(t);
        }
        return new HeldOutSet(tasks);
    }

    /** The prompts of the tasks. */
    public Set<String> prompts() {
        var out = new LinkedHashSet<String>();
        for (Task t : tasks) out.add(t.prompt());
        return out;
    }

    public int size() {
        return tasks.size();
    }

    /** The tasks as a scenario of their own ({@code task(i)} is the i-th), scored by {@code rubric}. */
    public Scenario asScenario(Rubric rubric) {
        return Scenario.of("held-out", tasks, rubric);
    }
}
