package jgym.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.Seeds;
import jgym.env.Task;
import org.junit.jupiter.api.Test;

class CompositeScenarioTest {
    private static Scenario mix(String of) {
        return Scenarios.make("mix", ScenarioConfig.defaults().withSeed(11).withOption("of", of));
    }

    @Test
    void partsAppearInProportionToTheirWeights() {
        Scenario s = mix("math/arithmetic:3,graph/components@2:1");
        Map<String, Integer> count = new HashMap<>();
        int n = 4000;
        for (int i = 0; i < n; i++) count.merge(s.task(i).scenario(), 1, Integer::sum);
        // Binomial(4000, 0.75): mean 3000, standard deviation 27.4; five deviations either way.
        int arithmetic = count.getOrDefault("math/arithmetic", 0);
        assertTrue(Math.abs(arithmetic - 3000) < 137, "arithmetic " + arithmetic + " of 4000");
        assertEquals(n, arithmetic + count.getOrDefault("graph/components", 0));
    }

    @Test
    void eachTaskIsItsPartsOwnTaskUnderTheDerivedSeed() {
        Scenario s = mix("math/arithmetic,graph/components@2");
        Scenario arithmetic = Scenarios.make("math/arithmetic", ScenarioConfig.defaults().withSeed(Seeds.mix(11, 1)).withLevel(1));
        Scenario components = Scenarios.make("graph/components", ScenarioConfig.defaults().withSeed(Seeds.mix(11, 2)).withLevel(2));
        for (int i = 0; i < 50; i++) {
            Task t = s.task(i);
            Task want = t.scenario().equals("math/arithmetic") ? arithmetic.task(i) : components.task(i);
            assertEquals(want, t);
        }
    }

    @Test
    void answersAreScoredByTheirPartsRubric() {
        Scenario s = mix("math/arithmetic,algebra/expand");
        for (int i = 0; i < 20; i++) {
            Task t = s.task(i);
            assertEquals(1.0, s.rubric().evaluate(t, t.oracleCompletion()).total(), t.id());
            assertEquals(0.0, s.rubric().evaluate(t, "<answer>banana</answer>").total(), t.id());
        }
    }

    @Test
    void badPartsAreNamed() {
        var unknown = assertThrows(IllegalArgumentException.class, () -> mix("math/arithmetc"));
        assertTrue(unknown.getMessage().contains("math/arithmetc"), unknown.getMessage());
        var weight = assertThrows(IllegalArgumentException.class, () -> mix("math/arithmetic:0"));
        assertTrue(weight.getMessage().contains("weight"), weight.getMessage());
        var level = assertThrows(IllegalArgumentException.class, () -> mix("math/arithmetic@9"));
        assertTrue(level.getMessage().contains("level"), level.getMessage());
        var twice = assertThrows(IllegalArgumentException.class, () -> mix("math/arithmetic,math/arithmetic@2"));
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
        var dataset = assertThrows(IllegalArgumentException.class, () -> mix("gsm8k"));
        assertTrue(dataset.getMessage().contains("gsm8k"), dataset.getMessage());
    }
}
