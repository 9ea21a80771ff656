package jgym.agents.train;

/**
 * An RL curriculum over a scenario's levels (reasoning-gym's, and the {@link jgym.env.Curriculum} env wrapper's rule):
 * training starts at level {@code from} and moves up one level, up to the run's own level, once the training accuracy
 * averaged over the last {@code window} RL steps reaches {@code promoteAt}. The held-out set stays at the run's level,
 * so held-out accuracy measures the target difficulty throughout.
 *
 * @param from      the first level, >= 1 and at most the run's level
 * @param window    RL steps averaged, >= 1
 * @param promoteAt mean training accuracy that promotes, in (0, 1]
 */
public record CurriculumSpec(int from, int window, double promoteAt) {
    public CurriculumSpec {
        if (from < 1) throw new IllegalArgumentException("curriculum from must be >= 1, got " + from);
        if (window < 1) throw new IllegalArgumentException("curriculum window must be >= 1, got " + window);
        if (!(promoteAt > 0 && promoteAt <= 1)) throw new IllegalArgumentException("curriculum promote_at must be in (0, 1], got " + promoteAt);
    }

    @Override
    public String toString() {
        return "curriculum(from=" + from + ", window=" + window + ", promote_at=" + promoteAt + ")";
    }
}
