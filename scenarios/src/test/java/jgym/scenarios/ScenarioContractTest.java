package jgym.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import jgym.env.Gold;
import jgym.env.RewardResult;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.ScenarioRegistry;
import jgym.env.Score;
import jgym.env.Task;
import jgym.rewards.FormatReward;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every registered scenario keeps, at every level: the same seed gives equal tasks, different seeds give
 * different ones, the oracle completion scores 1 and passes the format reward, garbage scores 0, and bad configs are
 * rejected with a message naming the field.
 */
class ScenarioContractTest {
    private static final ScenarioRegistry REGISTRY = Scenarios.registry();
    private static final Map<String, Scenario> MADE = new ConcurrentHashMap<>();
    private static final List<String> GARBAGE = List.of("I don't know", "", "<answer>banana</answer>");
    /**
     * Small data files for the scenarios that have no embedded default and need {@code --data}. A newly registered
     * scenario of that kind fails every test here until it gets a fixture: the contract covers every entry.
     */
    private static final Map<String, String> FIXTURES = Map.of(
            "math-boxed", "math-boxed.jsonl",
            "math500", "math500.jsonl",
            "jsonl", "jsonl.jsonl",
            "humaneval", "humaneval.jsonl");

    static Stream<Arguments> everyLevel() {
        var out = new ArrayList<Arguments>();
        for (ScenarioRegistry.Entry e : REGISTRY.entries()) {
            for (int level = 1; level <= e.levels(); level++) out.add(Arguments.of(e.name(), level));
        }
        return out.stream();
    }

    static Stream<String> names() {
        return REGISTRY.entries().stream().map(ScenarioRegistry.Entry::name);
    }

    @ParameterizedTest(name = "{0} level {1}")
    @MethodSource("everyLevel")
    void theSameSeedGivesEqualTasksInAnyOrder(String name, int level) {
        Scenario a = make(name, level, 42);
        Scenario b = REGISTRY.make(name, config(name, level, 42));
        int n = checked(a, 50);
        for (int i = n - 1; i >= 0; i--) assertEquals(a.task(i), b.task(i), name + " task " + i);
        for (int i = 0; i < n; i++) assertEquals(a.task(i), a.task(i), name + " task " + i + " asked twice");
    }

    /**
     * Seeds 42 and 43 share no prompt among their first 1,000 tasks beyond what chance allows. With per-item seeds
     * {@code seed + index}, seed 43 would replay seed 42 shifted by one and share about 999. The chance level is
     * estimated from repeats inside each seed's own 1,000 tasks: for two independent draws of n items, the expected
     * number of cross matches is about {@code 2n/(n-1)} times the expected number of repeats within one draw. Where no
     * prompt repeats within a seed (large problem spaces), no prompt may be shared at all.
     */
    @ParameterizedTest(name = "{0} level {1}")
    @MethodSource("everyLevel")
    void seeds42And43ShareNoItemsAcrossTheirFirst1000(String name, int level) {
        Scenario a = make(name, level, 42);
        assumeTrue(a.size() == Long.MAX_VALUE, "finite datasets are read in file order whatever the seed");
        Scenario b = make(name, level, 43);
        Overlap o = Overlap.of(a, b, 1000);
        assertTrue(o.shared() <= o.allowed(), name + " level " + level + ": " + o);
        assertNotEquals(a.task(0).prompt(), b.task(0).prompt(), name + ": seeds 42 and 43 start with the same task");
    }

    /** The overlap check fails a scenario that derives item seeds as {@code seed + index}, as it must. */
    @Test
    void theOverlapCheckCatchesSeedPlusIndex() {
        for (String name : List.of("math/arithmetic", "math/fractions")) {
            Scenario good = make(name, 1, 42);
            Scenario shifted = new Scenario() { // item i of seed 43 made as item i+1 of seed 42: what seed + index gives
                public String name() { return good.name(); }
                public long size() { return Long.MAX_VALUE; }
                public Task task(long index) { return good.task(index + 1); }
                public Rubric rubric() { return good.rubric(); }
            };
            Overlap o = Overlap.of(good, shifted, 1000);
            assertTrue(o.shared() > o.allowed(), name + " with seed + index should fail: " + o);
        }
    }

    /**
     * How many of the second scenario's first n items (prompt and gold together) also occur among the first's, against
     * what chance allows.
     *
     * <p>With per-item seeds {@code seed + index}, seed 43 would replay seed 42 shifted by one and share about n - 1.
     * The chance level is estimated from repeats inside each seed's own n items: for two independent draws of n items,
     * the expected number of cross matches is about {@code 2n/(n-1)} times the expected number of repeats within one
     * draw. Where no item repeats within either seed (large problem spaces), no item may be shared at all.
     */
    record Overlap(long shared, long allowed, int repeats) {
        static Overlap of(Scenario a, Scenario b, int n) {
            var seenA = new HashSet<List<Object>>();
            var seenB = new HashSet<List<Object>>();
            List<List<Object>> itemsB = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                seenA.add(item(a.task(i)));
                List<Object> item = item(b.task(i));
                seenB.add(item);
                itemsB.add(item);
            }
            long shared = itemsB.stream().filter(seenA::contains).count();
            int repeats = (n - seenA.size()) + (n - seenB.size());
            double chance = repeats * (double) n / (n - 1);
            long allowed = repeats == 0 ? 0 : (long) Math.ceil(chance + 4 * Math.sqrt(chance) + 2);
            return new Overlap(shared, allowed, repeats);
        }

