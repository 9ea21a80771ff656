package jgym.env;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * G rollouts of the same task, as GRPO samples them: {@link #reset} draws one task and starts G episodes on it.
 */
public final class GroupEnv {
    private final Scenario scenario;
    private final List<ReasoningEnv> members;
    private SplittableRandom rng = new SplittableRandom(Seeds.DEFAULT);

    /**
     * @param groupSize G, the number of rollouts per task
     * @param member    makes one member environment over {@code scenario}
     */
    public GroupEnv(Scenario scenario, int groupSize, Supplier<ReasoningEnv> member) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        if (groupSize < 1) throw new IllegalArgumentException("groupSize must be >= 1, got " + groupSize);
        var list = new ArrayList<ReasoningEnv>(groupSize);
        for (int i = 0; i < groupSize; i++) list.add(member.get());
        this.members = List.copyOf(list);
    }

    /** A group of single-turn environments with the scenario's own rubric. */
    public static GroupEnv singleTurn(Scenario scenario, int groupSize) {
        return new GroupEnv(scenario, groupSize, () -> ReasoningEnv.singleTurn(scenario));
    }

    public int groupSize() {
        return members.size();
    }

    /** Reseeds and starts G episodes on one task. */
    public List<Observation> reset(long seed) {
        rng = new SplittableRandom(seed);
        return reset();
    }

    /** Starts G episodes on the next task from the group's generator. */
    public List<Observation> reset() {
        return reset(scenario.task(ReasoningEnv.drawIndex(scenario, rng)));
    }

    /** Starts G episodes on {@code task}. */
    public List<Observation> reset(Task task) {
        return members.stream().map(m -> m.reset(task)).toList();
    }

    /** Steps member {@code i} with {@code actions.get(i)}. */
    public List<Step> step(List<String> actions) {
        if (actions.size() != members.size()) {
            throw new IllegalArgumentException("actions: expected " + members.size() + ", got " + actions.size());
        }
        var out = new ArrayList<Step>(members.size());
        for (int i = 0; i < members.size(); i++) out.add(members.get(i).step(actions.get(i)));
        return out;
    }
}
