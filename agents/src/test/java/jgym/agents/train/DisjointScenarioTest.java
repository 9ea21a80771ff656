package jgym.agents.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.Seeds;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.Test;

class DisjointScenarioTest {
    /** Single-digit a op b: only 9 * 9 * 3 = 243 distinct prompts, so a held-out set really overlaps a naive stream. */
    private static Scenario small(long seed) {
        return Scenarios.make("math/arithmetic", new ScenarioConfig(seed, 1, null, Map.of("operands", "2", "max_operand", "9")));
    }

    @Test
    void trainingNeverSeesAHeldOutPrompt() {
        HeldOutSet held = HeldOutSet.draw(small(Seeds.mix(42, 4)), 60);
        assertEquals(60, held.prompts().size());
        Scenario naive = small(42);
        Scenario train = new DisjointScenario(naive, held.prompts());
        int naiveHits = 0;
        var trainPrompts = new HashSet<String>();
        for (long i = 0; i < 3_000; i++) {
            if (held.prompts().contains(naive.task(i).prompt())) naiveHits++;
            String p = train.task(i).prompt();
            assertFalse(held.prompts().contains(p), "task " + i + " is held out: " + p);
            trainPrompts.add(p);
        }
        // without the exclusion about 60/243 of the stream would be held-out tasks
        assertTrue(naiveHits > 300, "naive overlap " + naiveHits);
        // and the exclusion leaves the rest of the space to train on: 243 - 60 prompts
        assertEquals(243 - 60, trainPrompts.size());
    }

    @Test
    void theMappingIsAPureFunctionOfTheIndex() {
        HeldOutSet held = HeldOutSet.draw(small(7), 30);
        Scenario a = new DisjointScenario(small(42), held.prompts());
        Scenario b = new DisjointScenario(small(42), held.prompts());
        for (long i = 0; i < 200; i++) assertEquals(a.task(999 - i), b.task(999 - i));
    }

    @Test
    void heldOutPromptsAreDistinctAndTooLargeASetIsRefused() {
        HeldOutSet held = HeldOutSet.draw(small(3), 100);
        assertEquals(100, Set.copyOf(held.tasks().stream().map(t -> t.prompt()).toList()).size());
        var e = assertThrows(IllegalArgumentException.class, () -> HeldOutSet.draw(small(3), 244));
        assertTrue(e.getMessage().startsWith("held-out set: scenario math/arithmetic gave only 243 distinct prompts"), e.getMessage());
    }

    @Test
    void algorithmsParseFromTheirFlags() {
        assertEquals(Algorithm.GRPO, Algorithm.parse("grpo"));
        assertEquals(Algorithm.RLOO, Algorithm.parse("RLOO"));
        var e = assertThrows(IllegalArgumentException.class, () -> Algorithm.parse("dpo"));
        assertTrue(e.getMessage().contains("'dpo'"), e.getMessage());
    }
}
