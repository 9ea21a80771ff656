package jgym.cli;

import static jgym.cli.TestScenarios.builtin;
import static jgym.cli.TestScenarios.gym;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jgym.cli.TestScenarios.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> rows(Run r) throws Exception {
        var rows = new ArrayList<JsonNode>();
        for (String line : r.outLines()) rows.add(JSON.readTree(line));
        return rows;
    }

    @Test
    void theSameSeedPrintsTheSameTasksAndAnotherSeedOthers() throws Exception {
        Run a = gym("sample", "test/add", "-n", "50", "--seed", "7", "--level", "2");
        Run b = gym("sample", "test/add", "-n", "50", "--seed", "7", "--level", "2");
        Run c = gym("sample", "test/add", "-n", "50", "--seed", "8", "--level", "2");
        assertEquals(0, a.code());
        assertEquals(50, a.outLines().size());
        assertEquals(a.out(), b.out());
        assertNotEquals(a.out(), c.out());
        JsonNode first = rows(a).get(0);
        assertEquals(List.of("task_id", "prompt", "answer", "trace"), iterableToList(first.fieldNames()));
        assertEquals("test/add/2/0", first.get("task_id").textValue());
    }

    @Test
    void lineIOfTheOutputIsTaskStartPlusI() throws Exception {
        List<JsonNode> all = rows(gym("sample", "test/add", "-n", "10", "--seed", "3"));
        List<JsonNode> tail = rows(gym("sample", "test/add", "-n", "4", "--start", "6", "--seed", "3"));
        assertEquals(all.subList(6, 10), tail);
        var direct = new TestScenarios.Addition(3, 1).task(6);
        assertEquals(direct.id(), tail.get(0).get("task_id").textValue());
        assertEquals(direct.prompt(), tail.get(0).get("prompt").textValue());
        assertEquals(direct.answer(), tail.get(0).get("answer").textValue());
        assertEquals(direct.trace(), tail.get(0).get("trace").textValue());
    }

    @Test
    void aDatasetPrintsTheRowsItHas() throws Exception {
        Run r = builtin("sample", "gsm8k", "--start", "7471", "-n", "5");
        assertEquals(0, r.code());
        List<JsonNode> rows = rows(r);
        assertEquals(2, rows.size());
        assertEquals("gsm8k/7471", rows.get(0).get("task_id").textValue());
        assertEquals("gsm8k/7472", rows.get(1).get("task_id").textValue());
        assertTrue(r.err().contains("gsm8k has 7473 tasks; printing 2 from index 7471"), r.err());
    }

    @Test
    void outWritesTheRowsToAFile() throws Exception {
        Path out = dir.resolve("sub/tasks.jsonl");
        Run r = gym("sample", "test/data", "-n", "3", "--out", out.toString());
        assertEquals(0, r.code());
        assertEquals("", r.out());
        assertEquals("""
                {"task_id":"t/0","prompt":"1+2?","answer":"3","trace":""}
                {"task_id":"t/1","prompt":"2+3?","answer":"5","trace":""}
                {"task_id":"t/2","prompt":"3+5?","answer":"8","trace":""}
                """, Files.readString(out));
    }

    @Test
    void aWriteThatFailsExits1NamingThePath() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isWritable(java.nio.file.Path.of("/dev/full")), "no /dev/full here");
        Run r = gym("sample", "test/data", "-n", "3", "--out", "/dev/full");
        assertEquals(1, r.code(), r.out());
        assertEquals("gym sample: cannot write /dev/full: No space left on device\n", r.err());
    }

    @Test
    void badDataExits1NamingFileLineAndField() throws Exception {
        Path data = dir.resolve("g.jsonl");
        Files.writeString(data, "{\"question\": \"Q\", \"answer\": \"x\\n#### 1\"}\n{\"question\": \"Q\"}\n");
        Run r = builtin("sample", "gsm8k", "--data", data.toString());
        assertEquals(1, r.code());
        assertEquals("gym sample: bad data: " + data + ":2: field 'answer': missing\n", r.err());
        r = builtin("sample", "gsm8k", "--data", dir.resolve("none.jsonl").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gym sample: option --data: no such file"), r.err());
    }

    private static List<String> iterableToList(java.util.Iterator<String> it) {
        var l = new ArrayList<String>();
        it.forEachRemaining(l::add);
        return l;
    }
}
