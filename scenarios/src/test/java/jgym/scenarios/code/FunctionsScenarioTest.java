package jgym.scenarios.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import jgym.env.Gold;
import jgym.env.Rubric;
import jgym.env.Score;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import org.junit.jupiter.api.Test;

class FunctionsScenarioTest {
    private static final Rubric NO_RUN = Rubric.of("correct", (t, c) -> Score.fail("not run"));

    private static FunctionsScenario at(long seed, int level) {
        return new FunctionsScenario(ScenarioConfig.defaults().withSeed(seed).withLevel(level), NO_RUN);
    }

    @Test
    void thereAreTwentySixTemplatesOverThreeLevels() {
        var perLevel = new TreeMap<Integer, Integer>();
        for (FunctionTemplate t : FunctionsScenario.all()) perLevel.merge(t.level(), 1, Integer::sum);
        assertEquals(Map.of(1, 8, 2, 9, 3, 9), perLevel);
    }

    @Test
    void sameSeedSameTasksAndSeedsDoNotCollide() {
        for (int level = 1; level <= 3; level++) {
            var a = at(42, level);
            var b = at(42, level);
            var c = at(43, level);
            var prompts42 = new HashSet<String>();
            var prompts43 = new HashSet<String>();
            for (int i = 0; i < 200; i++) {
                assertEquals(a.task(i), b.task(i));
                prompts42.add(a.task(i).gold().text() + a.task(i).prompt() + ((Gold.Tests) a.task(i).gold()).tests());
                prompts43.add(c.task(i).gold().text() + c.task(i).prompt() + ((Gold.Tests) c.task(i).gold()).tests());
            }
            assertNotEquals(a.task(0), c.task(0));
            // no task of seed 43 is a task of seed 42 (with seed + index, seed 43 item i would be seed 42 item i + 1)
            var shared = new HashSet<>(prompts42);
            shared.retainAll(prompts43);
            assertEquals(0, shared.size(), "level " + level + ": " + shared);
            assertTrue(prompts42.size() > 150, "level " + level + ": only " + prompts42.size() + " distinct of 200");
        }
    }

    @Test
    void everyTemplateOfALevelShowsUp() {
        for (int level = 1; level <= 3; level++) {
            int lv = level;
            var expected = new HashSet<String>();
            FunctionsScenario.all().stream().filter(t -> t.level() == lv).forEach(t -> expected.add(((Gold.Tests) sample(t).gold()).entryPoint()));
            var seen = new HashSet<String>();
            var s = at(7, level);
            for (int i = 0; i < 300; i++) {
                Task t = s.task(i);
                assertEquals(level, t.level());
                assertEquals("code/functions/" + level + "/" + i + "?seed=7", t.id());
                seen.add(((Gold.Tests) t.gold()).entryPoint());
            }
            assertEquals(expected, seen);
        }
    }

    @Test
    void thePromptShowsOneCaseAndHidesTheRest() {
        var s = at(42, 2);
        for (int i = 0; i < 50; i++) {
            Task t = s.task(i);
            var gold = (Gold.Tests) t.gold();
            String example = gold.tests().get(0).substring("assert ".length());
            assertTrue(t.prompt().contains("For example, " + example + "."), t.prompt());
            for (String hidden : gold.tests().subList(1, gold.tests().size())) {
                assertFalse(t.prompt().contains(hidden.substring("assert ".length())), hidden + " leaked into " + t.prompt());
            }
            assertTrue(gold.tests().size() >= 5, t.id() + " has " + gold.tests().size() + " tests");
            assertTrue(t.prompt().startsWith("Write a Python function " + gold.entryPoint() + "("), t.prompt());
            assertTrue(gold.reference().startsWith("def " + gold.entryPoint() + "("), gold.reference());
        }
    }

    @Test
    void handCheckedExpectations() {
        // 6 -> 3 -> 10 -> 5 -> 16 -> 8 -> 4 -> 2 -> 1: eight steps under 3n + 1
        assertEquals(8, NumberFunctions.collatz(6, 3, 100));
        // 5 -> 26 -> 13 -> 66 -> 33 -> 166 -> 83 -> 416 -> 208 -> 104 -> 52 -> 26: a cycle under 5n + 1
        assertEquals(-1, NumberFunctions.collatz(5, 5, 1000));
        // 3 -> 16 -> 8 -> 4 -> 2 -> 1 under 5n + 1
        assertEquals(5, NumberFunctions.collatz(3, 5, 100));
        // 13 in base 2 is 1101: digit sum 3; in base 10: 4
        assertEquals(3, NumberFunctions.digitSum(13, 2));
        assertEquals(4, NumberFunctions.digitSum(13, 10));
        assertTrue(TextFunctions.isBalanced("a{[()]}b()"));
        assertFalse(TextFunctions.isBalanced("([)]"));
        assertFalse(TextFunctions.isBalanced("(("));
        assertEquals(12, NumberFunctions.gcd(36, 24));
        assertEquals("3*x - 4", Draw.affine(3, -4));
        assertEquals("-x + 2", Draw.affine(-1, 2));
    }

    @Test
    void pythonLiterals() {
        assertEquals("'it\\'s a \\\\ b\\n'", PyLit.of("it's a \\ b\n"));
        assertEquals("'\\u00e9'", PyLit.of("\u00e9"));
        assertEquals("[1, -2]", PyLit.ints(List.of(1L, -2L)));
        assertEquals("[]", PyLit.ints(List.of()));
        assertEquals("('a',)", PyLit.tuple("'a'"));
        assertEquals("('a', 2)", PyLit.tuple("'a'", "2"));
        assertEquals("True", PyLit.of(true));
    }

    @Test
    void badConfigsAreRejectedNamingTheField() {
        var lvl = assertThrows(IllegalArgumentException.class, () -> at(1, 4));
        assertTrue(lvl.getMessage().contains("level"), lvl.getMessage());
        var opt = assertThrows(IllegalArgumentException.class,
                () -> new FunctionsScenario(ScenarioConfig.defaults().withOption("size", "3"), NO_RUN));
        assertTrue(opt.getMessage().contains("size"), opt.getMessage());
        var tpl = assertThrows(IllegalArgumentException.class,
                () -> new FunctionsScenario(ScenarioConfig.defaults().withOption("template", "quicksort"), NO_RUN));
        assertTrue(tpl.getMessage().contains("template") && tpl.getMessage().contains("quicksort"), tpl.getMessage());
    }

    @Test
    void theTemplateOptionPinsOneTemplate() {
        var s = new FunctionsScenario(ScenarioConfig.defaults().withOption("template", "Balanced"), NO_RUN);
        for (int i = 0; i < 20; i++) {
            assertEquals("balanced", ((Gold.Tests) s.task(i).gold()).entryPoint());
            assertEquals(3, s.task(i).level());
        }
    }

    private static Task sample(FunctionTemplate t) {
        return FunctionsScenario.task("x", t.level(), t.make(new SplittableRandom(1)));
    }
}
