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
import jgym.scenarios.Scenarios;
import jgym.agents.rl.AdvantageScaling;
import jgym.agents.rl.GrpoConfig;
import jgym.agents.rl.LossAggregation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real pipeline for a few tiny steps: files, reproducibility from the seed, and resume after a kill. */
class TrainingRunTest {
    /** A tiny model and batch: seconds per run, not a useful policy. */
    private static final TrainRecipe TINY = new TrainRecipe(64, 1, 16, 2, 2, 2, 8, 1.0);
    private static final TrainSchedule SCHEDULE = new TrainSchedule(4, 3e-3, 1e-3, 2, 4, 1, 1, ColdStartStop.allSteps());

    @TempDir
    Path dir;

    private static TrainingRun run(Path out, Algorithm algo) {
        return run(out, algo, SCHEDULE);
    }

    private static TrainingRun run(Path out, Algorithm algo, TrainSchedule schedule) {
        var config = new TrainConfig("math/arithmetic", 1, Map.of("operands", "2", "max_operand", "9"), 7, 2, 3, algo, out);
        return new TrainingRun(config, TINY, schedule, Scenarios.registry(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void theColdStartStopsAtTheFirstProbeThatReachesTheStopAccuracy() throws Exception {
        // stop accuracy 0: every probe reaches it, so SFT ends at the first probe, after PROBE_EVERY steps
        var stopAtOnce = new TrainSchedule(4, 3e-3, 1e-3, 2, 4, 1, 1, ColdStartStop.atAccuracy(0.0));
        var config = new TrainConfig("math/arithmetic", 1, Map.of("operands", "2", "max_operand", "9"), 7,
                TrainingRun.PROBE_EVERY + 3, 1, Algorithm.GRPO, dir.resolve("stop"));
        var stopped = new TrainingRun(config, TINY, stopAtOnce, Scenarios.registry(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        List<MetricsRow> rows = MetricsReader.read(stopped.metrics());
        assertEquals(TrainingRun.PROBE_EVERY, rows.stream().filter(r -> r.phase() == Phase.SFT).count());
        assertEquals(List.of(Phase.SFT, Phase.EVAL, Phase.RL, Phase.EVAL),
                rows.subList(TrainingRun.PROBE_EVERY - 1, rows.size()).stream().map(MetricsRow::phase).toList());
        // the probe is written on the last SFT row of its chunk only
        for (int i = 0; i < TrainingRun.PROBE_EVERY; i++) {
            assertEquals(i == TrainingRun.PROBE_EVERY - 1, rows.get(i).value(StepRows.PROBE_ACCURACY).isPresent(), "row " + i);
        }
        double probe = rows.get(TrainingRun.PROBE_EVERY - 1).value(StepRows.PROBE_ACCURACY).orElseThrow();
        assertTrue(probe >= 0 && probe <= 1, "probe accuracy " + probe);

        // with every step asked for, both SFT steps run, and no probe is scored
        List<MetricsRow> all = MetricsReader.read(run(dir.resolve("all"), Algorithm.GRPO).run().metrics());
        assertEquals(2, all.stream().filter(r -> r.phase() == Phase.SFT).count());
        assertTrue(all.stream().noneMatch(r -> r.value(StepRows.PROBE_ACCURACY).isPresent()));

        for (double bad : new double[] {-0.1, 1.5, Double.NaN}) {
            var e = assertThrows(IllegalArgumentException.class, () -> ColdStartStop.atAccuracy(bad));
            assertTrue(e.getMessage().startsWith("stop accuracy must be in [0, 1]"), e.getMessage());
        }
    }

    @Test
    void writesMetricsPlotsSummaryAndCheckpointAndTheSameSeedGivesTheSameBytes() throws Exception {
        TrainResult a = run(dir.resolve("a"), Algorithm.GRPO).run();
        List<MetricsRow> rows = MetricsReader.read(a.metrics());
        // 2 SFT steps, the evaluation before RL, then 3 RL steps each followed by an evaluation (evalEvery = 1)
        assertEquals(List.of(Phase.SFT, Phase.SFT, Phase.EVAL, Phase.RL, Phase.EVAL, Phase.RL, Phase.EVAL, Phase.RL, Phase.EVAL),
                rows.stream().map(MetricsRow::phase).toList());
        assertTrue(rows.get(3).value("reward_mean").isPresent() && rows.get(3).value("kl").isPresent(), rows.get(3).toString());
        // every diagnostic the trainer computes is written
        for (String m : List.of("pg_loss", "approx_kl", "clip_fraction", "clip_fraction_low", "clip_fraction_high", "dropped_groups",
                "sample_rounds", "trained_groups", "entropy", "loss")) {
            assertTrue(rows.get(3).value(m).isPresent(), m + " missing from " + rows.get(3));
        }
        assertTrue(Files.exists(dir.resolve("a/reward.png")) && Files.exists(dir.resolve("a/sft_loss.png")));
        assertTrue(Files.readString(a.summary()).contains("held-out accuracy"));
        assertTrue(Files.exists(dir.resolve("a/checkpoint/state.json")) && Files.exists(dir.resolve("a/checkpoint/step-3/weights.bin")));
        assertEquals(4, a.before().tasks());
        // timing.jsonl splits every RL step into sampling, scoring and the rest
        for (MetricsRow t : MetricsReader.read(dir.resolve("a/timing.jsonl"))) {
            if (t.phase() != Phase.RL) continue;
            double total = t.value("seconds").orElseThrow(), sampling = t.value("sampling_seconds").orElseThrow(),
                    scoring = t.value("scoring_seconds").orElseThrow();
            assertTrue(sampling > 0 && scoring > 0 && sampling + scoring <= total, t.toString());
            assertEquals(scoring / total, t.value("scoring_share").orElseThrow(), 1e-9);
        }

        run(dir.resolve("b"), Algorithm.GRPO).run();
        assertEquals(-1L, Files.mismatch(dir.resolve("a/metrics.jsonl"), dir.resolve("b/metrics.jsonl")));
    }

    /** Every GRPO variant runs from gym train, each with its own objective (so the same seed gives other updates). */
    @Test
    void everyGrpoVariantTrainsAndDapoReportsItsRounds() throws Exception {
        for (Algorithm algo : List.of(Algorithm.GRPO, Algorithm.DAPO, Algorithm.DR_GRPO, Algorithm.BNPO)) {
            List<MetricsRow> rows = MetricsReader.read(run(dir.resolve(algo.flag()), algo).run().metrics());
            List<MetricsRow> rl = rows.stream().filter(r -> r.phase() == Phase.RL).toList();
            assertEquals(3, rl.size(), algo.flag());
            boolean hasKl = algo == Algorithm.GRPO || algo == Algorithm.BNPO;
            assertTrue(rl.stream().allMatch(r -> r.value("kl").isPresent() == hasKl || r.value("loss").isEmpty()), algo + ": " + rl);
            assertTrue(rl.stream().allMatch(r -> r.value("sample_rounds").orElseThrow() >= 1), rl.toString());
        }
        GrpoConfig bnpo = TrainingRun.grpoVariant(Algorithm.BNPO, 8), dr = TrainingRun.grpoVariant(Algorithm.DR_GRPO, 8);
        assertEquals(LossAggregation.DAPO, bnpo.aggregation(), "BNPO: GRPO with a token mean over the minibatch");
        assertEquals(0.04, bnpo.beta());
        assertEquals(LossAggregation.drGrpo(8), dr.aggregation());
        assertEquals(AdvantageScaling.NONE, dr.scaling());
        assertTrue(TrainingRun.grpoVariant(Algorithm.DAPO, 8).dynamicSampling());
        assertEquals(GrpoConfig.grpo(), TrainingRun.grpoVariant(Algorithm.GRPO, 8));
    }

    @Test
    void aKilledRunResumesToTheSameMetricsAsAnUninterruptedOne() throws Exception {
        run(dir.resolve("whole"), Algorithm.RLOO).run();

        Path cut = dir.resolve("cut");
        assertNull(run(cut, Algorithm.RLOO).run(1)); // stops right after the checkpoint of RL step 1
        // a row the dying run wrote after its checkpoint: the resume must drop it
        Files.writeString(cut.resolve("metrics.jsonl"), "{\"phase\":\"rl\",\"step\":1,\"reward_mean\":9.0}\n", StandardOpenOption.APPEND);
        TrainResult resumed = run(cut, Algorithm.RLOO).run();

        assertArrayEquals(Files.readAllBytes(dir.resolve("whole/metrics.jsonl")), Files.readAllBytes(resumed.metrics()));
    }

    @Test
    void aCheckpointOfOtherSettingsIsNotResumed() throws Exception {
        Path out = dir.resolve("x");
        assertNull(run(out, Algorithm.GRPO).run(1));
        var e = assertThrows(IllegalArgumentException.class, () -> run(out, Algorithm.RLOO).run());
        assertTrue(e.getMessage().startsWith("out:"), e.getMessage());
    }

    /** The run works on any TrainablePolicy: here the test suite's bigram table, made and checkpointed through PolicyKind. */
    @Test
    void aRunTrainsAndCheckpointsAnyKindOfTrainablePolicy() throws Exception {
        var made = new java.util.ArrayList<jgym.agents.rl.BigramPolicy>();
        PolicyKind bigram = new PolicyKind() {
            @Override
            public jgym.agents.policy.TrainablePolicy create(TrainRecipe recipe, List<String> corpus, double learningRate, long seed) {
                var chars = new java.util.TreeSet<Character>();
                for (String text : corpus) for (char c : text.toCharArray()) chars.add(c);
                for (char c : "<think>\n</answer>".toCharArray()) chars.add(c);
                var alphabet = new StringBuilder();
                for (char c : chars) alphabet.append(c);
                var policy = new jgym.agents.rl.BigramPolicy(new jgym.agents.rl.AlphabetTokenizer(alphabet.toString()), learningRate, false);
                made.add(policy);
                return policy;
            }

            @Override
            public jgym.agents.policy.TrainablePolicy load(Path dir) {
                throw new UnsupportedOperationException("this run is not resumed");
            }
        };
        var config = new TrainConfig("math/arithmetic", 1, Map.of("operands", "2", "max_operand", "9"), 7, 2, 2, Algorithm.GRPO,
                dir.resolve("bigram"));
        TrainResult r = new TrainingRun(config, TINY, SCHEDULE, Scenarios.registry(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).withPolicyKind(bigram).run();
        assertEquals(1, made.size(), "one policy made by the kind");
        List<MetricsRow> rows = MetricsReader.read(r.metrics());
        assertEquals(2, rows.stream().filter(m -> m.phase() == Phase.SFT).count());
        assertEquals(2, rows.stream().filter(m -> m.phase() == Phase.RL).count());
        Path last = TrainingRun.lastPolicy(dir.resolve("bigram"));
        assertTrue(Files.exists(last.resolve("bigram.txt")), "checkpointed through TrainablePolicy.save: " + last);
    }
}
