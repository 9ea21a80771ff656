package jgym.agents.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Where a training run stands at a checkpoint: how many RL steps are done, how many metrics and timing rows were
 * written by then, which policy folder holds the weights, and the settings the run was started with (a resume with
 * other settings is refused).
 *
 * @param rlStepsDone  RL steps completed (the SFT phase is always complete at a checkpoint)
 * @param metricsRows  rows of {@code metrics.jsonl} at the checkpoint
 * @param timingRows   rows of {@code timing.jsonl} at the checkpoint
 * @param policyDir    folder of the policy checkpoint, relative to the checkpoint folder
 * @param fingerprint  the run's settings as text; equal settings give equal text
 */
public record RunState(int rlStepsDone, long metricsRows, long timingRows, String policyDir, String fingerprint) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The file name inside the checkpoint folder. */
    public static final String FILE = "state.json";

    public RunState {
        if (rlStepsDone < 0) throw new IllegalArgumentException("rlStepsDone must be >= 0, got " + rlStepsDone);
        if (metricsRows < 0) throw new IllegalArgumentException("metricsRows must be >= 0, got " + metricsRows);
        if (timingRows < 0) throw new IllegalArgumentException("timingRows must be >= 0, got " + timingRows);
        Objects.requireNonNull(policyDir, "policyDir");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** Writes this state to {@code dir/state.json} atomically (a temporary file moved into place). */
    public void write(Path dir) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("rl_steps_done", rlStepsDone).put("metrics_rows", metricsRows).put("timing_rows", timingRows)
                .put("policy", policyDir).put("fingerprint", fingerprint);
        Path tmp = dir.resolve(FILE + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The state in {@code dir/state.json}, or null when there is none (a fresh run). */
    public static RunState read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) return null;
        JsonNode n = JSON.readTree(file.toFile());
        return new RunState(n.path("rl_steps_done").asInt(-1), n.path("metrics_rows").asLong(-1),
                n.path("timing_rows").asLong(-1), n.path("policy").asText(), n.path("fingerprint").asText());
    }
}
