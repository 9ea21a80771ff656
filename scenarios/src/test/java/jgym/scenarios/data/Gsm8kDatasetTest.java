package jgym.scenarios.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jgym.env.DatasetException;
import jgym.env.Gold;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Gsm8kDatasetTest {
    @TempDir
    Path dir;

    /** The embedded file's {@code answer} fields, read with Jackson directly rather than through the loader. */
    private static List<String> rawAnswers() throws IOException {
        var mapper = new ObjectMapper();
        var answers = new ArrayList<String>();
        try (var in = Gsm8kDatasetTest.class.getClassLoader().getResourceAsStream(Gsm8kDataset.RESOURCE);
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode n = mapper.readTree(line);
                answers.add(n.get("answer").textValue());
            }
        }
        return answers;
    }

    @Test
    void theEmbeddedTrainSplitHasEveryRow() {
        Scenario s = Scenarios.make("gsm8k", ScenarioConfig.defaults());
        assertEquals(7473, s.size());
        assertSame(s, Scenarios.make("gsm8k", ScenarioConfig.defaults()), "the embedded split is read once");
        // another seed orders the same rows (the registry's SeededOrder), read no second time
        assertSame(Gsm8kDataset.load(ScenarioConfig.defaults()), Gsm8kDataset.load(ScenarioConfig.defaults().withSeed(7)));
        Scenario seven = Scenarios.make("gsm8k", ScenarioConfig.defaults().withSeed(7));
        assertEquals(7473, seven.size());
        assertSame(s.task(Long.parseLong(seven.task(0).id().substring("gsm8k/".length()))), seven.task(0));
    }

    @Test
    void firstRowByHand() {
        Task t = Scenarios.make("gsm8k", ScenarioConfig.defaults()).task(0);
        assertEquals("gsm8k/0", t.id());
        assertEquals("gsm8k", t.scenario());
        assertEquals(1, t.level());
        assertTrue(t.prompt().startsWith("Natalia sold clips to 48 of her friends in April"));
        assertEquals(new Gold.Answer("72"), t.gold());
        assertEquals("Natalia sold 48/2 = 24 clips in May.\nNatalia sold 48+24 = 72 clips altogether in April and May.", t.trace());
    }

    @Test
    void commasAreRemovedAndAnnotationsStripped() throws IOException {
        Path p = dir.resolve("g.jsonl");
        Files.writeString(p, """
                {"question": "Q1", "answer": "It costs 1,000 + 234 = <<1000+234=1234>>1,234 dollars.\\n#### 1,234"}
                {"question": "Q2", "answer": "The change is 3 - 8 = <<3-8=-5>>-5.\\n#### -5"}
                """);
        Scenario s = Scenarios.make("gsm8k", ScenarioConfig.defaults().withData(p));
        assertEquals(2, s.size());
        assertEquals("1234", s.task(0).answer());
        assertEquals("It costs 1,000 + 234 = 1,234 dollars.", s.task(0).trace());
        assertEquals("-5", s.task(1).answer());
        assertEquals("gsm8k/1", s.task(1).id());
    }

    @Test
    void aRowWithoutTheFinalLineNamesFileLineAndField() throws IOException {
        Path p = dir.resolve("g.jsonl");
        Files.writeString(p, """
                {"question": "Q1", "answer": "so 2.\\n#### 2"}
                {"question": "Q2", "answer": "so 3, the answer is 3"}
                """);
        var e = assertThrows(DatasetException.class, () -> Scenarios.make("gsm8k", ScenarioConfig.defaults().withData(p)));
        assertEquals(2, e.line());
        assertEquals("answer", e.field());
        assertEquals(p + ":2: field 'answer': does not end with a line '#### N'", e.getMessage());
    }

    @Test
    void aNonNumericFinalAnswerAndAMissingQuestionAreRejected() throws IOException {
        Path p = dir.resolve("g.jsonl");
        Files.writeString(p, "{\"question\": \"Q\", \"answer\": \"x\\n#### seven\"}\n");
        var e = assertThrows(DatasetException.class, () -> Scenarios.make("gsm8k", ScenarioConfig.defaults().withData(p)));
        assertEquals(p + ":1: field 'answer': the final '#### N' is not a number: 'seven'", e.getMessage());
        Files.writeString(p, "{\"answer\": \"x\\n#### 7\"}\n");
        e = assertThrows(DatasetException.class, () -> Scenarios.make("gsm8k", ScenarioConfig.defaults().withData(p)));
        assertEquals("question", e.field());
    }

    @Test
    void unknownOptionsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Scenarios.make("gsm8k", ScenarioConfig.defaults().withOption("prompt_field", "q")));
        assertTrue(e.getMessage().contains("unknown option 'prompt_field'"), e.getMessage());
    }

    /** The done-when check: every gold worked solution scores 1, and every one with N changed to N+1 scores 0. */
    @Test
    void goldSolutionsScoreOneAndShiftedOnesScoreZeroOverTheWholeTrainSplit() throws IOException {
        Scenario s = Scenarios.make("gsm8k", ScenarioConfig.defaults());
        List<String> answers = rawAnswers();
        assertEquals(s.size(), answers.size());
        Rubric rubric = s.rubric();
        double gold = 0;
        double shifted = 0;
        for (int i = 0; i < answers.size(); i++) {
            String a = answers.get(i);
            int cut = a.lastIndexOf("#### ");
            BigInteger n = new BigInteger(a.substring(cut + 5).strip().replace(",", ""));
            String wrong = a.substring(0, cut) + "#### " + n.add(BigInteger.ONE);
            Task t = s.task(i);
            gold += rubric.evaluate(t, a).total();
            shifted += rubric.evaluate(t, wrong).total();
        }
        assertEquals(answers.size(), gold, 0.0, "every gold solution scores 1");
        assertEquals(0.0, shifted, 0.0, "every solution with N+1 scores 0");
    }

    @Test
    void theOracleCompletionOfEveryRowScoresOne() {
        Scenario s = Scenarios.make("gsm8k", ScenarioConfig.defaults());
        long wrong = 0;
        for (long i = 0; i < s.size(); i++) {
            Task t = s.task(i);
            if (s.rubric().evaluate(t, t.oracleCompletion()).total() != 1.0) wrong++;
        }
        assertEquals(0, wrong);
    }
}
