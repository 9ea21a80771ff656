package jgym.agents.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The file chores of a run's checkpoint folder. */
public final class Folders {
    private Folders() {}

    /** Deletes {@code p} and everything under it; nothing when it does not exist. */
    public static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Deletes every {@code step-*} folder in {@code ckpt} but {@code keep}. */
    static void deleteOtherSteps(Path ckpt, String keep) throws IOException {
        try (Stream<Path> dirs = Files.list(ckpt)) {
            for (Path p : dirs.toList()) {
                String f = p.getFileName().toString();
                if (f.startsWith("step-") && !f.equals(keep)) deleteRecursively(p);
            }
        }
    }
}
