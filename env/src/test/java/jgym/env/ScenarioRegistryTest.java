package jgym.env;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ScenarioRegistryTest {
    private final ScenarioRegistry registry = new ScenarioRegistry()
            .register("math/countdown", "reach a target", 3, c -> new Doubling(c.seed()))
            .register("math/gcd_lcm", "gcd and lcm", 3, c -> new Doubling(c.seed()))
            .register("gsm8k", "grade-school math", 1, c -> new Doubling(c.seed()));

    @Test
    void unknownNameSuggestsTheClosest() {
        var e = assertThrows(UnknownScenarioException.class, () -> registry.make("math/countdwn", ScenarioConfig.defaults()));
        assertEquals("math/countdown", e.suggestions().get(0));
        assertTrue(e.getMessage().contains("did you mean math/countdown"), e.getMessage());
        var bare = assertThrows(UnknownScenarioException.class, () -> registry.make("countdown", ScenarioConfig.defaults()));
        assertEquals("math/countdown", bare.suggestions().get(0));
        var far = assertThrows(UnknownScenarioException.class, () -> registry.make("zzzzzzzzzzzz", ScenarioConfig.defaults()));
        assertTrue(far.suggestions().isEmpty());
    }

    @Test
    void levelOutsideRangeNamesTheField() {
        var e = assertThrows(IllegalArgumentException.class, () -> registry.make("gsm8k", ScenarioConfig.defaults().withLevel(2)));
        assertTrue(e.getMessage().contains("level"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScenarioConfig.defaults().withLevel(0));
    }

    @Test
    void registeringTwiceIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> registry.register("gsm8k", "again", 1, c -> new Doubling(1)));
    }

    @Test
    void editDistanceByHand() {
        assertEquals(3, DidYouMean.editDistance("kitten", "sitting"));
        assertEquals(0, DidYouMean.editDistance("", ""));
        assertEquals(4, DidYouMean.editDistance("", "abcd"));
    }

    @Test
    void optionsAreCheckedByName() {
        var config = ScenarioConfig.defaults().withOption("max_value", "12x");
        var unknown = assertThrows(IllegalArgumentException.class, () -> config.requireOnly("math/x", java.util.Set.of("digits")));
        assertTrue(unknown.getMessage().contains("max_value"));
        var bad = assertThrows(IllegalArgumentException.class, () -> config.intOption("max_value", 5, 1, 99));
        assertTrue(bad.getMessage().contains("max_value"));
        assertEquals(7, ScenarioConfig.defaults().withOption("digits", "7").intOption("digits", 3, 1, 9));
    }
}
