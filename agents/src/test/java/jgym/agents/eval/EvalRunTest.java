package jgym.agents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jgym.agents.policy.Sample;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.policy.SamplingPolicy;
import jgym.env.DatasetException;
import jgym.env.PromptTemplate;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalRunTest {
    private static final SamplingConfig SAMPLING = new SamplingConfig(32, 1.0, 1.0, List.of());

    /** C(a, b) exactly. */
    private static BigInteger choose(int a, int b) {
        if (b < 0 || b > a) return BigInteger.ZERO;
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < b; i++) r = r.multiply(BigInteger.valueOf(a - i)).divide(BigInteger.valueOf(i + 1));
        return r;
    }

    @Test
    void passAtKIsOneMinusTheShareOfAllFailingDraws() {
        for (int n = 1; n <= 20; n++) {
            for (int c = 0; c <= n; c++) {
                for (int k = 1; k <= n; k++) {
                    double exact = 1 - new java.math.BigDecimal(choose(n - c, k))
                            .divide(new java.math.BigDecimal(choose(n, k)), java.math.MathContext.DECIMAL64).doubleValue();
                    assertEquals(exact, PassAtK.estimate(n, c, k), 1e-12, "n=" + n + " c=" + c + " k=" + k);
                }
            }
        }
        assertEquals(0.25, PassAtK.estimate(4, 1, 1), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> PassAtK.estimate(3, 1, 4));
    }

    /** {@code n} tasks with distinct prompts (the scripted policy tells them apart by prompt). */
    private static List<Task> tasks(int n) {
        Scenario s = Scenarios.make("math/arithmetic", new ScenarioConfig(7, 1, null, Map.of("operands", "2", "max_operand", "99")));
        var out = new ArrayList<Task>();
        var seen = new java.util.HashSet<String>();
        for (int i = 0; out.size() < n; i++) if (seen.add(s.task(i).prompt())) out.add(s.task(i));
        return out;
    }

    /**
     * Answers task i's sample j correctly when j < i mod 4 (so task i has i mod 4 correct samples of 4), else with
     * "wrong"; counts the prompts it is asked.
     */
    static final class Scripted implements SamplingPolicy {
        final Map<String, Task> byPrompt = new HashMap<>();
        final Map<String, Integer> index = new HashMap<>();
        final AtomicInteger asked = new AtomicInteger();
        int failAfterCalls = Integer.MAX_VALUE;
        int calls;

        Scripted(List<Task> tasks) {
            for (int i = 0; i < tasks.size(); i++) {
                byPrompt.put(tasks.get(i).prompt(), tasks.get(i));
                index.put(tasks.get(i).prompt(), i);
            }
        }

        @Override
        public List<Sample> sample(List<String> prompts, SamplingConfig config, long seed) {
            if (calls++ >= failAfterCalls) throw new IllegalStateException("killed");
            asked.addAndGet(prompts.size());
            var out = new ArrayList<Sample>();
            Map<String, Integer> seen = new HashMap<>();
            for (String p : prompts) {
                int j = seen.merge(p, 1, Integer::sum) - 1;
                int i = index.get(p);
                String answer = j < i % 4 ? byPrompt.get(p).answer() : "wrong";
                out.add(new Sample("<think>seed " + seed + "</think><answer>" + answer + "</answer>", new int[0], new float[0], false));
            }
            return out;
        }
    }

    private static EvalRun run(List<Task> tasks, int n) {
        Scenario s = Scenarios.make("math/arithmetic", ScenarioConfig.defaults());
        return new EvalRun(tasks, s.rubric(), new EvalRun.Settings(n, SAMPLING, PromptTemplate.PLAIN, 5, "test"));
    }

    @Test
    void theReportCountsCorrectSamplesPerTask() throws Exception {
        List<Task> tasks = tasks(40);
        List<EvalSample> samples = run(tasks, 4).run(new Scripted(tasks), null, null);
        assertEquals(160, samples.size());
        EvalReport r = EvalReport.of(samples, 4, List.of(1, 4));
        // i mod 4 correct of 4: pass@1 = mean(0, 1/4, 2/4, 3/4) = 3/8; pass@4 = 3/4 (every task with c >= 1);
        // maj@4: the answer "wrong" wins unless c >= 3 (c = 2 ties 2:2, broken by the first stated, the correct one).
        assertEquals(0.375, r.all().passAtK().get(0), 1e-12);
        assertEquals(0.75, r.all().passAtK().get(1), 1e-12);
        assertEquals(0.5, r.all().majority(), 1e-12);
        assertEquals(40, r.all().tasks());
        assertTrue(r.table().contains("pass@4"), r.table());
    }

    @Test
    void aResumedRunAsksOnlyUnfinishedChunksAndWritesWhatAnUninterruptedRunWrites(@TempDir Path dir) throws Exception {
        List<Task> tasks = tasks(40); // n = 4: chunks of 16 tasks, so 3 chunks
        Path whole = dir.resolve("whole.jsonl"), resumed = dir.resolve("resumed.jsonl");
        run(tasks, 4).run(new Scripted(tasks), whole, null);

        Scripted dying = new Scripted(tasks);
        dying.failAfterCalls = 1;
        assertThrows(IllegalStateException.class, () -> run(tasks, 4).run(dying, resumed, null));
        assertEquals(64, Files.readAllLines(resumed).size(), "the first chunk was written before the kill");
        Files.writeString(resumed, "{\"task_id\": \"cut", StandardOpenOption.APPEND); // a line cut by the kill

        Scripted again = new Scripted(tasks);
        run(tasks, 4).run(again, resumed, null);
        assertEquals(96, again.asked.get(), "only chunks 2 and 3 are asked again");
        assertEquals(Files.readString(whole), Files.readString(resumed));
    }

    @Test
    void aFileOfOtherSettingsIsRefusedNamingLineAndField(@TempDir Path dir) throws Exception {
        List<Task> tasks = tasks(4);
        Path out = dir.resolve("s.jsonl");
        run(tasks, 2).run(new Scripted(tasks), out, null);
        DatasetException e = assertThrows(DatasetException.class, () -> run(tasks, 3).run(new Scripted(tasks), out, null));
        assertEquals(1, e.line());
        assertEquals("run", e.field());
        String before = Files.readString(out);
        Files.writeString(out, before.replaceFirst("\"reward\":[0-9.]+", "\"reward\":\"high\""), StandardCharsets.UTF_8);
        DatasetException bad = assertThrows(DatasetException.class, () -> run(tasks, 2).run(new Scripted(tasks), out, null));
        assertEquals("reward", bad.field());
        assertEquals(1, bad.line());
    }

    /** Calls the tool until it has seen its output, then answers the gold: a two-turn episode. */
    @Test
    void aToolEpisodeFeedsTheToolsOutputBackAndScoresTheLastTurn() throws Exception {
        List<Task> tasks = tasks(3);
        Map<String, Task> byPrompt = new HashMap<>();
        for (Task t : tasks) byPrompt.put(t.prompt(), t);
        var seen = new ArrayList<String>();
        SamplingPolicy policy = (prompts, config, seed) -> {
            var out = new ArrayList<Sample>();
            for (String p : prompts) {
                seen.add(p);
                String question = p.contains("CALL") ? p.substring(0, p.indexOf("CALL")) : p;
                String text = p.contains("OUT:7") ? "<answer>" + byPrompt.get(question).answer() + "</answer>" : "CALL";
                out.add(new Sample(text, new int[0], new float[0], false));
            }
            return out;
        };
        jgym.env.Tool tool = (task, action) -> action.equals("CALL") ? java.util.Optional.of("OUT:7") : java.util.Optional.empty();
        Scenario s = Scenarios.make("math/arithmetic", ScenarioConfig.defaults());
        var settings = new EvalRun.Settings(2, SAMPLING, PromptTemplate.PLAIN, 5, "test", tool, 3);
        List<EvalSample> samples = new EvalRun(tasks, s.rubric(), settings).run(policy, null, null);
        for (EvalSample e : samples) {
            String gold = byPrompt.values().stream().filter(t -> t.id().equals(e.taskId())).findFirst().orElseThrow().answer();
            assertEquals("CALL\nOUT:7\n<answer>" + gold + "</answer>", e.completion());
            assertEquals(1, e.toolCalls());
            assertTrue(e.correct(), e.reason());
        }
        assertEquals(12, seen.size(), "6 first turns, then 6 continuations");
        assertEquals(tasks.get(0).prompt() + "CALL\nOUT:7\n", seen.get(6), "the continuation is the prompt plus the transcript");

        var noTurns = new EvalRun.Settings(1, SAMPLING, PromptTemplate.PLAIN, 5, "test", tool, 0);
        EvalSample only = new EvalRun(tasks, s.rubric(), noTurns).run(policy, null, null).get(0);
        assertEquals("CALL", only.completion(), "with no calls left the episode ends on the first completion");
        assertEquals(0, only.toolCalls());
        assertTrue(only.truncated(), "a call with no calls left ends the episode as truncated");
        assertFalse(only.correct());

        // a tool whose output states the gold answer does not make the episode correct: only the policy's last turn is scored
        jgym.env.Tool leaky = (task, action) -> action.equals("CALL")
                ? java.util.Optional.of("OUT:7 <answer>" + task.answer() + "</answer>") : java.util.Optional.empty();
        SamplingPolicy wrong = (prompts, config, seed) -> prompts.stream()
                .map(p -> new Sample(p.contains("OUT:7") ? "so that is it" : "CALL", new int[0], new float[0], false)).toList();
        for (EvalSample e : new EvalRun(tasks, s.rubric(), new EvalRun.Settings(1, SAMPLING, PromptTemplate.PLAIN, 5, "test", leaky, 2))
                .run(wrong, null, null)) {
            assertTrue(e.completion().endsWith("</answer>\nso that is it"), e.completion());
            assertFalse(e.correct(), "the gold in the tool's output is not the policy's answer: " + e.completion());
            assertEquals(1, e.toolCalls());
        }
    }

    @Test
    void votesCountOneStatedAnswerWithWhitespaceCollapsed() {
        assertEquals("3 / 4", EvalRun.voteKey("<answer> 3  /\n4 </answer>"));
        assertNull(EvalRun.voteKey("<answer>3</answer><answer>4</answer>"), "a hedge does not vote");
        assertEquals("3", EvalRun.voteKey("<answer>3</answer> and again <answer>3</answer>"));
        assertEquals("3", EvalRun.voteKey("the answer is 3"), "a stated answer votes as the grader reads it");
        assertEquals("I do not know", EvalRun.voteKey("I do not know"), "a bare last line is the answer it states");
        assertNull(EvalRun.voteKey("  \n "), "nothing stated does not vote");
        assertFalse(EvalReport.majorityCorrect(List.of()));
    }
}
