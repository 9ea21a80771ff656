package jgym.scenarios.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.env.Seeds;
import jgym.env.Task;
import jgym.rewards.Rubrics;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.Test;

class ProceduralScenarioTest {

    @Test
    void taskIIsMadeFromTheMixedSeedAloneWithAStableId() {
        Family gcd = new GcdLcm(GcdLcm.preset(2));
        var s = new ProceduralScenario("math/gcd_lcm", 2, 1234, gcd, Rubrics.math());
        Task t = s.task(17);
        Problem p = gcd.generate(new SplittableRandom(Seeds.mix(1234, 17)));
        // the id names the seed, since seed 1234 is not the default
        assertEquals(new Task("math/gcd_lcm/2/17?seed=1234", "math/gcd_lcm", 2, p.prompt(), p.gold(), p.trace()), t);
        assertEquals("math/gcd_lcm/2/17", new ProceduralScenario("math/gcd_lcm", 2, Seeds.DEFAULT, gcd, Rubrics.math()).task(17).id());
        assertEquals("math/gcd_lcm/2/17?seed=1234&a=b&max_value=99", // options sorted by key
                new ProceduralScenario("math/gcd_lcm", 2, 1234, java.util.Map.of("max_value", "99", "a", "b"), gcd, Rubrics.math()).task(17).id());
        assertEquals(Long.MAX_VALUE, s.size());
        assertThrows(IllegalArgumentException.class, () -> s.task(-1));
    }

    @Test
    void aDataFileIsRejectedRatherThanIgnored() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Scenarios.make("math/linear", ScenarioConfig.defaults().withData(java.nio.file.Path.of("rows.jsonl"))));
        assertEquals("math/linear: data is not used by a procedural scenario, got rows.jsonl", e.getMessage());
    }

    @Test
    void theRegistryHoldsTheElevenFamiliesWithTheirLevels() {
        var expected = new java.util.LinkedHashMap<String, Integer>();
        expected.put("math/arithmetic", ArithmeticFamily.LEVELS);
        expected.put("math/countdown", Countdown.LEVELS);
        expected.put("math/linear", Linear.LEVELS);
        expected.put("math/linear_system", LinearSystem.LEVELS);
        expected.put("math/fractions", Fractions.LEVELS);
        expected.put("math/gcd_lcm", GcdLcm.LEVELS);
        expected.put("math/modular", Modular.LEVELS);
        expected.put("math/sequence", Sequence.LEVELS);
        expected.put("math/units", Units.LEVELS);
        expected.put("math/sorting", Sorting.LEVELS);
        expected.put("math/parity", Parity.LEVELS);
        expected.forEach((name, levels) -> {
            assertEquals(levels, Scenarios.registry().entry(name).levels(), name);
            var s = Scenarios.make(name, ScenarioConfig.defaults().withLevel(levels));
            assertEquals(name + "/" + levels + "/3", s.task(3).id());
        });
    }
}
