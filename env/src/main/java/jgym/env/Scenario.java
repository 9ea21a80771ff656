package jgym.env;

/**
 * A source of tasks with random access by index, and the rubric that scores answers to them.
 *
 * <p>A procedural scenario derives task {@code i} from {@code Seeds.mix(seed, i)} alone, so tasks can be made in any
 * order, in parallel, and the same seed always gives the same tasks. A dataset scenario returns row {@code i}.
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
}
