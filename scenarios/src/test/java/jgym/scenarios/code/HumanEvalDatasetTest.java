package jgym.scenarios.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jgym.env.DatasetException;
import jgym.env.Gold;
import jgym.env.Rubric;
import jgym.env.Score;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import jgym.scenarios.Scenarios;
import jgym.scenarios.data.DatasetScenario;
import jgym.scenarios.data.HumanEvalDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HumanEvalDatasetTest {
    private static final Rubric NO_RUN = Rubric.of("correct", (t, c) -> Score.fail("not run"));

    @TempDir
    Path dir;

    @Test
    void rowsBecomeTasksWhoseTestCallsCheckOnTheEntryPoint() throws IOException {
        Path file = HumanEvalFixture.write(dir.resolve("he.jsonl"), HumanEvalFixture.rows(), false);
        DatasetScenario s = HumanEvalDataset.load(ScenarioConfig.defaults().withData(file), NO_RUN);
        assertEquals(2, s.size());
        Task t = s.task(0);
        assertEquals("HumanEval/0", t.id());
        assertEquals(HumanEvalFixture.PROMPT_0, t.prompt());
        var gold = (Gold.Tests) t.gold();
        assertEquals("below_zero", gold.entryPoint());
        assertEquals(HumanEvalFixture.PROMPT_0, gold.setup());
        assertEquals(List.of(HumanEvalFixture.TEST_0 + "check(below_zero)\n"), gold.tests());
        assertEquals(HumanEvalFixture.PROMPT_0 + HumanEvalFixture.SOLUTION_0, gold.reference());
        assertEquals("HumanEval/1", s.task(1).id());
        assertEquals(List.of(HumanEvalFixture.TEST_1 + "check(count_even)\n"), ((Gold.Tests) s.task(1).gold()).tests());
    }

    @Test
    void gzipIsToldByItsMagicBytesNotItsName() throws IOException {
        for (String name : List.of("HumanEval.jsonl.gz", "HumanEval.jsonl")) {
            Path file = HumanEvalFixture.write(dir.resolve(name), HumanEvalFixture.rows(), true);
            assertEquals(0x1f, Files.readAllBytes(file)[0] & 0xff);
            assertEquals(2, HumanEvalDataset.load(ScenarioConfig.defaults().withData(file), NO_RUN).size());
        }
        Path plainNamedGz = HumanEvalFixture.write(dir.resolve("plain.jsonl.gz"), HumanEvalFixture.rows(), false);
        assertEquals(2, HumanEvalDataset.load(ScenarioConfig.defaults().withData(plainNamedGz), NO_RUN).size());
    }

    @Test
    void dataIsRequired() {
        var e = assertThrows(IllegalArgumentException.class, () -> Scenarios.make("humaneval", ScenarioConfig.defaults()));
        assertTrue(e.getMessage().contains("data"), e.getMessage());
    }

    @Test
    void malformedRowsNameTheFileLineAndField() throws IOException {
        var good = HumanEvalFixture.rows().get(0);
        assertBad(List.of(good, without(HumanEvalFixture.rows().get(1), "entry_point")), 2, "entry_point", "missing");
        assertBad(List.of(with(good, "entry_point", "below zero")), 1, "entry_point", "not a Python name");
        assertBad(List.of(with(good, "entry_point", "above_zero")), 1, "prompt", "above_zero");
        assertBad(List.of(with(good, "test", "assert True\n")), 1, "test", "check");
        assertBad(List.of(with(good, "canonical_solution", 3)), 1, "canonical_solution", "string");
        assertBad(List.of(good, good), 2, "task_id", "duplicate");
        Path broken = dir.resolve("broken.gz");
        byte[] gz = Files.readAllBytes(HumanEvalFixture.write(dir.resolve("ok.gz"), HumanEvalFixture.rows(), true));
        Files.write(broken, java.util.Arrays.copyOf(gz, 12));
        var e = assertThrows(DatasetException.class, () -> HumanEvalDataset.load(ScenarioConfig.defaults().withData(broken), NO_RUN));
        assertEquals(broken, e.file());
    }

    private void assertBad(List<Map<String, Object>> rows, long line, String field, String words) throws IOException {
        Path file = HumanEvalFixture.write(dir.resolve("bad.jsonl"), rows, false);
        var e = assertThrows(DatasetException.class, () -> HumanEvalDataset.load(ScenarioConfig.defaults().withData(file), NO_RUN));
        assertEquals(file, e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    private static Map<String, Object> with(Map<String, Object> row, String key, Object value) {
        var m = new java.util.LinkedHashMap<>(row);
        m.put(key, value);
        return m;
    }

    private static Map<String, Object> without(Map<String, Object> row, String key) {
        var m = new java.util.LinkedHashMap<>(row);
        m.remove(key);
        return m;
    }
}
