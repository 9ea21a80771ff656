package jgym.scenarios.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jgym.env.DatasetException;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlDatasetTest {
    @TempDir
    Path dir;

    private ScenarioConfig config(String content) throws IOException {
        Path p = dir.resolve("d.jsonl");
        Files.writeString(p, content);
        return ScenarioConfig.defaults().withData(p);
    }

    @Test
    void defaultFieldsAreNumberedPromptAndAnswer() throws IOException {
        Scenario s = Scenarios.make("jsonl", config("""
                {"prompt": " What is 6*7? ", "answer": 42}
                {"prompt": "Half of 1?", "answer": "1/2"}
                """));
        assertEquals(2, s.size());
        assertEquals("jsonl/0", s.task(0).id());
        assertEquals("What is 6*7?", s.task(0).prompt());
        assertEquals("42", s.task(0).answer(), "a JSON number is read as its text");
        assertEquals("", s.task(0).trace());
        assertEquals("1/2", s.task(1).answer());
        assertEquals(1.0, s.rubric().evaluate(s.task(1), "<answer>0.5</answer>").total());
        assertEquals(0.0, s.rubric().evaluate(s.task(1), "<answer>0.25</answer>").total());
    }

    @Test
    void fieldMappingFromOptions() throws IOException {
        Scenario s = Scenarios.make("jsonl", config("""
                {"q": "Q one", "a": "7", "why": "3 + 4 = 7", "key": "p-1"}
                {"q": "Q two", "a": "8", "why": "2 * 4 = 8", "key": 17}
                """).withOption("prompt_field", "q").withOption("answer_field", "a")
                .withOption("trace_field", "why").withOption("id_field", "key"));
        assertEquals("p-1", s.task(0).id());
        assertEquals("17", s.task(1).id());
        assertEquals("Q two", s.task(1).prompt());
        assertEquals("2 * 4 = 8", s.task(1).trace());
        assertEquals(1.0, s.rubric().evaluate(s.task(1), s.task(1).oracleCompletion()).total());
    }

    @Test
    void aMissingMappedFieldNamesLineAndField() throws IOException {
        ScenarioConfig c = config("""
                {"q": "Q one", "a": "7"}
                {"q": "Q two", "answer": "8"}
                """).withOption("prompt_field", "q").withOption("answer_field", "a");
        var e = assertThrows(DatasetException.class, () -> Scenarios.make("jsonl", c));
        assertEquals(2, e.line());
        assertEquals("a", e.field());
        assertTrue(e.getMessage().endsWith(":2: field 'a': missing"), e.getMessage());
    }

    @Test
    void duplicateIdsAreRejected() throws IOException {
        ScenarioConfig c = config("""
                {"prompt": "A", "answer": "1", "id": "x"}
                {"prompt": "B", "answer": "2", "id": "y"}
                {"prompt": "C", "answer": "3", "id": "x"}
                """).withOption("id_field", "id");
        var e = assertThrows(DatasetException.class, () -> Scenarios.make("jsonl", c));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().endsWith("duplicate task id 'x' (first on line 1)"), e.getMessage());
    }

    @Test
    void badConfigsAreRejectedNamingTheField() throws IOException {
        var e = assertThrows(IllegalArgumentException.class, () -> Scenarios.make("jsonl", ScenarioConfig.defaults()));
        assertTrue(e.getMessage().startsWith("jsonl: data is required"), e.getMessage());
        ScenarioConfig c = config("{\"prompt\": \"A\", \"answer\": \"1\"}\n");
        e = assertThrows(IllegalArgumentException.class, () -> Scenarios.make("jsonl", c.withOption("prompt_field", " ")));
        assertTrue(e.getMessage().startsWith("prompt_field must not be blank"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Scenarios.make("jsonl", c.withOption("question_field", "q")));
        assertTrue(e.getMessage().contains("unknown option 'question_field'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Scenarios.make("jsonl", c.withLevel(2)));
        assertTrue(e.getMessage().contains("level must be in [1, 1], got 2"), e.getMessage());
    }

    @Test
    void taskIndexOutOfRangeIsRejected() throws IOException {
        Scenario s = Scenarios.make("jsonl", config("{\"prompt\": \"A\", \"answer\": \"1\"}\n"));
        var e = assertThrows(IllegalArgumentException.class, () -> s.task(1));
        assertEquals("index must be in [0, 1), got 1", e.getMessage());
    }
}
