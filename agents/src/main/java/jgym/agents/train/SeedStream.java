package jgym.agents.train;

import jgym.env.Seeds;

/**
 * The named random streams of a training run, each {@code Seeds.mix(runSeed, n)} for its fixed n, so a run is
 * reproducible from its one seed and no two uses share a stream. The training scenario itself uses the run's seed.
 */
public enum SeedStream {
    /** The policy's initial weights. */
    POLICY_INIT(1),
    /** The order of SFT examples. */
    SFT_ORDER(2),
    /** Rollouts: task draws and sampling of every RL step. */
    ROLLOUTS(3),
    /** The held-out scenario, whose first tasks are the held-out set. */
    HELD_OUT(4),
    /** Decoding the held-out set at each evaluation (breaks exact ties only). */
    EVALUATION(5),
    /** The cold start's probe scenario (training prompts, never held-out ones). */
    PROBE_TASKS(6),
    /** Decoding the cold start's probe. */
    PROBE_DECODING(7);

    private final int stream;

    SeedStream(int stream) {
        this.stream = stream;
    }

    /** This stream's seed in a run seeded with {@code runSeed}. */
    public long of(long runSeed) {
        return Seeds.mix(runSeed, stream);
    }
}
