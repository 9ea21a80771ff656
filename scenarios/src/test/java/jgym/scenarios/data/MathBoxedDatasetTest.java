package jgym.scenarios.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jgym.env.DatasetException;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MathBoxedDatasetTest {
    @TempDir
    Path dir;

    private static Path fixture() throws URISyntaxException {
        return Path.of(MathBoxedDatasetTest.class.getResource("/jgym/scenarios/data/math-boxed.jsonl").toURI());
    }

    private Scenario make(String content) throws IOException {
        Path p = dir.resolve("m.jsonl");
        Files.writeString(p, content);
        return Scenarios.make("math-boxed", ScenarioConfig.defaults().withData(p));
    }

    @Test
    void goldIsTheLastBoxedContentWithNestedBraces() throws Exception {
        Scenario s = Scenarios.make("math-boxed", ScenarioConfig.defaults().withData(fixture()));
        assertEquals(5, s.size(), "four rows, a blank line, one more row");
        List<String> golds = List.of("\\frac{3}{4}", "3", "\\{1, 2\\}", "12", "5");
        for (int i = 0; i < golds.size(); i++) {
            Task t = s.task(i);
            assertEquals(golds.get(i), t.answer(), "row " + i);
            assertEquals("math-boxed/" + i, t.id());
            assertEquals(1, t.level(), "MATH's own level field is not used");
        }
        assertEquals("What is $3 \\cdot 4$?", s.task(3).prompt());
        assertEquals("Three fours make $\\fbox{12}$.", s.task(3).trace());
    }

    @Test
    void idFieldOptionUsesTheRowsOwnIds() throws Exception {
        Scenario s = Scenarios.make("math-boxed", ScenarioConfig.defaults().withData(fixture()).withOption("id_field", "unique_id"));
        assertEquals("test/algebra/3.json", s.task(2).id());
    }

    @Test
    void oracleCompletionsOfNumericRowsScoreOne() throws Exception {
        Scenario s = Scenarios.make("math-boxed", ScenarioConfig.defaults().withData(fixture()));
        for (int i : new int[] {0, 1, 3, 4}) {
            Task t = s.task(i);
            assertEquals(1.0, s.rubric().evaluate(t, t.oracleCompletion()).total(), "row " + i);
            assertEquals(0.0, s.rubric().evaluate(t, "<answer>999</answer>").total(), "row " + i);
        }
    }

    @Test
    void aSolutionWithoutABoxIsRejectedWithItsLine() throws IOException {
        var e = assertThrows(DatasetException.class, () -> make("""
                {"problem": "1+1?", "solution": "$\\\\boxed{2}$"}
                {"problem": "2+2?", "solution": "It is 4."}
                """));
        assertEquals(2, e.line());
        assertEquals("solution", e.field());
        assertTrue(e.getMessage().endsWith("has no \\boxed{...} answer"), e.getMessage());
    }

    @Test
    void anUnclosedBoxIsRejected() throws IOException {
        var e = assertThrows(DatasetException.class, () -> make("{\"problem\": \"p\", \"solution\": \"$\\\\boxed{\\\\frac{1}{2}$\"}\n"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("never closes"), e.getMessage());
    }

    @Test
    void dataIsRequiredAndOptionsAreChecked() {
        var e = assertThrows(IllegalArgumentException.class, () -> Scenarios.make("math-boxed", ScenarioConfig.defaults()));
        assertTrue(e.getMessage().startsWith("math-boxed: data is required"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Scenarios.make("math-boxed", ScenarioConfig.defaults().withOption("answer_field", "a")));
        assertTrue(e.getMessage().contains("unknown option 'answer_field'"), e.getMessage());
    }

    @Test
    void boxedScannerByHand() {
        assertEquals(Optional.of("a{b}c"), Boxed.last("x \\boxed{a{b}c} y"));
        assertEquals(Optional.of("2"), Boxed.last("\\fbox{1} then \\boxed{2}"));
        assertEquals(Optional.of("1"), Boxed.last("\\boxed{2} then \\fbox{1}"));
        assertEquals(Optional.of("\\}"), Boxed.last("\\boxed{\\}}"));
        assertEquals(Optional.empty(), Boxed.last("\\boxedtext{3} and {4}"));
        assertEquals(Optional.empty(), Boxed.last("no box"));
        assertThrows(IllegalArgumentException.class, () -> Boxed.last("\\boxed{1} \\boxed{2"));
    }
}
