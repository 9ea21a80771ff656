package jgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Argument handling of {@code gym train}; the pipeline itself is exercised by the agents module's TrainingRunTest. */
class TrainCommandTest {
    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(List.of(new TrainCommand()), List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownAlgorithmIsAUsageError() {
        Result r = run("train", "--algo", "dpo");
        assertEquals(Command.USAGE, r.code());
        assertTrue(r.err().contains("algo must be one of grpo, dapo, dr_grpo, bnpo, ppo, rloo, got 'dpo'"), r.err());
    }

    @Test
    void noSftAndSftStepsContradict() {
        Result r = run("train", "--no-sft", "--sft-steps", "5");
        assertEquals(Command.USAGE, r.code());
        assertTrue(r.err().contains("--no-sft and --sft-steps"), r.err());
    }

    @Test
    void anUnknownScenarioIsSuggestedAgainst() {
        Result r = run("train", "--scenario", "math/arithmetik");
        assertEquals(Command.USAGE, r.code());
        assertTrue(r.err().contains("math/arithmetic"), r.err());
    }

    @Test
    void helpPrintsTheDefaults() {
        Result r = run("train", "--help");
        assertEquals(Command.OK, r.code());
        assertTrue(r.out().contains("--algo grpo|dapo|dr_grpo|bnpo|ppo|rloo") && r.out().contains("math/modular"), r.out());
    }

    @Test
    void toolsAreNamedAndMaxTurnsNeedsThem() {
        Result js = run("train", "--tools", "js");
        assertEquals(Command.USAGE, js.code());
        assertTrue(js.err().contains("--tools: the one tool is python, got js"), js.err());
        Result turns = run("train", "--max-turns", "2");
        assertEquals(Command.USAGE, turns.code());
        assertTrue(turns.err().contains("--max-turns needs --tools python"), turns.err());
    }

    @Test
    void partitionsNeedSparkAndSparkNeedsTheModule() throws Exception {
        Result partitions = run("train", "--partitions", "2");
        assertEquals(Command.USAGE, partitions.code());
        assertTrue(partitions.err().contains("--partitions needs --spark MASTER"), partitions.err());
        java.nio.file.Path out = java.nio.file.Files.createTempDirectory("train-spark");
        Result spark = run("train", "--spark", "local[2]", "--sft-steps", "1", "--steps", "1", "--heldout", "2", "--out", out.resolve("run").toString());
        assertEquals(Command.USAGE, spark.code(), spark.err());
        assertTrue(spark.err().contains("--spark needs the spark module on the classpath"), spark.err());
    }
}
