package jgym.env;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * G rollouts of the same task, as GRPO samples them: {@link #reset} lets the first member draw a task from its own
 * generator and starts the other G-1 members on that task. Members are any {@link Env}: wrapped ({@link RewardShaping},
 * {@link TurnLimit}), on a {@link Curriculum} (the first member's level decides the task; every member's outcome
 * counts towards its own promotion), or a plain {@link ReasoningEnv}.
 */
public final class GroupEnv {
    private final List<Env> members;

    /**
     * @param groupSize G, the number of rollouts per task
     * @param member    makes one member environment; called G times
     */
    public GroupEnv(int groupSize, Supplier<? extends Env> member) {
        Objects.requireNonNull(member, "member");
        if (groupSize < 1) throw new IllegalArgumentException("groupSize must be >= 1, got " + groupSize);
        var list = new ArrayList<Env>(groupSize);
        for (int i = 0; i < groupSize; i++) list.add(Objects.requireNonNull(member.get(), "member made null"));
        this.members = List.copyOf(list);
    }

    /** A group of single-turn environments over {@code scenario} with its own rubric. */
    public static GroupEnv singleTurn(Scenario scenario, int groupSize) {
        Objects.requireNonNull(scenario, "scenario");
        return new GroupEnv(groupSize, () -> ReasoningEnv.singleTurn(scenario));
    }

    public int groupSize() {
        return members.size();
    }

    /** Reseeds the first member, which draws the task, and starts G episodes on it. */
    public List<Observation> reset(long seed) {
        return follow(members.get(0).reset(seed));
    }

    /** Starts G episodes on the next task of the first member's generator. */
    public List<Observation> reset() {
        return follow(members.get(0).reset());
    }

    /** Starts G episodes on {@code task}. */
    public List<Observation> reset(Task task) {
        Objects.requireNonNull(task, "task");
        return members.stream().map(m -> m.reset(task)).toList();
    }

    private List<Observation> follow(Observation first) {
        var out = new ArrayList<Observation>(members.size());
        out.add(first);
        for (int i = 1; i < members.size(); i++) out.add(members.get(i).reset(first.task()));
        return out;
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

    /** Steps member {@code i} alone (in a multi-turn episode, members finish after different numbers of turns). */
    public Step step(int i, String action) {
        Objects.checkIndex(i, members.size());
        return members.get(i).step(action);
    }
}
