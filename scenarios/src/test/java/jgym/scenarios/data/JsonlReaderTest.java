package jgym.scenarios.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jgym.env.DatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {
    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        Path p = dir.resolve("rows.jsonl");
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsRowsWithLineNumbersAndSkipsBlankLines() throws IOException {
        Path p = write("{\"a\": \"x\"}\n\n   \n{\"a\": \"y\", \"n\": 7}\n");
        List<JsonlRow> rows = JsonlReader.readAll(p);
        assertEquals(2, rows.size());
        assertEquals(1, rows.get(0).line());
        assertEquals(0, rows.get(0).index());
        assertEquals(4, rows.get(1).line());
        assertEquals(1, rows.get(1).index());
        assertEquals("y", rows.get(1).text("a"));
        assertEquals("7", rows.get(1).id("n"));
    }

    @Test
    void malformedJsonNamesFileAndLine() throws IOException {
        Path p = write("{\"a\": 1}\n{\"a\": 2}\n{\"a\": \n");
        var e = assertThrows(DatasetException.class, () -> JsonlReader.readAll(p));
        assertEquals(p, e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(p + ":3: malformed JSON"), e.getMessage());
    }

    @Test
    void twoObjectsOnOneLineOrARepeatedKeyAreRejectedNotDropped() throws IOException {
        Path p = write("{\"a\": 1}\n{\"a\": 2} {\"a\": 3}\n");
        var e = assertThrows(DatasetException.class, () -> JsonlReader.readAll(p));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
        Path q = write("{\"answer\": \"1\", \"answer\": \"2\"}\n");
        e = assertThrows(DatasetException.class, () -> JsonlReader.readAll(q));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("Duplicate field 'answer'"), e.getMessage());
    }

    @Test
    void aLineThatIsNotAnObjectIsRejected() throws IOException {
        Path p = write("{\"a\": 1}\n[1, 2]\n");
        var e = assertThrows(DatasetException.class, () -> JsonlReader.readAll(p));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("expected a JSON object, got array"), e.getMessage());
    }

    @Test
    void rowsBeforeABadLineReachTheHandler() throws IOException {
        Path p = write("{\"a\": 1}\n{\"a\": 2}\nnot json\n{\"a\": 4}\n");
        var seen = new ArrayList<Long>();
        assertThrows(DatasetException.class, () -> JsonlReader.forEach(p, r -> seen.add(r.line())));
        assertEquals(List.of(1L, 2L), seen);
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        Path p = dir.resolve("bad.jsonl");
        byte[] ok = "{\"a\": \"x\"}\n{\"a\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        byte[] end = "\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[ok.length + bad.length + end.length];
        System.arraycopy(ok, 0, all, 0, ok.length);
        System.arraycopy(bad, 0, all, ok.length, bad.length);
        System.arraycopy(end, 0, all, ok.length + bad.length, end.length);
        Files.write(p, all);
        var e = assertThrows(DatasetException.class, () -> JsonlReader.readAll(p));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void fieldErrorsNameTheField() throws IOException {
        Path p = write("{\"q\": 5, \"n\": null, \"e\": \"  \", \"o\": {}}\n");
        JsonlRow row = JsonlReader.readAll(p).get(0);
        var missing = assertThrows(DatasetException.class, () -> row.text("question"));
        assertEquals("question", missing.field());
        assertEquals(p + ":1: field 'question': missing", missing.getMessage());
        assertEquals(p + ":1: field 'q': must be a string, got a number",
                assertThrows(DatasetException.class, () -> row.text("q")).getMessage());
        assertEquals(p + ":1: field 'n': is null", assertThrows(DatasetException.class, () -> row.text("n")).getMessage());
        assertEquals(p + ":1: field 'e': is empty", assertThrows(DatasetException.class, () -> row.nonBlankText("e")).getMessage());
        assertEquals(p + ":1: field 'o': must be a string or an integer, got an object",
                assertThrows(DatasetException.class, () -> row.id("o")).getMessage());
        assertEquals("5", row.scalarText("q"));
        assertTrue(row.optionalText("n").isEmpty());
    }

    @Test
    void aMissingFileIsADatasetError() {
        Path p = dir.resolve("nope.jsonl");
        var e = assertThrows(DatasetException.class, () -> JsonlReader.readAll(p));
        assertEquals(0, e.line());
        assertEquals(p + ": no such file", e.getMessage());
    }

    @Test
    void windowsLineEndingsAreRead() throws IOException {
        Path p = write("{\"a\": \"x\"}\r\n\r\n{\"a\": \"y\"}\r\n");
        List<JsonlRow> rows = JsonlReader.readAll(p);
        assertEquals(2, rows.size());
        assertEquals(3, rows.get(1).line());
        assertEquals("y", rows.get(1).text("a"));
    }

    @Test
    void aLastLineWithoutNewlineIsARow() throws IOException {
        Path p = write("{\"a\": \"x\"}\n{\"a\": \"y\"}");
        assertEquals(2, JsonlReader.readAll(p).size());
    }

    @Test
    void aByteOrderMarkIsIgnored() throws IOException {
        Path p = write("\uFEFF{\"a\": \"x\"}\n");
        assertEquals("x", JsonlReader.readAll(p).get(0).text("a"));
    }
}
