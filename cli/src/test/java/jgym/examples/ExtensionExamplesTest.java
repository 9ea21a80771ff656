package jgym.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jgym.env.Gold;
import jgym.env.GroupEnv;
import jgym.env.Observation;
import jgym.env.Reward;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.ScenarioRegistry;
import jgym.env.Score;
import jgym.env.Seeds;
import jgym.env.Step;
import jgym.env.Task;
import jgym.rewards.Rubrics;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.Test;

/** The extension examples the README quotes; if these stop compiling or passing, the README is wrong. */
class ExtensionExamplesTest {

    // --- README example 1: a custom scenario -------------------------------------------------------------
    /** "What is a squared?" with a from the seed: a task family in a dozen lines. */
    record Squares(long seed, int maxBase) implements Scenario {
        public String name() { return "my/squares"; }
        public long size() { return Long.MAX_VALUE; }                 // procedural: any index is a task
        public Rubric rubric() { return Rubrics.math(); }             // "correct" pays, "format" is logged
        public Task task(long index) {
            var rng = new SplittableRandom(Seeds.mix(seed, index));  // never seed + index
            int a = 2 + rng.nextInt(maxBase - 1);
            return new Task("my/squares/" + index, name(), 1, "What is " + a + " squared?",
                    new Gold.Answer(Integer.toString(a * a)), a + " * " + a + " = " + a * a);
        }
    }

    @Test
    void customScenario() {
        ScenarioRegistry registry = Scenarios.builtin();
        registry.register("my/squares", "squares of small numbers", 1, config -> new Squares(config.seed(), 30));
        Scenario squares = registry.make("my/squares", ScenarioConfig.defaults().withSeed(7));

        Task task = squares.task(0);
        assertEquals(1.0, squares.rubric().evaluate(task, task.oracleCompletion()).total());
        assertEquals(0.0, squares.rubric().evaluate(task, "<think>no idea</think><answer>5</answer>").total());
        assertEquals(task, registry.make("my/squares", ScenarioConfig.defaults().withSeed(7)).task(0));
    }

    // --- README example 2: a custom reward -----------------------------------------------------------------
    /** Pays for showing work: 1 if the reasoning inside think has at least two lines. */
    static final Reward SHOWS_WORK = (task, completion) -> {
        int open = completion.indexOf("<think>"), close = completion.indexOf("</think>");
        if (open < 0 || close < open) return Score.fail("no <think> block");
        long lines = completion.substring(open + 7, close).strip().lines().count();
        return lines >= 2 ? Score.pass(lines + " lines of work") : Score.fail("only " + lines + " line of work");
    };

    @Test
    void customReward() {
        Scenario arithmetic = Scenarios.make("math/arithmetic", ScenarioConfig.defaults());
        Rubric rubric = Rubrics.math().with("shows_work", 0.2, SHOWS_WORK);   // weight 0 would log it only
        Task task = arithmetic.task(3);
        var result = rubric.evaluate(task, "<think>\n2 + 3 = 5\n5 * 4 = 20\n</think>\n<answer>" + task.answer() + "</answer>");
        // correct (1 * 1.0) + format (0 * 1.0) + shows_work (0.2 * 1.0) = 1.2
        assertEquals(1.2, result.total(), 1e-12);
        assertEquals("2 lines of work", result.component("shows_work").reason());
    }

    // --- README example 3: a custom agent loop -------------------------------------------------------------
    @Test
    void customAgentLoop() {
        Scenario countdown = Scenarios.make("math/countdown", ScenarioConfig.defaults());
        GroupEnv group = GroupEnv.singleTurn(countdown, 4);                  // G = 4 rollouts of one task
        var rewards = new ArrayList<Double>();
        for (int step = 0; step < 3; step++) {
            List<Observation> obs = group.reset(Seeds.mix(1234, step));
            Task task = obs.get(0).task();
            // Your policy goes here; this one answers right twice and wrong twice.
            List<String> completions = List.of(task.oracleCompletion(), "<answer>1+1</answer>",
                    task.oracleCompletion(), "I give up");
            List<Step> steps = group.step(completions);
            double[] r = steps.stream().mapToDouble(s -> s.reward().total()).toArray();
            double mean = (r[0] + r[1] + r[2] + r[3]) / 4;                  // group-relative advantage, as GRPO
            double std = Math.sqrt(((r[0] - mean) * (r[0] - mean) + (r[1] - mean) * (r[1] - mean)
                    + (r[2] - mean) * (r[2] - mean) + (r[3] - mean) * (r[3] - mean)) / 4);
            double advantage0 = (r[0] - mean) / (std + 1e-4);
            assertEquals(0.5 / (0.5 + 1e-4), advantage0, 1e-9);                // (1 - 0.5) / (0.5 + eps)
            rewards.add(mean);
        }
        assertEquals(List.of(0.5, 0.5, 0.5), rewards);
    }
}
