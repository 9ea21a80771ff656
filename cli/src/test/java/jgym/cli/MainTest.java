package jgym.cli;

import static jgym.cli.TestScenarios.builtin;
import static jgym.cli.TestScenarios.gym;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgym.cli.TestScenarios.Run;
import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void noArgumentsPrintsTheCommandsAndExits2() {
        Run r = gym();
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("usage: gym [--verbose] COMMAND"), r.err());
        assertTrue(r.err().matches("(?s).*\\n  score +score JSONL completions.*"), r.err());
    }

    @Test
    void helpExits0() {
        assertEquals(0, gym("help").code());
        assertEquals(0, gym("--help").code());
        Run r = gym("help", "sample");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("usage: gym sample SCENARIO"), r.out());
        r = gym("sample", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("usage: gym sample SCENARIO"), r.out());
    }

    @Test
    void anUnknownCommandSuggestsTheClosest() {
        Run r = gym("scroe");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gym: unknown command 'scroe'; did you mean score?"), r.err());
    }

    @Test
    void anUnknownScenarioSuggestsTheClosest() {
        Run r = builtin("sample", "gsm8");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown scenario 'gsm8'; did you mean gsm8k"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void badOptionValuesExit2WithTheUsage() {
        Run r = gym("sample", "test/add", "-n", "ten");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gym sample: option -n must be an integer, got 'ten'\nusage: gym sample SCENARIO"), r.err());
        r = gym("sample", "test/add", "--colour", "red");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gym sample: unknown option --colour"), r.err());
        r = gym("sample", "test/add", "--level", "3");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gym sample: test/add: level must be in [1, 2], got 3"), r.err());
        r = gym("sample");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gym sample: missing SCENARIO"), r.err());
        r = gym("list", "extra");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gym list: unexpected argument 'extra'"), r.err());
    }

    @Test
    void aScenarioThatNeedsDataSaysSo() {
        Run r = builtin("sample", "jsonl");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gym sample: jsonl: data is required"), r.err());
    }

    @Test
    void listShowsNamesLevelsAndDescriptions() {
        Run r = gym("list");
        assertEquals(0, r.code());
        assertEquals("""
                scenario   levels  description [options]
                test/add      1-2  sums of two numbers
                test/data       1  three fixed sums
                [options]: keys for --option key=value; every family documents their values and defaults in its class
                2 scenarios
                """, r.out());
        assertEquals("test/add\ntest/data\n", gym("list", "--names").out());
        // The built-in families list the option keys they accept.
        String builtin = builtin("list").out();
        assertTrue(builtin.lines().anyMatch(l -> l.startsWith("math/sorting ") && l.endsWith("[count, max_value]")), builtin);
        assertTrue(builtin.lines().anyMatch(l -> l.startsWith("mix ") && l.endsWith("[of]")), builtin);
    }

    @Test
    void theBuiltinListHasTheDatasets() {
        Run r = builtin("list", "--names");
        assertEquals(0, r.code());
        assertTrue(r.outLines().containsAll(java.util.List.of("gsm8k", "math-boxed", "jsonl")), r.out());
    }

    @Test
    void scoringOnSparkWithoutTheSparkModuleSaysHowToGetIt() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("completions", ".jsonl");
        try {
            java.nio.file.Files.writeString(file, "{\"task_id\": \"x\", \"completion\": \"1\"}\n");
            Run r = gym("score", "test/add", "--completions", file.toString(), "--spark", "local[2]");
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().startsWith("gym score: --spark needs the spark module on the classpath"), r.err());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
