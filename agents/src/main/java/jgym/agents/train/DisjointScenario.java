package jgym.agents.train;

import java.util.Objects;
import java.util.Set;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.Seeds;
import jgym.env.Task;

/**
 * A procedural scenario with a set of prompts taken out, so that training never sees a held-out task.
 *
 * <p>Task {@code i} is the inner scenario's task {@code i} unless its prompt is excluded; then it is the first of the
 * inner tasks {@code Seeds.mix(i, k) >>> 1} for k = 1, 2, ... whose prompt is not, so the mapping stays a pure
 * function of the index (random access and determinism are kept).
 */
public final class DisjointScenario implements Scenario {
    /** How many redraws a task may take before the exclusion is deemed to cover the scenario. */
    static final int MAX_REDRAWS = 1_000;

    private final Scenario inner;
    private final Set<String> excludedPrompts;

    /**
     * @param inner           a procedural scenario ({@code size() == Long.MAX_VALUE})
     * @param excludedPrompts prompts training must not see, copied
     */
    public DisjointScenario(Scenario inner, Set<String> excludedPrompts) {
        this.inner = Objects.requireNonNull(inner, "inner");
        if (inner.size() != Long.MAX_VALUE) {
            throw new IllegalArgumentException("inner must be procedural (unbounded), got size " + inner.size());
        }
        this.excludedPrompts = Set.copyOf(excludedPrompts);
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public long size() {
        return Long.MAX_VALUE;
    }

    @Override
    public Task task(long index) {
        Task t = inner.task(index);
        for (int k = 1; excludedPrompts.contains(t.prompt()); k++) {
            if (k > MAX_REDRAWS) {
                throw new IllegalStateException("scenario " + name() + ": " + MAX_REDRAWS
                        + " redraws all hit held-out prompts; the held-out set covers (nearly) every task");
            }
            t = inner.task(Seeds.mix(index, k) >>> 1);
        }
        return t;
    }

    @Override
    public Rubric rubric() {
        return inner.rubric();
    }
}
