package jgym.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskTagTest {

    @Test
    void theDefaultsAddNothingAndAnythingElseIsNamed() {
        assertEquals("", TaskTag.of(Seeds.DEFAULT, Map.of()));
        assertEquals("?seed=7", TaskTag.of(7, Map.of()));
        assertEquals("?max=50", TaskTag.of(Seeds.DEFAULT, Map.of("max", "50")));
        assertEquals("?seed=-1&a=1&b=2", TaskTag.of(-1, Map.of("b", "2", "a", "1")));
    }

    @Test
    void aMismatchNamesEachFieldThatDiffers() {
        assertNull(TaskTag.mismatch("math/countdown/2/17", "math/countdown/2/0"));
        assertNull(TaskTag.mismatch("math/countdown/2/17?seed=7", "math/countdown/2/0?seed=7"));
        assertEquals("seed is 7 in the id, 42 here", TaskTag.mismatch("math/countdown/2/17?seed=7", "math/countdown/2/0"));
        assertEquals("seed is 42 in the id, 7 here", TaskTag.mismatch("math/countdown/2/17", "math/countdown/2/0?seed=7"));
        assertEquals("level is 3 in the id, 2 here", TaskTag.mismatch("math/countdown/3/17", "math/countdown/2/0"));
        assertEquals("seed is 7 in the id, 42 here; option max is 50 in the id, unset here",
                TaskTag.mismatch("math/countdown/2/1?seed=7&max=50", "math/countdown/2/0"));
        // dataset ids carry no level and no tag: nothing to compare
        assertNull(TaskTag.mismatch("gsm8k/12", "gsm8k/0"));
    }

    /** Tasks {@code name/1/i} plus {@code tag}: a procedural scenario in miniature. */
    private static Scenario procedural(String tag) {
        return Scenario.of("t/x", java.util.stream.LongStream.range(0, 50)
                .mapToObj(i -> new Task("t/x/1/" + i + tag, "t/x", 1, "q" + i, new Gold.Answer("1"), "")).toList(),
                Rubric.of("c", (t, c) -> Score.pass("")));
    }

    @Test
    void lookupRefusesAnIdOfAnotherSeedAtOnceNamingTheSeed() {
        var lookup = new TaskLookup(procedural(""), 50);
        assertEquals(Optional.empty(), lookup.find("t/x/1/3?seed=7"));
        String why = lookup.notFound("t/x/1/3?seed=7", "");
        assertTrue(why.contains("seed is 7 in the id, 42 here"), why);
        assertTrue(lookup.find("t/x/1/3").isPresent());
        assertTrue(new TaskLookup(procedural("?seed=7"), 50).find("t/x/1/3?seed=7").isPresent());
    }
}
