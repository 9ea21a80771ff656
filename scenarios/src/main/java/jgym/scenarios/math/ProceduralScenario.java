package jgym.scenarios.math;

import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.Seeds;
import jgym.env.TaskTag;
import jgym.env.Task;

/**
 * A scenario of unbounded size whose task {@code i} is made by a {@link Family} from
 * {@code new SplittableRandom(Seeds.mix(seed, i))} alone, so tasks can be made in any order and in parallel.
 *
 * <p>Task ids read {@code name/level/index} and the {@link TaskTag} of a seed other than the default and of the
 * options, e.g. {@code "math/gcd_lcm/2/17"} at seed 42, {@code "math/gcd_lcm/2/17?seed=7&max_value=99"} otherwise.
 */
public final class ProceduralScenario implements Scenario {
    private final String name;
    private final int level;
    private final long seed;
    private final Family family;
    private final Rubric rubric;
    private final String tag;

    /**
     * @param name   the registered name, e.g. {@code "math/countdown"}
     * @param level  the difficulty level the family was configured for, from 1
     * @param seed   the seed every task is derived from
     * @param family makes one problem from a random stream
     * @param rubric scores completions; its first term is the correctness check
     */
    public ProceduralScenario(String name, int level, long seed, Family family, Rubric rubric) {
        this(name, level, seed, Map.of(), family, rubric);
    }

    /**
     * @param options the options the family was configured with, named in every task id ({@link TaskTag})
     */
    public ProceduralScenario(String name, int level, long seed, Map<String, String> options, Family family, Rubric rubric) {
        this.name = Objects.requireNonNull(name, "name");
        if (level < 1) throw new IllegalArgumentException("level must be >= 1, got " + level);
        this.level = level;
        this.seed = seed;
        this.family = Objects.requireNonNull(family, "family");
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        this.tag = TaskTag.of(seed, options);
    }

    @Override
    public String name() {
        return name;
    }

    /** The difficulty level of every task, from 1. */
    public int level() {
        return level;
    }

    @Override
    public long size() {
        return Long.MAX_VALUE;
    }

    @Override
    public Task task(long index) {
        if (index < 0) throw new IllegalArgumentException("index must be >= 0, got " + index);
        Problem p = family.generate(new SplittableRandom(Seeds.mix(seed, index)));
        return new Task(name + "/" + level + "/" + index + tag, name, level, p.prompt(), p.gold(), p.trace());
    }

    @Override
    public Rubric rubric() {
        return rubric;
    }

    @Override
    public String toString() {
        return "ProceduralScenario[" + name + ", level " + level + ", seed " + seed + "]";
    }
}
