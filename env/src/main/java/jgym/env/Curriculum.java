package jgym.env;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Moves through difficulty levels: starts at {@code firstLevel} and goes up one level once the share of solved
 * episodes over the last {@code window} reaches {@code promoteAt}. An episode counts as solved when its total reward is
 * at least {@code solvedAt}.
 */
public final class Curriculum implements Env {
    private final IntFunction<Env> envAtLevel;
    private final int lastLevel;
    private final int window;
    private final double promoteAt;
    private final double solvedAt;
    private final ArrayDeque<Boolean> recent = new ArrayDeque<>();
    private int level;
    private Env current;
    private long seed = Seeds.DEFAULT;
    private long episodes;

    public Curriculum(IntFunction<Env> envAtLevel, int firstLevel, int lastLevel, int window, double promoteAt, double solvedAt) {
        this.envAtLevel = Objects.requireNonNull(envAtLevel, "envAtLevel");
        if (firstLevel < 1 || lastLevel < firstLevel) {
            throw new IllegalArgumentException("levels must satisfy 1 <= firstLevel <= lastLevel, got " + firstLevel + ".." + lastLevel);
        }
        if (window < 1) throw new IllegalArgumentException("window must be >= 1, got " + window);
        if (!(promoteAt > 0 && promoteAt <= 1)) throw new IllegalArgumentException("promoteAt must be in (0, 1], got " + promoteAt);
        this.lastLevel = lastLevel;
        this.window = window;
        this.promoteAt = promoteAt;
        this.solvedAt = solvedAt;
        this.level = firstLevel;
        this.current = envAtLevel.apply(firstLevel);
    }

    /** The level the next episode is drawn from. */
    public int level() {
        return level;
    }

    @Override
    public Observation reset(long seed) {
        this.seed = seed;
        this.episodes = 0;
        return reset();
    }

    @Override
    public Observation reset() {
        // Each episode gets its own mixed seed, so changing level never replays the tasks of the previous one.
        return current.reset(Seeds.mix(seed, episodes++));
    }

    /** Starts an episode on {@code task} whatever the level; its outcome still counts towards promotion. */
    @Override
    public Observation reset(Task task) {
        return current.reset(task);
    }

    @Override
    public Step step(String action) {
        Step s = current.step(action);
        if (s.done()) record(s.reward().total() >= solvedAt);
        return s;
    }

    private void record(boolean solved) {
        recent.addLast(solved);
        if (recent.size() > window) recent.removeFirst();
        if (recent.size() == window && level < lastLevel) {
            long hits = recent.stream().filter(b -> b).count();
            if (hits >= promoteAt * window) {
                level++;
                current = envAtLevel.apply(level);
                recent.clear();
            }
        }
    }
}
