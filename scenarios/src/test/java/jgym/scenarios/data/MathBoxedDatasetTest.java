package jgym.scenarios.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import jgym.rewards.AnswerExtractor;
import jgym.rewards.Boxed;
import jgym.rewards.CorrectAnswer;
import jgym.rewards.Extraction;
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
        assertEquals("What is $3 \\cdot 4$?\n\nPut the final answer in \\boxed{}.", s.task(3).prompt());
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
    void escapedBracesAreReadTheSameByTheLoaderAndTheReward() throws IOException {
        String solution = "Factor: $(x-1)(x-2) = 0$, so the set is $\\\\boxed{\\\\{1, 2\\\\}}$.";
        Scenario s = make("{\"problem\": \"Which x satisfy x^2 = 3x - 2?\", \"solution\": \"" + solution + "\"}\n");
        Task t = s.task(0);
        assertEquals("\\{1, 2\\}", t.answer());
        assertEquals(Optional.of(t.answer()), Boxed.last(t.trace()));
        // The reward reads the same box out of a completion, whether the completion is the worked solution or an answer.
        var reward = new CorrectAnswer();
        assertEquals(1.0, reward.score(t, t.trace()).valueOr(9));
        assertEquals(1.0, reward.score(t, "so $\\boxed{\\{1, 2\\}}$").valueOr(9));
        assertEquals(0.0, reward.score(t, "so $\\boxed{\\{1, 3\\}}$").valueOr(9));
        assertEquals(1.0, s.rubric().evaluate(t, t.oracleCompletion()).total());

        // A piecewise answer opens with \left\{ and has no \} partner: a brace counter that did not skip escapes
        // would never close this box in the completion, while the loader closed it.
        Task piecewise = make("{\"problem\": \"p\", \"solution\": \"$\\\\boxed{\\\\left\\\\{ 7 \\\\right.}$\"}\n").task(0);
        assertEquals("\\left\\{ 7 \\right.", piecewise.answer());
        var found = assertInstanceOf(Extraction.Found.class, AnswerExtractor.extract(piecewise.trace()));
        assertEquals(List.of(piecewise.answer()), found.answers());
    }
}
