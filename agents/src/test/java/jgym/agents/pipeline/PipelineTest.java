package jgym.agents.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jgym.agents.metrics.MetricsReader;
import jgym.agents.metrics.MetricsRow;
import jgym.agents.metrics.Phase;
import jgym.agents.train.PolicyFolders;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
    @TempDir
    Path dir;

    /** A tiny model on 4-bit parity: seconds per stage. The pretraining teaches the answer format, so samples are scored. */
    private static final String HEAD = """
            name: tiny
            seed: 3
            scenario: math/parity
            level: 1
            options: {trace: carry}
            max_tokens: 40
            heldout: 8
            model: {layers: 1, d_model: 32, heads: 2, context: 64}
            stages:
              - pretrain: {long_share: 0.0, steps: 60, batch: 16, lr: 1.0e-2}
            """;
    private static final String RL = "  - rl: {algo: grpo, steps: 2, group_size: 2, groups: 2}\n";
    private static final String REJECTION = "  - rejection_sft: {tasks: 8, samples: 2, steps: 2, batch: 4}\n";

    private record Ran(List<Pipeline.StageRecord> records, String printed) {}

    private static Ran run(String yaml, Path out, int stopBefore) throws Exception {
        var bytes = new ByteArrayOutputStream();
        var pipeline = new Pipeline(PipelineSpec.parse(yaml, "test.yaml", false), out, Scenarios.registry(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Ran(pipeline.run(stopBefore), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void stagesRunInOrderEachFromThePolicyBeforeIt() throws Exception {
        Ran r = run(HEAD + RL.replace("groups: 2}", "groups: 2, level: 2}") + REJECTION, dir, Integer.MAX_VALUE);
        assertTrue(r.printed().contains("gym train: math/parity level 2, seed 3, 0 SFT + 2 grpo steps"), "a stage's own level: " + r.printed());
        assertTrue(r.printed().contains("gym pretrain: math/parity level 1,"), r.printed());
        assertEquals(3, r.records().size());
        assertEquals(List.of("1-pretrain/base", "2-rl/checkpoint/step-2", "3-rejection_sft/policy"),
                r.records().stream().map(Pipeline.StageRecord::policy).toList());
        assertEquals(dir.resolve("3-rejection_sft/policy"), PolicyFolders.resolve(dir), "final.json names the last policy");
        // the RL stage started from the pretrained base: its reference is that base, byte for byte
        assertArrayEquals(Files.readAllBytes(dir.resolve("1-pretrain/base/weights.bin")),
                Files.readAllBytes(dir.resolve("2-rl/checkpoint/reference/weights.bin")));
        List<MetricsRow> rl = MetricsReader.read(dir.resolve("2-rl/metrics.jsonl"));
        assertEquals(2, rl.stream().filter(m -> m.phase() == Phase.RL).count());
        assertTrue(rl.stream().noneMatch(m -> m.phase() == Phase.SFT), "no SFT inside an rl stage");
        List<MetricsRow> sft = MetricsReader.read(dir.resolve("3-rejection_sft/metrics.jsonl"));
        assertEquals(2, sft.size());
        String summary = Files.readString(dir.resolve("summary.txt"));
        assertTrue(summary.contains("1-pretrain") && summary.contains("2-rl") && summary.contains("3-rejection_sft"), summary);
        assertTrue(r.printed().contains("3-rejection_sft: rejection sampling kept "), r.printed());
        assertTrue(summary.contains("from the base (after stage 1) to the end: held-out accuracy "), summary);
        for (String png : List.of("pipeline.png", "pipeline_length.png", "1-pretrain/pretrain_loss.png", "2-rl/reward.png")) {
            assertTrue(Files.size(dir.resolve(png)) > 1000, png);
        }
    }

    @Test
    void aTeacherNamedByItsPipelineFolderDistillsIntoAnotherPolicy() throws Exception {
        Path teacher = dir.resolve("teacher");
        run(HEAD + RL, teacher, Integer.MAX_VALUE);
        String student = HEAD.replace("name: tiny", "name: student\ninit: " + dir.resolve("teacher/1-pretrain"))
                .replaceAll("(?s)stages:.*", "stages:\n  - rejection_sft: {tasks: 8, samples: 2, steps: 2, batch: 4, teacher: "
                        + teacher + "}\n");
        Ran r = run(student, dir.resolve("student"), Integer.MAX_VALUE);
        assertTrue(r.printed().contains("start: " + dir.resolve("teacher/1-pretrain/base") + ": held-out greedy"), r.printed());
        assertTrue(r.printed().contains("1-rejection_sft: teacher " + teacher + " kept "), r.printed());
        assertTrue(r.printed().contains("from the init policy to the end: "), r.printed());
    }

    @Test
    void aPipelineStoppedBetweenStagesResumesAtTheNextStageAndWritesWhatAnUninterruptedOneWrites() throws Exception {
        Path whole = dir.resolve("whole"), cut = dir.resolve("cut");
        run(HEAD + RL, whole, Integer.MAX_VALUE);
        run(HEAD + RL, cut, 1); // killed after stage 1
        assertFalse(Files.exists(cut.resolve("2-rl")));
        Ran resumed = run(HEAD + RL, cut, Integer.MAX_VALUE);
        assertTrue(resumed.printed().contains("stage 1 (pretrain): done, skipped"), resumed.printed());
        assertFalse(resumed.printed().contains("gym pretrain:"), "the finished stage does not run again");
        for (String f : List.of("1-pretrain/metrics.jsonl", "2-rl/metrics.jsonl", "2-rl/stage.json", "summary.txt")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(cut.resolve(f)), f);
        }

        // a stage appended to a finished pipeline runs alone
        Ran extended = run(HEAD + RL + REJECTION, cut, Integer.MAX_VALUE);
        assertTrue(extended.printed().contains("stage 2 (rl): done, skipped"), extended.printed());
        assertTrue(Files.exists(cut.resolve("3-rejection_sft/stage.json")));

        // a finished stage whose settings changed is refused: the stages after it depend on it
        var e = assertThrows(IllegalArgumentException.class, () -> run(HEAD.replace("steps: 60", "steps: 61") + RL, cut,
                Integer.MAX_VALUE));
        assertEquals("out: " + cut + ": stage 1 (pretrain) finished with other settings than the pipeline's now; use another "
                + "--out, or delete " + cut.resolve("1-pretrain") + " and the stages after it", e.getMessage());
    }
}
