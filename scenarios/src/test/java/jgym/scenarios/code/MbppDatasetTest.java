package jgym.scenarios.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import jgym.env.DatasetException;
import jgym.env.Gold;
import jgym.env.Rubric;
import jgym.env.Score;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import jgym.scenarios.Scenarios;
import jgym.scenarios.data.DatasetScenario;
import jgym.scenarios.data.MbppDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MbppDatasetTest {
    private static final Rubric NO_RUN = Rubric.of("correct", (t, c) -> Score.fail("not run"));

    @TempDir
    Path dir;

    @Test
    void theEmbeddedRowsLoadAsTasksWithMbppsPrompt() {
        DatasetScenario s = MbppDataset.load(ScenarioConfig.defaults(), NO_RUN);
        assertEquals(474, s.size());
        Task first = s.task(0);
        assertEquals("mbpp/1", first.id());
        assertEquals("mbpp", first.scenario());
        String expectedPrompt = "Write a function to find the minimum cost path to reach (m, n) from (0, 0) for the given cost "
                + "matrix cost[][] and a position (m, n) in cost[][]. Your code should pass these tests:\n\n"
                + "assert min_cost([[1, 2, 3], [4, 8, 2], [1, 5, 3]], 2, 2) == 8\n"
                + "assert min_cost([[2, 3, 4], [5, 9, 3], [2, 6, 4]], 2, 2) == 12\n"
                + "assert min_cost([[3, 4, 5], [6, 10, 4], [3, 7, 5]], 2, 2) == 16\n";
        assertEquals(expectedPrompt, first.prompt());
        var gold = (Gold.Tests) first.gold();
        assertEquals("python", gold.language());
        assertEquals("min_cost", gold.entryPoint());
        assertEquals(3, gold.tests().size());
        assertEquals("", gold.setup());
        assertTrue(gold.reference().startsWith("R = 3\r\nC = 3\r\ndef min_cost(cost, m, n): \r\n\ttc = "), gold.reference());
        assertEquals("mbpp/974", s.task(473).id());
    }

    @Test
    void everyEmbeddedEntryPointIsAFunctionTheReferenceDefines() {
        DatasetScenario s = MbppDataset.load(ScenarioConfig.defaults(), NO_RUN);
        for (Task t : s.tasks()) {
            var gold = (Gold.Tests) t.gold();
            assertTrue(gold.reference().contains("def " + gold.entryPoint()), t.id() + " entry point " + gold.entryPoint());
            assertTrue(gold.tests().get(0).contains(gold.entryPoint() + "("), t.id());
        }
        // task 927 keeps its setup code, which builds trees with the reference's Node class
        Task t927 = s.tasks().stream().filter(t -> t.id().equals("mbpp/927")).findFirst().orElseThrow();
        assertTrue(((Gold.Tests) t927.gold()).setup().startsWith("root = Node(1)"));
    }

    @Test
    void entryPointsAreFoundPastWrappersAndModules() {
        assertEquals("similar_elements", CodeData.entryPoint("assert set(similar_elements((3, 4), (5, 4))) == set((4,))",
                "def similar_elements(a, b):\r\n  return a"));
        assertEquals("area", CodeData.entryPoint("assert math.isclose(area(2), 12.56, rel_tol=0.001)", "import math\ndef area(r): pass"));
        assertEquals("f", CodeData.entryPoint("assert sorted(f(1)) == [1]", "class A: pass"));
        assertEquals("", CodeData.entryPoint("assert 1 == 1", ""));
    }

    @Test
    void dataOverridesTheEmbeddedRowsGzippedOrNot() throws IOException {
        String rows = row(5, "Write a function to add.", "def add(a, b):\r\n\treturn a + b", "[\"assert add(1, 2) == 3\"]", "[\"assert add(0, 0) == 0\"]") + "\n";
        Path plain = write("plain.jsonl", rows);
        Path gz = dir.resolve("rows.data");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(rows.getBytes(StandardCharsets.UTF_8));
        }
        for (Path p : List.of(plain, gz)) {
            DatasetScenario s = MbppDataset.load(ScenarioConfig.defaults().withData(p), NO_RUN);
            assertEquals(1, s.size());
            assertEquals("mbpp/5", s.task(0).id());
            assertEquals(List.of("assert add(1, 2) == 3"), ((Gold.Tests) s.task(0).gold()).tests());
        }
        DatasetScenario challenge = MbppDataset.load(ScenarioConfig.defaults().withData(plain).withOption("challenge", "true"), NO_RUN);
        assertEquals(List.of("assert add(1, 2) == 3", "assert add(0, 0) == 0"), ((Gold.Tests) challenge.task(0).gold()).tests());
    }

    @Test
    void malformedRowsNameTheFileLineAndField() throws IOException {
        String ok = row(1, "t", "def f(): pass", "[\"assert f() is None\"]", "[]");
        assertBad(ok + "\n" + row(2, "t", "def f(): pass", "\"assert f()\"", "[]"), 2, "test_list", "array");
        assertBad(ok + "\n\n" + row(2, "t", "def f(): pass", "[]", "[]"), 3, "test_list", "empty");
        assertBad(row(1, "t", "def f(): pass", "[3]", "[]"), 1, "test_list", "string");
        assertBad("{\"task_id\": 1, \"code\": \"x\", \"test_list\": [\"assert f()\"]}", 1, "text", "missing");
        assertBad(ok + "\n" + ok, 2, "task_id", "duplicate");
        assertBad(row(1, "t", "x = 1", "[\"assert 1 == 1\"]", "[]"), 1, "test_list", "calls no function");
    }

    @Test
    void optionsAreChecked() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> MbppDataset.load(ScenarioConfig.defaults().withOption("challenge", "yes"), NO_RUN));
        assertTrue(e.getMessage().contains("challenge") && e.getMessage().contains("yes"), e.getMessage());
        var u = assertThrows(IllegalArgumentException.class,
                () -> MbppDataset.load(ScenarioConfig.defaults().withOption("split", "train"), NO_RUN));
        assertTrue(u.getMessage().contains("split"), u.getMessage());
    }

    @Test
    void registeredUnderItsName() {
        assertEquals(474, Scenarios.make("mbpp", ScenarioConfig.defaults()).size());
        assertEquals(List.of("correct", "tests_passed", "format"),
                Scenarios.make("mbpp", ScenarioConfig.defaults()).rubric().terms().stream().map(Rubric.Term::name).toList());
    }

    private void assertBad(String content, long line, String field, String words) throws IOException {
        Path p = write("bad.jsonl", content);
        var e = assertThrows(DatasetException.class, () -> MbppDataset.load(ScenarioConfig.defaults().withData(p), NO_RUN));
        assertEquals(p, e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String row(int id, String text, String code, String tests, String challenge) {
        return "{\"task_id\": " + id + ", \"text\": \"" + text + "\", \"code\": \"" + code.replace("\r", "\\r").replace("\n", "\\n")
                .replace("\t", "\\t") + "\", \"test_list\": " + tests + ", \"test_setup_code\": \"\", \"challenge_test_list\": "
                + challenge + "}";
    }
}
