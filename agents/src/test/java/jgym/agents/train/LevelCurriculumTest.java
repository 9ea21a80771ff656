package jgym.agents.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jgym.agents.metrics.MetricNames;
import jgym.agents.metrics.MetricsReader;
import jgym.agents.metrics.MetricsRow;
import jgym.agents.metrics.Phase;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LevelCurriculumTest {
    @TempDir
    Path dir;

    private static List<Scenario> arithmetic(int from, int to) {
        var out = new java.util.ArrayList<Scenario>();
        for (int l = from; l <= to; l++) out.add(Scenarios.make("math/arithmetic", ScenarioConfig.defaults().withLevel(l)));
        return out;
    }

    @Test
    void promotesWhenTheWindowMeanReachesTheThresholdAndStopsAtTheLastLevel() {
        var c = new LevelCurriculum(new CurriculumSpec(1, 3, 0.5), arithmetic(1, 3));
        assertEquals(1, c.level());
        assertFalse(c.record(0.2));
        assertFalse(c.record(0.6)); // window not full yet
        assertTrue(c.record(0.8));  // mean (0.2 + 0.6 + 0.8) / 3 = 0.533 >= 0.5
        assertEquals(2, c.level());
        // the window starts over after a promotion: three new steps are needed
        assertFalse(c.record(1.0));
        assertFalse(c.record(1.0));
        assertTrue(c.record(0.0));  // mean (1 + 1 + 0) / 3 = 0.667 >= 0.5
        assertEquals(3, c.level());
        for (int i = 0; i < 10; i++) assertFalse(c.record(1.0), "no level above the last");
        assertEquals(3, c.level());
        // below the threshold it stays
        var slow = new LevelCurriculum(new CurriculumSpec(1, 2, 0.9), arithmetic(1, 2));
        for (int i = 0; i < 10; i++) slow.record(0.85);
        assertEquals(1, slow.level());
    }

    @Test
    void theScenarioFollowsTheCurrentLevel() {
        var c = new LevelCurriculum(new CurriculumSpec(2, 1, 0.5), arithmetic(2, 3));
        Scenario s = c.scenario();
        assertEquals(2, s.task(0).level());
        c.record(1.0);
        assertEquals(3, s.task(0).level(), "the same scenario object draws from the new level");
    }

    @Test
    void badSpecsAreRejectedNamingTheField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CurriculumSpec(0, 5, 0.8)).getMessage().contains("from"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CurriculumSpec(1, 0, 0.8)).getMessage().contains("window"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CurriculumSpec(1, 5, 0)).getMessage().contains("promote_at"));
        var e = assertThrows(IllegalArgumentException.class, () -> new TrainConfig("math/arithmetic", 1, Map.of(), 7, 0, 1,
                Algorithm.GRPO, dir, null, List.of(), new CurriculumSpec(2, 5, 0.8)));
        assertTrue(e.getMessage().contains("curriculum from (2) must be at most level (1)"), e.getMessage());
    }

    @Test
    void aTrainingRunWithACurriculumRecordsEachStepsLevelAndResumesAtTheSameLevel() throws Exception {
        var tiny = new TrainRecipe(64, 1, 16, 2, 2, 2, 8, 1.0);
        var schedule = new TrainSchedule(4, 3e-3, 1e-3, 1, 4, 1, 1, ColdStartStop.allSteps());
        // promote_at is reached by any step that solves one task of four; window 1: promotion can follow any step
        var spec = new CurriculumSpec(1, 1, 0.25);
        var config = new TrainConfig("math/arithmetic", 2, Map.of("operands", "2", "max_operand", "9"), 7, 0, 4, Algorithm.GRPO,
                dir.resolve("run"), null, List.of(), spec);
        var quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        TrainResult full = new TrainingRun(config, tiny, schedule, Scenarios.registry(), quiet).run();
        List<MetricsRow> rows = MetricsReader.read(full.metrics());
        List<MetricsRow> rl = rows.stream().filter(r -> r.phase() == Phase.RL).toList();
        assertEquals(4, rl.size());
        // every RL row carries its level; it starts at 1 and moves up exactly after a step whose accuracy reached 0.25
        assertEquals(1.0, rl.get(0).value(MetricNames.CURRICULUM_LEVEL).orElseThrow());
        for (int i = 1; i < rl.size(); i++) {
            double before = rl.get(i - 1).value(MetricNames.CURRICULUM_LEVEL).orElseThrow();
            double accuracy = rl.get(i - 1).value(MetricNames.ACCURACY).orElseThrow();
            double expected = before < 2 && accuracy >= 0.25 ? before + 1 : before;
            assertEquals(expected, rl.get(i).value(MetricNames.CURRICULUM_LEVEL).orElseThrow(), "step " + i);
        }
        // interrupted after step 2 and resumed: the same rows, levels included
        var config2 = new TrainConfig("math/arithmetic", 2, Map.of("operands", "2", "max_operand", "9"), 7, 0, 4, Algorithm.GRPO,
                dir.resolve("resumed"), null, List.of(), spec);
        assertEquals(null, new TrainingRun(config2, tiny, schedule, Scenarios.registry(), quiet).run(2));
        TrainResult resumed = new TrainingRun(config2, tiny, schedule, Scenarios.registry(), quiet).run();
        List<MetricsRow> again = MetricsReader.read(resumed.metrics()).stream().filter(r -> r.phase() == Phase.RL).toList();
        assertEquals(rl, again);
    }
}
