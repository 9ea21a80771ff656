package jgym.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jgym.agents.policy.TransformerPolicy;
import jgym.agents.train.RunState;

/**
 * Finds the policy a path names: a policy folder ({@code manifest.json}), a run's {@code checkpoint/} folder (its
 * {@code state.json} names the latest policy), or a run's folder (the one {@code gym train --out} wrote).
 */
final class Checkpoints {
    private Checkpoints() {}

    /** The policy folder {@code path} names; a UsageException naming {@code option} when there is none. */
    static Path policyDir(Path path, String option) throws IOException {
        if (Files.isRegularFile(path.resolve("manifest.json"))) return path;
        for (Path ckpt : new Path[] {path, path.resolve("checkpoint")}) {
            RunState state = RunState.read(ckpt);
            if (state != null && Files.isRegularFile(ckpt.resolve(state.policyDir()).resolve("manifest.json"))) {
                return ckpt.resolve(state.policyDir());
            }
        }
        throw new UsageException(option + ": " + path + " is no policy checkpoint (no manifest.json there, nor a run's "
                + "checkpoint/state.json)");
    }

    static TransformerPolicy load(Path path, String option) throws IOException {
        return TransformerPolicy.load(policyDir(path, option));
    }
}
