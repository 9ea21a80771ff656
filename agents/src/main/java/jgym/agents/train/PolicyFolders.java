package jgym.agents.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the policy a path names: a policy folder ({@code manifest.json}), a run's {@code checkpoint/} folder or the
 * run's folder ({@code state.json} names the latest policy), a {@code gym pretrain} folder (its {@code base/}) or a
 * {@code gym pipeline} folder ({@code final.json} names the last stage's policy).
 */
public final class PolicyFolders {
    /** The file a finished pipeline writes in its folder, naming its final policy relative to that folder. */
    public static final String PIPELINE_FINAL = "final.json";

    private PolicyFolders() {}

    /**
     * The policy folder {@code path} names.
     *
     * @throws IllegalArgumentException when it names none
     */
    public static Path resolve(Path path) throws IOException {
        if (isPolicy(path)) return path;
        if (isPolicy(path.resolve(Pretraining.BASE))) return path.resolve(Pretraining.BASE); // a finished pretraining
        for (Path ckpt : new Path[] {path, path.resolve(RunDirectory.CHECKPOINT)}) {
            RunState state = RunState.read(ckpt);
            if (state != null && isPolicy(ckpt.resolve(state.policyDir()))) return ckpt.resolve(state.policyDir());
        }
        if (Files.isRegularFile(path.resolve(PIPELINE_FINAL))) {
            JsonNode n = new ObjectMapper().readTree(path.resolve(PIPELINE_FINAL).toFile());
            Path p = path.resolve(n.path("policy").asText(""));
            if (isPolicy(p)) return p;
        }
        throw new IllegalArgumentException(path + " is no policy checkpoint (no manifest.json there, nor a run's "
                + "checkpoint/state.json, a pretraining's base/ or a pipeline's " + PIPELINE_FINAL + ")");
    }

    private static boolean isPolicy(Path p) {
        return Files.isRegularFile(p.resolve("manifest.json"));
    }
}
