package jgym.agents.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a training run achieved.
 *
 * @param before  held-out score before RL (after the SFT cold start, or of the untrained policy without SFT)
 * @param after   held-out score after the last RL step
 * @param seconds wall-clock seconds of this invocation (a resumed run counts only its own part)
 * @param metrics the metrics file
 * @param plots   the PNG plots written
 * @param summary the text summary file
 */
public record TrainResult(HeldOutScore before, HeldOutScore after, double seconds, Path metrics, List<Path> plots,
                          Path summary) {
    public TrainResult {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(metrics, "metrics");
        plots = List.copyOf(plots);
        Objects.requireNonNull(summary, "summary");
    }

    /** Held-out accuracy gained by RL, in percentage points. */
    public double gainPoints() {
        return 100 * (after.accuracy() - before.accuracy());
    }
}
