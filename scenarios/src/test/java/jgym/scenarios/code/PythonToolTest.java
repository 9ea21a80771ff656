package jgym.scenarios.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import jgym.env.Budget;
import jgym.env.Gold;
import jgym.env.Observation;
import jgym.env.PromptTemplate;
import jgym.env.ReasoningEnv;
import jgym.env.ScenarioConfig;
import jgym.env.Step;
import jgym.env.Task;
import jgym.env.code.Outcome;
import jgym.rewards.Rubrics;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.Test;

/** Code as a tool in a multi-turn episode, with scripted policies (fixed actions) and the real sandbox. */
class PythonToolTest {
    private static final Task PRODUCT = new Task("tool/17x23", "test", 1, "What is 17 * 23?", new Gold.Answer("391"), "17 * 23 = 391");

    private static ReasoningEnv env(int turns) {
        var scenario = Scenarios.make("math/arithmetic", ScenarioConfig.defaults());
        return new ReasoningEnv(scenario, Rubrics.math(), Budget.turns(turns), PythonTool.on(Sandbox.RUNNER), PromptTemplate.PLAIN);
    }

    @Test
    void aPolicyRunsCodeReadsTheOutputAndAnswers() {
        ReasoningEnv env = env(4);
        Observation first = env.reset(PRODUCT);
        assertEquals("What is 17 * 23?", first.text());

        Step s1 = env.step("Let me compute it.\n```python\nprint(17*23)\n```");
        assertFalse(s1.done());
        assertEquals("```output\n391\n```", s1.observation().text());
        assertEquals(1, s1.observation().turn());
        assertEquals(0.0, s1.reward().total());

        Step s2 = env.step("<think>The interpreter printed 391.</think>\n<answer>391</answer>");
        assertTrue(s2.terminated());
        assertFalse(s2.truncated());
        assertEquals(1.0, s2.reward().total());
        assertEquals(1.0, s2.reward().component("correct").valueOr(0));
    }

    @Test
    void aPolicyThatNeverAnswersIsTruncatedAtTheTurnLimit() {
        ReasoningEnv env = env(3);
        env.reset(PRODUCT);
        Step s = null;
        int steps = 0;
        while (s == null || !s.done()) {
            s = env.step("```python\nprint(17*23)\n```");
            steps++;
        }
        assertEquals(3, steps);
        assertTrue(s.truncated());
        assertFalse(s.terminated());
        assertEquals(0.0, s.reward().total());
    }

    @Test
    void whatIsACall() {
        var tool = PythonTool.on(Sandbox.RUNNER);
        assertEquals(Optional.empty(), tool.call(PRODUCT, "<answer>391</answer>"));
        assertEquals(Optional.empty(), tool.call(PRODUCT, "```python\nprint(1)\n```\n<answer>1</answer>"));
        assertEquals(Optional.empty(), tool.call(PRODUCT, "It is 391."));
        assertEquals(Optional.empty(), tool.call(PRODUCT, "```js\nconsole.log(1)\n```"));
        assertEquals(Optional.of("print(2)\n"), PythonTool.code("```\nprint(1)\n```\nthen\n```py\nprint(2)\n```"));
    }

    @Test
    void errorsAndValuesAreShownAndLongOutputIsCut() {
        var tool = PythonTool.on(Sandbox.RUNNER);
        String err = tool.call(PRODUCT, "```python\nprint('a')\n1/0\n```").orElseThrow();
        assertTrue(err.startsWith("```output\na\n"), err);
        assertTrue(err.contains("ZeroDivisionError"), err);
        String value = tool.call(PRODUCT, "```python\n17*23\n```").orElseThrow();
        assertTrue(value.equals("```output\n391\n```") || value.equals("```output\n\n```"), value);
        var small = new PythonTool(() -> Sandbox.RUNNER, PythonTool.DEFAULT_LIMITS, 100);
        String cut = small.call(PRODUCT, "```python\nprint('x' * 1000)\n```").orElseThrow();
        assertTrue(cut.contains("... [948 characters cut]"), cut);
        assertTrue(cut.length() <= 100 + "```output\n\n```".length(), cut.length() + ": " + cut);
    }

    @Test
    void renderingFollowsTheOutcome() {
        Duration ms = Duration.ofMillis(1);
        assertEquals("391", PythonTool.render(new Outcome.Completed("", "", "391", ms)));
        assertEquals("out", PythonTool.render(new Outcome.Completed("out\n", "", "391", ms)));
        assertEquals("TimeoutError: stopped after 5000 ms",
                PythonTool.render(new Outcome.TimedOut(Duration.ofSeconds(5), "", "", Duration.ofSeconds(5))));
        assertEquals("PermissionError: file is not allowed (open('/etc/passwd'))",
                PythonTool.render(new Outcome.Denied(Outcome.Operation.FILE, "open('/etc/passwd')", "", "", ms)));
    }
}
