package jgym.env;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WrappersTest {
    private final Doubling scenario = new Doubling(11);

    @Test
    void rewardShapingAddsItsOwnComponent() {
        Reward brevity = (t, c) -> Score.of(c.length() <= 8 ? 1.0 : 0.0, "length " + c.length());
        Env env = new RewardShaping(ReasoningEnv.singleTurn(scenario), "brevity", 0.25, brevity);
        Observation o = env.reset(1);
        Step s = env.step(o.task().answer());
        // correct (1.0 * 1) + brevity (0.25 * 1) = 1.25 for an answer of at most 8 characters
        assertEquals(1.25, s.reward().total(), 1e-12);
        assertEquals(1.0, s.reward().component("brevity").valueOr(-1));
    }

    @Test
    void turnLimitTruncatesAfterMaxTurns() {
        Tool echo = (t, a) -> Optional.of("out");
        Env inner = new ReasoningEnv(scenario, scenario.rubric(), Budget.turns(10), echo, PromptTemplate.PLAIN);
        Env env = new TurnLimit(inner, 2);
        env.reset(1);
        assertFalse(env.step("a").done());
        Step s = env.step("b");
        assertTrue(s.truncated());
        assertSame(inner, ((EnvWrapper) env).unwrapped());
    }

    @Test
    void curriculumPromotesAfterAWindowOfSuccesses() {
        var levels = new java.util.ArrayList<Integer>();
        var curriculum = new Curriculum(level -> {
            levels.add(level);
            return ReasoningEnv.singleTurn(new Doubling(level));
        }, 1, 2, 3, 2.0 / 3.0, 1.0);
        assertEquals(1, curriculum.level());
        for (int i = 0; i < 3; i++) {
            Observation o = curriculum.reset();
            curriculum.step(i == 0 ? "wrong" : o.task().answer()); // 2 of 3 solved = promoteAt
        }
        assertEquals(2, curriculum.level());
        assertEquals(java.util.List.of(1, 2), levels);
        assertThrows(IllegalArgumentException.class, () -> new Curriculum(l -> null, 2, 1, 3, 0.5, 1.0));
    }
}
