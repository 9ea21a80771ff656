package jgym.scenarios.data;

import java.util.List;
import java.util.Objects;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.Task;

/**
 * A scenario over a fixed list of tasks read from a dataset: {@code size()} is the number of rows and
 * {@code task(i)} is row {@code i} (0-based), whatever the seed. Immutable and thread-safe.
 */
public final class DatasetScenario implements Scenario {
    private final String name;
    private final List<Task> tasks;
    private final Rubric rubric;

    /**
     * @param name   the registered name of the scenario, never null
     * @param tasks  the rows as tasks, in file order; may be empty
     * @param rubric how answers to these tasks are scored, never null
     */
    public DatasetScenario(String name, List<Task> tasks, Rubric rubric) {
        this.name = Objects.requireNonNull(name, "name");
        this.tasks = List.copyOf(tasks);
        this.rubric = Objects.requireNonNull(rubric, "rubric");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long size() {
        return tasks.size();
    }

    @Override
    public Task task(long index) {
        if (index < 0 || index >= tasks.size()) {
            throw new IllegalArgumentException("index must be in [0, " + tasks.size() + "), got " + index);
        }
        return tasks.get((int) index);
    }

    /** Every task, in row order (an unmodifiable list). */
    public List<Task> tasks() {
        return tasks;
    }

    @Override
    public Rubric rubric() {
        return rubric;
    }

    @Override
    public String toString() {
        return name + " (" + tasks.size() + " tasks)";
    }
}
