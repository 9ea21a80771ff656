package jgym.agents.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import jgym.agents.metrics.MetricsReader;
import jgym.agents.metrics.MetricsRow;
import jgym.agents.metrics.Phase;
import jgym.agents.policy.TransformerPolicy;
import jgym.agents.rl.CotLength;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PretrainingTest {
    /** A tiny model: seconds per run, not a useful base. */
    private static final TrainRecipe TINY = new TrainRecipe(80, 1, 16, 2, 2, 2, 8, 1.0);

    @TempDir
    Path dir;

    private static Pretraining.Config config(Path out, double longShare) {
        return new Pretraining.Config("math/parity", 1, Map.of(), 7, longShare, 4, 4, 3e-3, TINY, 4, 2, out, null);
    }

    private static Pretraining run(Pretraining.Config c) {
        return new Pretraining(c, Scenarios.registry(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void theCorpusMixesLongAndShortAnswersInTheAskedShare() {
        Task t = Scenarios.make("math/parity", ScenarioConfig.defaults()).task(0);
        int longs = 0;
        for (int i = 0; i < 2000; i++) {
            String c = Pretraining.completion(t, 7, i, 0.25);
            assertTrue(c.endsWith("<answer>" + t.answer() + "</answer>"), c);
            if (CotLength.isLong(c)) {
                longs++;
                assertEquals("<think>\n" + t.trace() + "\n</think>\n<answer>" + t.answer() + "</answer>", c);
            } else {
                assertEquals("<think>\n</think>\n<answer>" + t.answer() + "</answer>", c);
            }
        }
        assertEquals(500, longs, 60, "about a quarter are long");
        assertEquals(Pretraining.completion(t, 7, 3, 0.25), Pretraining.completion(t, 7, 3, 0.25), "document i is fixed by the seed");
    }

    @Test
    void aKilledRunResumesToTheSameMetricsAndBase() throws Exception {
        Pretraining.Result whole = run(config(dir.resolve("whole"), 0.5)).run();
        assertTrue(Files.exists(whole.base().resolve("manifest.json")));
        List<MetricsRow> rows = MetricsReader.read(dir.resolve("whole/metrics.jsonl"));
        assertEquals(List.of(Phase.PRETRAIN, Phase.PRETRAIN, Phase.EVAL, Phase.PRETRAIN, Phase.PRETRAIN, Phase.EVAL),
                rows.stream().map(MetricsRow::phase).toList());
        assertTrue(rows.get(2).value("long_cot_share").isPresent() && rows.get(2).value("sampled_accuracy").isPresent());

        Path cut = dir.resolve("cut");
        assertNull(run(config(cut, 0.5)).run(2)); // stops after the checkpoint of step 2
        Files.writeString(cut.resolve("metrics.jsonl"), "{\"phase\":\"pretrain\",\"step\":3,\"loss\":9.0}\n", StandardOpenOption.APPEND);
        Pretraining.Result resumed = run(config(cut, 0.5)).run();
        assertArrayEquals(Files.readAllBytes(dir.resolve("whole/metrics.jsonl")), Files.readAllBytes(cut.resolve("metrics.jsonl")));
        assertArrayEquals(Files.readAllBytes(whole.base().resolve("weights.bin")), Files.readAllBytes(resumed.base().resolve("weights.bin")));
        assertEquals(whole.greedy(), resumed.greedy());

        var other = assertThrows(IllegalArgumentException.class, () -> run(config(cut, 0.4)).run());
        assertTrue(other.getMessage().startsWith("out: " + cut + " holds a checkpoint of another run"), other.getMessage());
    }

    @Test
    void gymTrainStartsFromTheBase() throws Exception {
        Pretraining.Result base = run(config(dir.resolve("base"), 0.5)).run();
        var train = new TrainConfig("math/parity", 1, Map.of(), 7, 0, 1, Algorithm.GRPO, dir.resolve("zero"), base.base());
        var schedule = new TrainSchedule(4, 3e-3, 1e-3, 1, 4, 1, 1, ColdStartStop.allSteps());
        TrainResult r = new TrainingRun(train, TINY, schedule, Scenarios.registry(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        // no SFT: the policy before RL is the base itself, scored on the same held-out set (seed mix(7, 4)) the same way
        assertEquals(base.greedy().accuracy(), r.before().accuracy());
        assertEquals(base.greedy().meanLength(), r.before().meanLength());
        TransformerPolicy reference = TransformerPolicy.load(dir.resolve("zero/checkpoint/reference"));
        assertArrayEquals(Files.readAllBytes(base.base().resolve("weights.bin")),
                Files.readAllBytes(dir.resolve("zero/checkpoint/reference/weights.bin")), "the frozen reference is the base");
        assertEquals(TINY.contextLength(), reference.config().contextLength());
    }
}
