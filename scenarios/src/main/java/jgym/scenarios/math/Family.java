package jgym.scenarios.math;

import java.util.SplittableRandom;

/**
 * A procedural task family: turns a random stream into one problem with its oracle answer and trace.
 *
 * <p>Implementations are immutable and thread-safe; every random choice comes from {@code rng}, so the same stream
 * always gives the same problem. {@link ProceduralScenario} seeds the stream with {@code Seeds.mix(seed, index)}.
 */
@FunctionalInterface
public interface Family {
    /** A new problem drawn from {@code rng} (never null). */
    Problem generate(SplittableRandom rng);
}
