package jgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jgym.agents.policy.SamplingConfig;
import jgym.env.PromptTemplate;
import jgym.env.ReasoningEnv;
import jgym.env.RewardShaping;
import jgym.env.Score;
import jgym.env.Task;
import org.junit.jupiter.api.Test;

/** The one route from completions to rewards: any member env and fixed tasks (multi-turn: {@link MultiTurnRolloutTest}). */
class RolloutTest {
    private static final SamplingConfig SAMPLING = new SamplingConfig(3, 1.0, 1.0, List.of());
    private static final EchoDigitScenario SCENARIO = new EchoDigitScenario(5, 4);
    private static final RolloutConfig CONFIG = new RolloutConfig(4, 3, SAMPLING, PromptTemplate.PLAIN);

    @Test
    void aRewardShapingWrapperAroundTheMemberEnvReachesEveryCompletionsReward() {
        var plain = new Rollout(SCENARIO, SCENARIO.rubric(), CONFIG, 9);
        var shaped = new Rollout(() -> new RewardShaping(ReasoningEnv.singleTurn(SCENARIO), "bonus", 0.25,
                (task, text) -> Score.of(text.startsWith(task.answer()) ? 0 : 1, "pays for a wrong first digit")), CONFIG, 9);
        RolloutBatch a = plain.collect(TrainerSmokeTest.policy(false, 0.1), 0);
        RolloutBatch b = shaped.collect(TrainerSmokeTest.policy(false, 0.1), 0);
        assertEquals(12, a.size());
        int wrong = 0;
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.sample(i).text(), b.sample(i).text(), "same tasks and samples from the same seed");
            double bonus = a.correct(i) ? 0 : 0.25;
            if (!a.correct(i)) wrong++;
            assertEquals(a.reward(i).total() + bonus, b.reward(i).total(), 1e-12, "completion " + i);
            assertEquals(a.correct(i), b.correct(i), "shaping does not change correctness");
        }
        assertTrue(wrong > 0 && wrong < 12, "an untrained policy gets some right and some wrong: " + wrong);
    }

    @Test
    void fixedTasksGiveOneGroupPerTaskInOrder() {
        var tasks = List.of(SCENARIO.task(3), SCENARIO.task(8), SCENARIO.task(1), SCENARIO.task(3));
        RolloutBatch batch = new Rollout(SCENARIO, SCENARIO.rubric(), new RolloutConfig(2, 1, SAMPLING, PromptTemplate.PLAIN), 0)
                .collect(TrainerSmokeTest.policy(false, 0.1), tasks, 4);
        assertEquals(tasks, batch.groups().stream().map(RolloutBatch.Group::task).toList());
        for (int i = 0; i < batch.size(); i++) {
            Task t = tasks.get(i / 2);
            assertEquals(batch.sample(i).text().startsWith(t.answer()), batch.correct(i), "completion " + i);
        }
    }
}