        /** What makes two tasks the same item: the problem shown and what it is checked against (ids differ by index). */
        private static List<Object> item(Task t) {
            return List.of(t.prompt(), t.gold());
        }

        @Override
        public String toString() {
            return "the seeds share " + shared + " items; chance allows " + allowed + " (" + repeats + " repeats within the seeds)";
        }
    }

    @ParameterizedTest(name = "{0} level {1}")
    @MethodSource("everyLevel")
    void theOracleCompletionScoresOneAndPassesTheFormatReward(String name, int level) {
        Scenario s = make(name, level, 42);
        var format = new FormatReward();
        int n = checked(s, 30);
        for (int i = 0; i < n; i++) {
            Task t = s.task(i);
            // MBPP rows whose tests expect CPython's set order fail on the GraalPy sandbox (see the constant's doc)
            if (jgym.scenarios.data.MbppDataset.SET_ORDER_DEPENDENT.contains(t.id())) continue;
            String oracle = t.oracleCompletion();
            RewardResult r = s.rubric().evaluate(t, oracle);
            assertEquals(1.0, r.total(), 1e-12, () -> name + " " + t.id() + " oracle scored " + r + "\n" + oracle);
            assertEquals(1.0, r.components().get(0).score().valueOr(-1), () -> name + " " + t.id() + " correctness: " + r);
            Score f = format.score(t, oracle);
            assertEquals(1.0, f.valueOr(-1), () -> name + " " + t.id() + " oracle fails the format reward: " + f + "\n" + oracle);
            assertTrue(!t.prompt().isBlank(), t.id() + " has a blank prompt");
            // generators always know their reasoning; a dataset row may come without one (Task allows an empty trace)
            if (s.size() == Long.MAX_VALUE) assertTrue(!t.trace().isBlank(), t.id() + " has no oracle trace");
        }
    }

    @ParameterizedTest(name = "{0} level {1}")
    @MethodSource("everyLevel")
    void theBareAnswerThePromptAsksForScoresAsCorrect(String name, int level) {
        Scenario s = make(name, level, 42);
        int n = checked(s, 30);
        for (int i = 0; i < n; i++) {
            Task t = s.task(i);
            String bare;
            if (t.gold() instanceof jgym.env.Gold.Answer a) bare = a.text();
            else if (t.gold() instanceof jgym.env.Gold.Countdown c) bare = c.solution();
            else continue; // code is scored by its tests, not by an answer
            RewardResult r = s.rubric().evaluate(t, bare);
            assertTrue(r.correct(), () -> name + " " + t.id() + ": the bare answer '" + bare + "' scored " + r + "\nprompt: " + t.prompt());
        }
    }

    @ParameterizedTest(name = "{0} level {1}")
    @MethodSource("everyLevel")
    void garbageScoresZero(String name, int level) {
        Scenario s = make(name, level, 42);
        int n = checked(s, 10);
        for (int i = 0; i < n; i++) {
            Task t = s.task(i);
            for (String junk : GARBAGE) {
                RewardResult r = s.rubric().evaluate(t, junk);
                assertEquals(0.0, r.total(), () -> name + " " + t.id() + " gave '" + junk + "' " + r);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void levelsOutsideTheRangeAreRejectedNamingTheLevel(String name) {
        int levels = REGISTRY.entry(name).levels();
        var zero = assertThrows(IllegalArgumentException.class, () -> REGISTRY.make(name, config(name, 0, 42)));
        assertTrue(zero.getMessage().contains("level"), zero.getMessage());
        var above = assertThrows(IllegalArgumentException.class, () -> REGISTRY.make(name, config(name, levels + 1, 42)));
        assertTrue(above.getMessage().contains("level"), above.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void anUnknownOptionIsRejectedNamingIt(String name) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> REGISTRY.make(name, config(name, 1, 42).withOption("no_such_option", "1")));
        assertTrue(e.getMessage().contains("no_such_option"), e.getMessage());
        // The options gym list shows are the ones the scenario accepts.
        List<String> declared = REGISTRY.entry(name).options();
        String known = "(known: " + (declared.isEmpty() ? "none" : String.join(", ", declared)) + ")";
        assertTrue(e.getMessage().contains(known), name + " declares " + declared + " but says: " + e.getMessage());
    }

    /** The config of {@code name} at {@code level} with {@code seed} and its fixture, if it needs one. */
    private static ScenarioConfig config(String name, int level, long seed) {
        return new ScenarioConfig(seed, level, fixture(name), Map.of());
    }

    private static Path fixture(String name) {
        String file = FIXTURES.get(name);
        if (file == null) return null;
        try {
            return Path.of(ScenarioContractTest.class.getResource("contract/" + file).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Scenario make(String name, int level, long seed) {
        return MADE.computeIfAbsent(name + "|" + level + "|" + seed, k -> REGISTRY.make(name, config(name, level, seed)));
    }

    /**
     * How many leading tasks to check: {@code procedural} for generators, a few for datasets, and three for scenarios whose
     * gold is a program (their rubric runs code in the sandbox, which is slow).
     */
    private static int checked(Scenario s, int procedural) {
        boolean runsCode = s.size() > 0 && s.task(0).gold() instanceof Gold.Tests;
        if (runsCode) return (int) Math.min(s.size(), 3);
        return s.size() == Long.MAX_VALUE ? procedural : (int) Math.min(s.size(), 5);
    }
}
