package jgym.cli;

import static jgym.cli.TestScenarios.builtin;
import static jgym.cli.TestScenarios.gym;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import jgym.cli.TestScenarios.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
    @TempDir
    Path dir;

    /**
     * Golds 3, 5, 8; "correct" weight 1, "short" (at most 20 characters) weight 0.5. By hand:
     * t/0 "<answer>3</answer>" (18 chars): 1 + 0.5 = 1.5; t/1 "<answer>4</answer>": 0 + 0.5 = 0.5;
     * t/2 "I think the answer is <answer>8</answer>" (40 chars): 1 + 0 = 1.0; t/0 "no idea": 0 + 0.5 = 0.5.
     * Mean (1.5 + 0.5 + 1.0 + 0.5) / 4 = 0.875; accuracy 2 / 4 = 50%.
     */
    private Path completions() throws Exception {
        Path p = dir.resolve("completions.jsonl");
        Files.writeString(p, """
                {"task_id": "t/0", "completion": "<answer>3</answer>"}
                {"task_id": "t/1", "completion": "<answer>4</answer>"}
                {"task_id": "t/2", "completion": "I think the answer is <answer>8</answer>"}
                {"task_id": "t/0", "completion": "no idea"}
                """);
        return p;
    }

    @Test
    void rowsAndSummaryByHand() throws Exception {
        Run r = gym("score", "test/data", "--completions", completions().toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                {"task_id":"t/0","reward":1.5,"components":{"correct":1.0,"short":1.0},"reason":"right answer 3"}
                {"task_id":"t/1","reward":0.5,"components":{"correct":0.0,"short":1.0},"reason":"expected 5, got 4"}
                {"task_id":"t/2","reward":1.0,"components":{"correct":1.0,"short":0.0},"reason":"right answer 8"}
                {"task_id":"t/0","reward":0.5,"components":{"correct":0.0,"short":1.0},"reason":"no <answer> tag"}
                """, r.out());
        assertEquals("""
                test/data: 4 completions, mean reward 0.8750, accuracy 50.00% (2/4 with correct = 1)
                reasons of the first term (count, reason with numbers as N and quoted text as '...'):
                       2  right answer N
                       1  expected N, got N
                       1  no <answer> tag
                """, r.err());
    }

    @Test
    void withOutTheRowsGoToTheFileAndTheSummaryToStdout() throws Exception {
        Path out = dir.resolve("scores.jsonl");
        Run r = gym("score", "test/data", "--completions", completions().toString(), "--out", out.toString(), "--reasons", "1");
        assertEquals(0, r.code(), r.err());
        assertEquals(4, Files.readAllLines(out).size());
        assertEquals("""
                test/data: 4 completions, mean reward 0.8750, accuracy 50.00% (2/4 with correct = 1)
                reasons of the first term (count, reason with numbers as N and quoted text as '...'):
                       2  right answer N
                       2  (2 other reasons)
                """, r.out());
    }

    @Test
    void aWriteThatFailsIsAnErrorNamingThePathAndTheCauseNeverASuccessSummary() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "no /dev/full here");
        Run r = gym("score", "test/data", "--completions", completions().toString(), "--out", "/dev/full");
        assertEquals(1, r.code(), r.out());
        assertEquals("gym score: cannot write /dev/full: No space left on device\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void anOutPathThatCannotBeOpenedNamesThePathAndTheCause() throws Exception {
        Path blocker = dir.resolve("a-file");
        Files.writeString(blocker, "x");
        String bad = blocker.resolve("scores.jsonl").toString();
        Run r = gym("score", "test/data", "--completions", completions().toString(), "--out", bad);
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().startsWith("gym score: cannot open --out " + bad + ": "), r.err());
        assertTrue(r.err().strip().length() > ("gym score: cannot open --out " + bad + ": ").length(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aBadRowKeepsTheRowsBeforeItAndExits1() throws Exception {
        Path c = dir.resolve("c.jsonl");
        Files.writeString(c, """
                {"task_id": "t/0", "completion": "<answer>3</answer>"}
                {"task_id": "t/1", "completion": "<answer>5</answer>"}
                {"task_id": "t/2", "completion": 
                {"task_id": "t/2", "completion": "<answer>8</answer>"}
                """);
        Path out = dir.resolve("scores.jsonl");
        Run r = gym("score", "test/data", "--completions", c.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("gym score: bad data: " + c + ":3: malformed JSON"), r.err());
        assertEquals(2, Files.readAllLines(out).size());
    }

    @Test
    void anUnknownTaskIdOrAMissingCompletionIsBadData() throws Exception {
        Path c = dir.resolve("c.jsonl");
        Files.writeString(c, "{\"task_id\": \"t/0\", \"completion\": \"x\"}\n{\"task_id\": \"t/9\", \"completion\": \"x\"}\n");
        Run r = gym("score", "test/data", "--completions", c.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("gym score: bad data: " + c + ":2: field 'task_id': no task 't/9' in scenario test/data"), r.err());
        assertEquals(1, r.outLines().size(), "the first row was written");
        Files.writeString(c, "{\"task_id\": \"t/0\"}\n");
        r = gym("score", "test/data", "--completions", c.toString());
        assertEquals(1, r.code());
        assertEquals("gym score: bad data: " + c + ":1: field 'completion': missing\n", r.err());
    }

    @Test
    void proceduralTasksAreFoundWithTheSeedAndLevelTheyWereSampledWith() throws Exception {
        var task = new TestScenarios.Addition(11, 2).task(30);
        Path c = dir.resolve("c.jsonl");
        Files.writeString(c, "{\"task_id\": \"" + task.id() + "\", \"completion\": \"<answer>" + task.answer() + "</answer>\"}\n");
        Run r = gym("score", "test/add", "--seed", "11", "--level", "2", "--completions", c.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("test/add: 1 completions, mean reward 1.5000, accuracy 100.00% (1/1 with correct = 1)"), r.err());
        r = gym("score", "test/add", "--seed", "11", "--level", "2", "--search", "30", "--completions", c.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("(searched 30 tasks;"), r.err());
    }

    @Test
    void missingArgumentsExit2() throws Exception {
        Run r = gym("score", "test/data");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gym score: option --completions is required\nusage: gym score SCENARIO"), r.err());
        r = gym("score", "test/data", "--completions", dir.resolve("none.jsonl").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gym score: option --completions: no such file"), r.err());
    }

    @Test
    void gsm8kGoldSolutionsScoreFullMarksThroughTheCommand() throws Exception {
        Path c = dir.resolve("c.jsonl");
        Files.writeString(c, """
                {"task_id": "gsm8k/0", "completion": "Natalia sold 48/2 = <<48/2=24>>24 clips in May.\\nNatalia sold 48+24 = <<48+24=72>>72 clips altogether in April and May.\\n#### 72"}
                {"task_id": "gsm8k/1", "completion": "Weng earns 12/60 = $<<12/60=0.2>>0.2 per minute.\\n#### 11"}
                """);
        Run r = builtin("score", "gsm8k", "--completions", c.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("gsm8k: 2 completions, mean reward 0.5000, accuracy 50.00% (1/2 with correct = 1)"), r.err());
    }

    @Test
    void parquetCompletionsNeedTheSparkJob() throws Exception {
        Run r = gym("score", "test/data", "--completions", dir.resolve("completions.parquet").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--completions: Parquet is read by the Spark job: add --spark MASTER"), r.err());
    }

    @Test
    void sampledTasksScoredWithAnotherSeedFailNamingTheSeedNeverASilentZero() throws Exception {
        Run sample = builtin("sample", "math/gcd_lcm", "-n", "20", "--seed", "7", "--level", "2");
        assertEquals(0, sample.code(), sample.err());
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var rows = new StringBuilder();
        for (String line : sample.outLines()) {
            var n = mapper.readTree(line);
            rows.append(mapper.writeValueAsString(java.util.Map.of("task_id", n.get("task_id").asText(),
                    "completion", "<answer>" + n.get("answer").asText() + "</answer>"))).append('\n');
        }
        Path c = dir.resolve("c.jsonl");
        Files.writeString(c, rows.toString());
        Run wrong = builtin("score", "math/gcd_lcm", "--level", "2", "--completions", c.toString());
        assertEquals(1, wrong.code(), wrong.err());
        assertTrue(wrong.err().startsWith("gym score: bad data: " + c + ":1: field 'task_id': task 'math/gcd_lcm/2/0?seed=7' was not made"
                + " by this scenario math/gcd_lcm: seed is 7 in the id, 42 here"), wrong.err());
        Run right = builtin("score", "math/gcd_lcm", "--level", "2", "--seed", "7", "--completions", c.toString());
        assertEquals(0, right.code(), right.err());
        assertTrue(right.err().contains("accuracy 100.00% (20/20"), right.err());
    }
}
