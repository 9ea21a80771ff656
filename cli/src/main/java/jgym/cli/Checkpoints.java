package jgym.cli;

import java.io.IOException;
import java.nio.file.Path;
import jgym.agents.policy.TransformerPolicy;
import jgym.agents.train.PolicyFolders;

/** The policy a command-line path names ({@link PolicyFolders}), with usage errors naming the option. */
final class Checkpoints {
    private Checkpoints() {}

    /** The policy folder {@code path} names; a UsageException naming {@code option} when there is none. */
    static Path policyDir(Path path, String option) throws IOException {
        try {
            return PolicyFolders.resolve(path);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    static TransformerPolicy load(Path path, String option) throws IOException {
        return TransformerPolicy.load(policyDir(path, option));
    }
}
