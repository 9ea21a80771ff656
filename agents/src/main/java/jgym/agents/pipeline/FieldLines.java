package jgym.agents.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every field and list entry of a JSON or YAML text, by path ({@code stages[1].rl.steps}), so that an error
 * found after a value was read (a record's check) can still name the line the field is on.
 */
final class FieldLines {
    private final Map<String, Integer> lines = new HashMap<>();

    private FieldLines() {}

    /** Indexes {@code text}; a text that does not parse indexes as far as it goes. */
    static FieldLines of(String text, JsonFactory factory) {
        var index = new FieldLines();
        // each frame: the path of a container and, for a list, the index of its next entry (-1 for an object)
        Deque<String> paths = new ArrayDeque<>();
        Deque<int[]> next = new ArrayDeque<>();
        String field = null;
        try (JsonParser p = factory.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                int line = p.currentTokenLocation().getLineNr();
                if (t == JsonToken.FIELD_NAME) {
                    field = p.currentName();
                    index.lines.putIfAbsent(join(paths.peek(), field), line);
                    continue;
                }
                String here = null;
                if (!next.isEmpty() && next.peek()[0] >= 0 && !t.isStructEnd()) {
                    here = paths.peek() + "[" + next.peek()[0]++ + "]";
                    index.lines.putIfAbsent(here, line);
                } else if (field != null && !t.isStructEnd()) {
                    here = join(paths.peek(), field);
                }
                if (t.isStructStart()) {
                    paths.push(here == null ? "" : here);
                    next.push(new int[] {t == JsonToken.START_ARRAY ? 0 : -1});
                } else if (t.isStructEnd()) {
                    paths.pop();
                    next.pop();
                }
                field = null;
            }
        } catch (IOException e) {
            // the mapper reports the syntax error itself
        }
        return index;
    }

    private static String join(String parent, String field) {
        return parent == null || parent.isEmpty() ? field : parent + "." + field;
    }

    /** The line of {@code path}, or -1 when the text has no such field. */
    int line(String path) {
        return lines.getOrDefault(path, -1);
    }

    /** The only field of the object at {@code path} (a stage's kind), or null. */
    String onlyField(String path) {
        String found = null;
        for (String k : lines.keySet()) {
            if (k.startsWith(path + ".") && k.indexOf('.', path.length() + 1) < 0 && k.indexOf('[', path.length() + 1) < 0) {
                if (found != null) return null;
                found = k.substring(path.length() + 1);
            }
        }
        return found;
    }
}
