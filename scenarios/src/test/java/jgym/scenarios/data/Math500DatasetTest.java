package jgym.scenarios.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jgym.env.DatasetException;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Math500DatasetTest {
    @TempDir
    Path dir;

    private static ScenarioConfig fixture() throws URISyntaxException {
        Path p = Path.of(Math500DatasetTest.class.getResource("/jgym/scenarios/data/math500.jsonl").toURI());
        return ScenarioConfig.defaults().withData(p);
    }

    private double reward(Scenario s, int index, String completion) {
        Task t = s.task(index);
        return s.rubric().evaluate(t, completion).total();
    }

    @Test
    void readsTheFieldsOfTheLayout() throws Exception {
        Scenario s = Scenarios.make("math500", fixture());
        assertEquals(5, s.size());
        Task first = s.task(0);
        assertEquals("test/algebra/1.json", first.id());
        assertEquals(2, first.level());
        assertEquals("2, 3", ((jgym.env.Gold.Answer) first.gold()).text());
        assertTrue(first.trace().contains("Factor"));
        assertEquals(1, s.task(2).level(), "'Level 1' is level 1");
        assertEquals("", s.task(4).trace(), "solution may be absent");
    }

    @Test
    void answersAreScoredByEquivalence() throws Exception {
        Scenario s = Scenarios.make("math500", fixture());
        assertEquals(1.0, reward(s, 0, "the roots are \\boxed{3, 2}"));
        assertEquals(0.0, reward(s, 0, "\\boxed{2}"));
        assertEquals(1.0, reward(s, 1, "<answer>3 \\le x \\le 4</answer>"));
        assertEquals(0.0, reward(s, 1, "<answer>(3, 4]</answer>"));
        assertEquals(1.0, reward(s, 2, "\\boxed{\\frac{1}{\\sqrt 2}}"));
        assertEquals(1.0, reward(s, 3, "\\boxed{(1, 2)}"));
        assertEquals(0.0, reward(s, 3, "\\boxed{(2, 1)}"));
        assertEquals(1.0, reward(s, 4, "\\boxed{\\text{Evelyn}}"));
        // The oracle completion of every row scores 1.
        for (int i = 0; i < s.size(); i++) assertEquals(1.0, reward(s, i, s.task(i).oracleCompletion()), s.task(i).id());
    }

    @Test
    void levelsAndSubjectsFilterRows() throws Exception {
        Scenario hard = Scenarios.make("math500", fixture().withOption("levels", "4,5"));
        assertEquals(List.of("test/algebra/4.json", "test/counting_and_probability/5.json"),
                List.of(hard.task(0).id(), hard.task(1).id()));
        Scenario algebra = Scenarios.make("math500", fixture().withOption("subjects", "algebra"));
        assertEquals(3, algebra.size());
        var e = assertThrows(IllegalArgumentException.class, () -> Scenarios.make("math500", fixture().withOption("levels", "6")));
        assertTrue(e.getMessage().contains("levels"), e.getMessage());
    }

    @Test
    void badRowsNameTheLineAndField() throws IOException {
        Path p = dir.resolve("m.jsonl");
        Files.writeString(p, "{\"problem\": \"p\", \"answer\": \"1\", \"level\": 2, \"unique_id\": \"a\"}\n"
                + "{\"problem\": \"p\", \"answer\": \"1\", \"level\": \"Level nine\", \"unique_id\": \"b\"}\n");
        var e = assertThrows(DatasetException.class, () -> Scenarios.make("math500", ScenarioConfig.defaults().withData(p)));
        assertTrue(e.getMessage().contains("m.jsonl:2: field 'level'"), e.getMessage());
        Files.writeString(p, "{\"problem\": \"p\", \"answer\": \"1\", \"unique_id\": \"a\"}\n{\"problem\": \"q\", \"answer\": \"2\", \"unique_id\": \"a\"}\n");
        e = assertThrows(DatasetException.class, () -> Scenarios.make("math500", ScenarioConfig.defaults().withData(p)));
        assertTrue(e.getMessage().contains("duplicate") && e.getMessage().contains("line 1"), e.getMessage());
        Files.writeString(p, "{\"problem\": \"p\", \"level\": 1}\n");
        e = assertThrows(DatasetException.class, () -> Scenarios.make("math500", ScenarioConfig.defaults().withData(p)));
        assertTrue(e.getMessage().contains("answer"), e.getMessage());
    }
}
