package jgym.agents.train;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.IntFunction;
import jgym.agents.metrics.MetricNames;
import jgym.agents.metrics.MetricsRow;
import jgym.agents.metrics.Phase;
import java.util.Objects;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.Task;

/**
 * The running state of a {@link CurriculumSpec}: the training scenario of each level from {@code from} to the run's
 * level, the one tasks are drawn from now ({@link #scenario()} always draws from the current level, so a rollout that
 * holds it follows promotions), and the window of recent training accuracies. Deterministic: the same accuracies give
 * the same promotions, which is how a resumed run recovers its level (by replaying its metrics).
 */
final class LevelCurriculum {
    private final CurriculumSpec spec;
    private final List<Scenario> byLevel; // index 0 is level spec.from()
    private final ArrayDeque<Double> recent = new ArrayDeque<>();
    private int current;

    /** @param byLevel the training scenarios of levels {@code spec.from()} .. the run's level, in order */
    LevelCurriculum(CurriculumSpec spec, List<Scenario> byLevel) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.byLevel = List.copyOf(byLevel);
        if (this.byLevel.isEmpty()) throw new IllegalArgumentException("a curriculum needs at least one level");
    }

    /** The curriculum of {@code spec} up to level {@code last}, over the training scenario {@code atLevel} makes for each level. */
    static LevelCurriculum of(CurriculumSpec spec, IntFunction<Scenario> atLevel, int last) {
        var byLevel = new ArrayList<Scenario>();
        for (int level = spec.from(); level <= last; level++) byLevel.add(atLevel.apply(level));
        return new LevelCurriculum(spec, byLevel);
    }

    /** Replays the training accuracies of the RL rows before step {@code first}: how a resumed run recovers its level. */
    void replay(List<MetricsRow> rows, int first) {
        for (MetricsRow row : rows) {
            if (row.phase() == Phase.RL && row.step() < first) record(row.value(MetricNames.ACCURACY).orElse(0));
        }
    }

    /** {@code row} with the level its step's tasks were drawn from. */
    static MetricsRow tagged(MetricsRow row, int level) {
        var values = new LinkedHashMap<>(row.values());
        values.put(MetricNames.CURRICULUM_LEVEL, (double) level);
        return new MetricsRow(row.phase(), row.step(), values);
    }

    /** The level tasks are drawn from now. */
    int level() {
        return spec.from() + current;
    }

    /** Records one RL step's training accuracy; true when it promoted to the next level. */
    boolean record(double accuracy) {
        recent.addLast(accuracy);
        if (recent.size() > spec.window()) recent.removeFirst();
        if (recent.size() < spec.window() || current == byLevel.size() - 1) return false;
        double mean = recent.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        if (mean < spec.promoteAt()) return false;
        current++;
        recent.clear();
        return true;
    }

    /** A scenario whose tasks come from the current level. */
    Scenario scenario() {
        return new Scenario() {
            @Override
            public String name() {
                return byLevel.get(0).name();
            }

            @Override
            public long size() {
                return byLevel.get(current).size();
            }

            @Override
            public Task task(long index) {
                return byLevel.get(current).task(index);
            }

            @Override
            public Rubric rubric() {
                return byLevel.get(current).rubric();
            }
        };
    }
}
