package jgym.cli;

import static jgym.cli.TestScenarios.gym;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jgym.cli.TestScenarios.Run;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
    @Test
    void tasksPrintsARowPerScenarioWithTheOracleChecked() {
        Run r = gym("bench", "tasks", "--seconds", "0.02", "--warmup", "0");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.outLines();
        assertEquals(7, lines.size(), r.out());
        assertTrue(lines.get(5).startsWith("test/add "), r.out());
        assertTrue(lines.get(6).startsWith("test/data "), r.out());
        assertTrue(!r.out().contains("oracle completions not correct"), r.out());
    }

    @Test
    void timingCountsTasksAndOracleMisses() {
        // test/data's oracle completion is "<think>\n\n</think>\n<answer>3</answer>", which "correct" accepts.
        TasksBenchmark.Timing t = TasksBenchmark.measure(List.of(TestScenarios.DATA), true, 0.01);
        assertTrue(t.tasks() >= 1, "at least one task is timed");
        assertEquals(0, t.oracleMisses());
        assertEquals(4 * t.tasks(), t.promptChars(), "each of the three prompts has 4 characters");
        assertTrue(t.cpuNanos() > 0 && t.nanos() > 0, t.toString());
    }

    @Test
    void unknownBenchmarksAndFiltersExit2() {
        Run r = gym("bench", "task");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gym bench: unknown benchmark 'task'; did you mean tasks?"), r.err());
        r = gym("bench", "tasks", "--only", "nothing", "--seconds", "0.01");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no scenario matches --only [nothing]"), r.err());
        r = gym("bench", "tasks", "--seconds", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gym bench tasks: option --seconds must be in [0.01, 3600.0], got 0"), r.err());
    }
}
