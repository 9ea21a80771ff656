package jgym.env;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a scenario's task by its id. A dataset (finite size) is indexed whole on creation; a procedural scenario is
 * scanned lazily from index 0, at most {@code searchLimit} indices, remembering every id it has seen. Thread-safe.
 */
public final class TaskLookup {
    private final Scenario scenario;
    private final long limit;
    private final Map<String, Task> byId = new HashMap<>();
    private long scanned;
    /** The id of task 0, whose tag ({@link TaskTag}) every id of this scenario has; null for an empty scenario. */
    private final String sampleId;

    /**
     * @param searchLimit how many indices of a procedural scenario to scan at most, 1 or more
     * @throws GymException when a dataset holds two tasks with one id
     */
    public TaskLookup(Scenario scenario, long searchLimit) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        if (searchLimit < 1) throw new IllegalArgumentException("searchLimit must be >= 1, got " + searchLimit);
        this.limit = Math.min(scenario.size(), searchLimit);
        this.sampleId = scenario.size() > 0 ? scenario.task(0).id() : null;
        if (scenario.size() != Long.MAX_VALUE) {
            while (scanned < scenario.size()) next();
        }
    }

    /** How many indices may be searched (the whole dataset, or the procedural search limit). */
    public long limit() {
        return limit;
    }

    /**
     * What to say when {@link #find} comes back empty, the same wherever tasks are looked up (gym score, Spark, the
     * server): {@code no task 'ID' in scenario NAME (searched N tasks HINT)}.
     *
     * @param hint what the caller can change to find it, e.g. {@code "; give the --seed ..."}
     */
    public String notFound(String id, String hint) {
        String mismatch = sampleId == null ? null : TaskTag.mismatch(id, sampleId);
        if (mismatch != null) {
            return "task '" + id + "' was not made by this scenario " + scenario.name() + ": " + mismatch + " (score with the"
                    + " seed, level and options that made it)";
        }
        return "no task '" + id + "' in scenario " + scenario.name() + " (searched " + limit + " tasks" + hint + ")";
    }

    /** The task called {@code id}, or empty when none of the first {@link #limit()} tasks has it. */
    public synchronized Optional<Task> find(String id) {
        Task t = byId.get(id);
        if (t == null && sampleId != null && TaskTag.mismatch(id, sampleId) != null) return Optional.empty(); // no scan
        while (t == null && scanned < limit) {
            Task next = next();
            if (next.id().equals(id)) t = next;
        }
        return Optional.ofNullable(t);
    }

    private Task next() {
        Task t = scenario.task(scanned);
        Task before = byId.putIfAbsent(t.id(), t);
        if (before != null && scenario.size() != Long.MAX_VALUE) {
            throw new GymException(scenario.name() + ": task id '" + t.id() + "' is used by two tasks (index " + scanned + ")");
        }
        scanned++;
        return t;
    }
}
