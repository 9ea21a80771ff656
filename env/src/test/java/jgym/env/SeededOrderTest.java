package jgym.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SeededOrderTest {
    private static final List<Task> ROWS = LongStream.range(0, 200)
            .mapToObj(i -> new Task("d/" + i, "d", 1, "q" + i, new Gold.Answer(Long.toString(i)), "")).toList();
    private static final Rubric RUBRIC = Rubric.of("c", (t, c) -> Score.pass(""));

    private static ScenarioRegistry registry() {
        var r = new ScenarioRegistry();
        r.register("d", "a dataset of 200 rows", 1, config -> Scenario.of("d", ROWS, RUBRIC));
        return r;
    }

    private static List<String> ids(Scenario s) {
        var out = new ArrayList<String>();
        for (long i = 0; i < s.size(); i++) out.add(s.task(i).id());
        return out;
    }

    @Test
    void theSeedChoosesTheOrderOfTheRowsAndTheDefaultKeepsTheFiles() {
        var r = registry();
        List<String> file = ROWS.stream().map(Task::id).toList();
        assertEquals(file, ids(r.make("d", ScenarioConfig.defaults())));
        List<String> seven = ids(r.make("d", ScenarioConfig.defaults().withSeed(7)));
        assertEquals(new HashSet<>(file), new HashSet<>(seven), "every row once: a permutation");
        assertEquals(200, seven.size());
        assertNotEquals(file, seven);
        assertEquals(seven, ids(r.make("d", ScenarioConfig.defaults().withSeed(7))), "the same seed, the same order");
        assertNotEquals(seven, ids(r.make("d", ScenarioConfig.defaults().withSeed(8))));
    }

    @Test
    void aRowKeepsItsIdAndContentWhateverTheSeed() {
        Scenario s = registry().make("d", ScenarioConfig.defaults().withSeed(7));
        for (long i = 0; i < s.size(); i++) {
            Task t = s.task(i);
            assertSame(ROWS.get(Integer.parseInt(t.id().substring(2))), t);
        }
        assertEquals(ROWS.get(5), new TaskLookup(s, 10).find("d/5").orElseThrow());
    }
}
