package jgym.env;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReasoningEnvTest {
    private final Doubling scenario = new Doubling(7);

    @Test
    void singleTurnEpisodeTerminatesWithTheRubricScore() {
        var env = ReasoningEnv.singleTurn(scenario);
        Observation first = env.reset(42);
        assertEquals(0, first.turn());
        assertEquals(first.task().prompt(), first.text());
        Step right = env.step(first.task().answer());
        assertTrue(right.terminated());
        assertFalse(right.truncated());
        assertEquals(1.0, right.reward().total());
        assertThrows(IllegalStateException.class, () -> env.step("again"));

        Observation next = env.reset();
        Step wrong = env.step("-1");
        assertEquals(0.0, wrong.reward().total());
        assertTrue(wrong.reward().reason().startsWith("expected " + next.task().answer()));
    }

    @Test
    void sameSeedSameTasksDifferentSeedDifferentTasks() {
        var a = ReasoningEnv.singleTurn(scenario);
        var b = ReasoningEnv.singleTurn(scenario);
        assertEquals(a.reset(42).task(), b.reset(42).task());
        assertEquals(a.reset().task(), b.reset().task());
        assertNotEquals(a.reset(42).task(), b.reset(43).task());
    }

    @Test
    void proceduralSeedsShareNoItems() {
        var s42 = new Doubling(42);
        var s43 = new Doubling(43);
        var prompts = new HashSet<String>();
        for (int i = 0; i < 1000; i++) prompts.add(s42.task(i).prompt());
        int shared = 0;
        for (int i = 0; i < 1000; i++) if (prompts.contains(s43.task(i).prompt())) shared++;
        // 1000 draws from 10^6 values each: expected overlap about 1000*1000/10^6 = 1, so allow a couple by chance,
        // but an additive seed scheme would share 999 of them.
        assertTrue(shared <= 3, "seeds 42 and 43 share " + shared + " items");
    }

    @Test
    void toolTurnsThenAnswer() {
        Tool calculator = (task, action) -> action.startsWith("calc ")
                ? Optional.of(Long.toString(2 * Long.parseLong(action.substring(5).trim())))
                : Optional.empty();
        var env = new ReasoningEnv(scenario, scenario.rubric(), Budget.turns(3), calculator, PromptTemplate.PLAIN);
        Observation o = env.reset(1);
        String n = o.task().prompt().replaceAll("\\D", "");
        Step s1 = env.step("calc " + n);
        assertFalse(s1.done());
        assertEquals(o.task().answer(), s1.observation().text());
        assertEquals(1, s1.observation().turn());
        assertEquals(0.0, s1.reward().total());
        Step s2 = env.step(s1.observation().text());
        assertTrue(s2.terminated());
        assertEquals(1.0, s2.reward().total());
    }

    @Test
    void runningOutOfTurnsTruncates() {
        Tool always = (task, action) -> Optional.of("ok");
        var env = new ReasoningEnv(scenario, scenario.rubric(), Budget.turns(2), always, PromptTemplate.PLAIN);
        env.reset(3);
        assertFalse(env.step("calc 1").done());
        Step last = env.step("calc 2");
        assertTrue(last.truncated());
        assertFalse(last.terminated());
    }

    @Test
    void overlongActionTruncates() {
        var env = new ReasoningEnv(scenario, scenario.rubric(), new Budget(1, 10), null, PromptTemplate.PLAIN);
        env.reset(3);
        Step s = env.step("x".repeat(11));
        assertTrue(s.truncated());
    }

    @Test
    void groupSharesOneTaskAndVectorEnvMixesSeeds() {
        var group = GroupEnv.singleTurn(scenario, 4);
        List<Observation> obs = group.reset(5);
        assertEquals(4, obs.size());
        assertEquals(1, obs.stream().map(Observation::task).distinct().count());
        List<Step> steps = group.step(List.of(obs.get(0).task().answer(), "0", "1", obs.get(0).task().answer()));
        assertEquals(List.of(1.0, 0.0, 0.0, 1.0), steps.stream().map(s -> s.reward().total()).toList());

        var vec = new VectorEnv(List.of(ReasoningEnv.singleTurn(scenario), ReasoningEnv.singleTurn(scenario)));
        List<Observation> v = vec.reset(5);
        assertEquals(ReasoningEnv.singleTurn(scenario).reset(Seeds.mix(5, 1)).task(), v.get(1).task());
        assertNotEquals(v.get(0).task(), v.get(1).task());
        assertThrows(IllegalArgumentException.class, () -> vec.step(List.of("1")));
    }

    @Test
    void aGroupOfWrappedMembersDrawsTheTaskALoneEnvDrawsAndTheWrappersApplyToEveryMember() {
        var group = new GroupEnv(3, () -> new TurnLimit(new RewardShaping(ReasoningEnv.singleTurn(scenario), "bonus", 0.5,
                (task, text) -> Score.of(text.isEmpty() ? 0 : 1, "non-empty")), 1));
        List<Observation> obs = group.reset(11);
        Task expected = ReasoningEnv.singleTurn(scenario).reset(11).task();
        assertEquals(List.of(expected, expected, expected), obs.stream().map(Observation::task).toList());
        List<Step> steps = group.step(List.of(expected.answer(), "", "nonsense"));
        assertEquals(List.of(1.5, 0.0, 0.5), steps.stream().map(s -> s.reward().total()).toList());
        assertEquals(List.of("correct", "bonus"), steps.get(0).reward().components().stream().map(RewardResult.Component::name).toList());
        assertEquals(1, group.reset(expected).stream().map(Observation::task).distinct().count());
    }
}
