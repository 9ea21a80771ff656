package jgym.agents.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import jgym.agents.metrics.MetricsWriter;
import jgym.agents.policy.TrainablePolicy;

/**
 * The folder of a {@link TrainingRun} and what makes a run resumable: {@code metrics.jsonl}, {@code timing.jsonl},
 * {@code summary.txt}, and {@code checkpoint/} with {@code state.json} ({@link RunState}), the last {@code step-N}
 * policy and the frozen reference policy. A folder whose checkpoint was written with other settings (another
 * fingerprint) is refused rather than resumed.
 */
final class RunDirectory {
    static final String METRICS = "metrics.jsonl", TIMING = "timing.jsonl", SUMMARY = "summary.txt", CHECKPOINT = "checkpoint";
    static final String REFERENCE = "reference";

    private final Path dir;
    private final Path ckpt;
    private final String fingerprint;
    private final RunState state;

    private RunDirectory(Path dir, String fingerprint, RunState state) {
        this.dir = dir;
        this.ckpt = dir.resolve(CHECKPOINT);
        this.fingerprint = fingerprint;
        this.state = state;
    }

    /**
     * Opens (creating it if needed) the run folder {@code dir} for a run with settings {@code fingerprint}.
     *
     * @throws IllegalArgumentException if the folder holds a checkpoint of a run with other settings
     */
    static RunDirectory open(Path dir, String fingerprint) throws IOException {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Files.createDirectories(dir.resolve(CHECKPOINT));
        RunState state = RunState.read(dir.resolve(CHECKPOINT));
        if (state != null && !state.fingerprint().equals(fingerprint)) {
            throw new IllegalArgumentException("out: " + dir + " holds a checkpoint of a run with other settings ("
                    + state.fingerprint() + "); use another --out or delete it");
        }
        return new RunDirectory(dir, fingerprint, state);
    }

    /** Whether the folder holds no checkpoint: the run starts from the beginning. */
    boolean fresh() {
        return state == null;
    }

    /** RL steps done at the checkpoint (0 for a fresh run). */
    int rlStepsDone() {
        return state == null ? 0 : state.rlStepsDone();
    }

    Path path() {
        return dir;
    }

    Path metricsFile() {
        return dir.resolve(METRICS);
    }

    Path summaryFile() {
        return dir.resolve(SUMMARY);
    }

    /** The metrics writer: new for a fresh run, else the file cut back to the checkpoint's rows. */
    MetricsWriter metrics() {
        return state == null ? MetricsWriter.create(dir.resolve(METRICS)) : MetricsWriter.resume(dir.resolve(METRICS), state.metricsRows());
    }

    /** The timing writer, as {@link #metrics()}. */
    MetricsWriter timing() {
        return state == null ? MetricsWriter.create(dir.resolve(TIMING)) : MetricsWriter.resume(dir.resolve(TIMING), state.timingRows());
    }

    /** The policy of the checkpoint being resumed, read as {@code kind} reads it. */
    TrainablePolicy loadPolicy(PolicyKind kind) throws IOException {
        if (state == null) throw new IllegalStateException("a fresh run has no checkpointed policy");
        return kind.load(ckpt.resolve(state.policyDir()));
    }

    /** Saves the frozen reference policy (the KL anchor), replacing any older one. */
    void saveReference(TrainablePolicy policy) throws IOException {
        Folders.deleteRecursively(ckpt.resolve(REFERENCE));
        policy.save(ckpt.resolve(REFERENCE));
    }

    TrainablePolicy loadReference(PolicyKind kind) throws IOException {
        return kind.load(ckpt.resolve(REFERENCE));
    }

    /** Saves the policy to {@code step-N}, points state.json at it, then removes older policy folders. */
    void checkpoint(TrainablePolicy policy, int rlStepsDone, MetricsWriter metrics, MetricsWriter timing) throws IOException {
        String name = "step-" + rlStepsDone;
        Folders.deleteRecursively(ckpt.resolve(name));
        policy.save(ckpt.resolve(name));
        new RunState(rlStepsDone, metrics.rows(), timing.rows(), name, fingerprint).write(ckpt);
        Folders.deleteOtherSteps(ckpt, name);
    }

    /** The policy folder a run in {@code dir} checkpointed last (its final policy once the run is complete). */
    static Path lastPolicy(Path dir) throws IOException {
        RunState state = RunState.read(dir.resolve(CHECKPOINT));
        if (state == null) throw new IllegalArgumentException(dir + " holds no checkpoint of gym train");
        return dir.resolve(CHECKPOINT).resolve(state.policyDir());
    }
}
