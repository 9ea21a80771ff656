package jgym.env;

import java.util.List;
import java.util.Objects;

/**
 * A source of tasks with random access by index, and the rubric that scores answers to them.
 *
 * <p>A procedural scenario derives task {@code i} from {@code Seeds.mix(seed, i)} alone, so tasks can be made in any
 * order, in parallel, and the same seed always gives the same tasks. A dataset scenario returns row {@code i}, in the
 * order its seed chooses when made by {@link ScenarioRegistry#make} with a seed other than {@link Seeds#DEFAULT}.
 */
public interface Scenario {
    /** The registered name, e.g. {@code "math/countdown"}. */
    String name();

    /** How many distinct indices there are; {@link Long#MAX_VALUE} for a procedural scenario. */
    long size();

    /** Task {@code index}, {@code 0 <= index < size()}; the same index always gives an equal task. */
    Task task(long index);

    /** How completions to this scenario's tasks are scored; the first term is the correctness check. */
    Rubric rubric();

    /** Fixed tasks as a scenario named {@code name}: {@code task(i)} is the i-th, scored by {@code rubric}. */
    static Scenario of(String name, List<Task> tasks, Rubric rubric) {
        Objects.requireNonNull(name, "name");
        List<Task> fixed = List.copyOf(tasks);
        Objects.requireNonNull(rubric, "rubric");
        return new Scenario() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long size() {
                return fixed.size();
            }

            @Override
            public Task task(long index) {
                return fixed.get(Math.toIntExact(index));
            }

            @Override
            public Rubric rubric() {
                return rubric;
            }
        };
    }
}
