package jgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Argument handling of {@code gym pipeline}; the stages themselves run in the agents module's PipelineTest. */
class PipelineCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(List.of(new PipelineCommand()), List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void showPrintsAPresetThatReadsBackAsAFile() throws Exception {
        Result r = run("pipeline", "r1", "--show");
        assertEquals(Command.OK, r.code(), r.err());
        assertTrue(r.out().contains("name: r1\n") && r.out().contains("- rejection_sft:"), r.out());
        Path copy = dir.resolve("mine.yaml");
        Files.writeString(copy, r.out().replace("steps: 3000", "steps: 0"));
        Result bad = run("pipeline", copy.toString());
        assertEquals(Command.USAGE, bad.code());
        int line = 1 + (int) r.out().lines().takeWhile(l -> !l.contains("steps: 3000")).count();
        assertTrue(bad.err().startsWith("gym pipeline: " + copy + ": line " + line + ", field stages[0].pretrain.steps: steps must be >= 1, got 0\n"),
                bad.err());
        assertFalse(bad.err().contains("Exception"), "no stack trace for a user's mistake");
    }

    @Test
    void aMissingFileOrArgumentIsAUsageError() {
        Result none = run("pipeline");
        assertEquals(Command.USAGE, none.code());
        assertTrue(none.err().contains("missing the pipeline: a YAML or JSON file, or a preset (r1-zero, r1)"), none.err());
        Result missing = run("pipeline", dir.resolve("nope.yaml").toString());
        assertEquals(Command.USAGE, missing.code());
        assertTrue(missing.err().startsWith("gym pipeline: " + dir.resolve("nope.yaml") + ": no such file"), missing.err());
    }

    @Test
    void scenarioMistakesAreNamedByFileAndFieldBeforeAnythingRuns() throws Exception {
        Path f = dir.resolve("p.yaml");
        Files.writeString(f, "name: x\nscenario: math/parity\nlevel: 2\noptions: {trace: spiral}\nstages:\n  - rl: {steps: 1}\n");
        Result options = run("pipeline", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(Command.USAGE, options.code());
        assertTrue(options.err().startsWith("gym pipeline: " + f + ": field options: math/parity: option trace must be running or carry, got spiral\n"),
                options.err());

        Files.writeString(f, "name: x\nscenario: math/parity\nlevel: 2\nstages:\n  - sft: {}\n  - rl: {steps: 1, level: 9}\n");
        Result level = run("pipeline", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(Command.USAGE, level.code());
        assertTrue(level.err().startsWith("gym pipeline: " + f + ": field stages[1].rl: "), level.err());

        Files.writeString(f, "name: x\nscenario: math/parity\nstages:\n  - rl: {steps: 1}\n"); // level 1: 16 distinct 4-bit prompts
        Result heldout = run("pipeline", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(Command.USAGE, heldout.code());
        assertTrue(heldout.err().startsWith("gym pipeline: " + f + ": field heldout: held-out set: scenario math/parity gave only 16 "
                + "distinct prompts"), heldout.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing ran");
    }
}
