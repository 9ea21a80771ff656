package jgym.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import jgym.env.code.Trial;

/**
 * The worker protocol: one JSON object per line. The host sends a program (language, source, stdin, limits in
 * milliseconds and bytes); the worker answers with the outcome, tagged by {@code kind}. Durations travel as nanoseconds.
 */
final class WireFormat {
    private WireFormat() {}

    static final ObjectMapper JSON = new ObjectMapper();

    static String request(long id, Program p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id);
        n.put("language", p.language().id());
        n.put("source", p.source());
        n.put("stdin", p.stdin());
        n.put("wallNanos", p.limits().wallTime().toNanos());
        n.put("cpuNanos", p.limits().cpuTime().toNanos());
        n.put("maxOutputBytes", p.limits().maxOutputBytes());
        n.put("maxMemoryBytes", p.limits().maxMemoryBytes());
        return n.toString();
    }

    static String trialRequest(long id, Trial t, int first) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id);
        n.put("type", "trial");
        n.put("first", first);
        n.put("language", t.language().id());
        n.put("setup", t.setup());
        n.put("solution", t.solution());
        var tests = n.putArray("tests");
        t.tests().forEach(tests::add);
        n.put("entryPoint", t.entryPoint());
        var classes = n.putArray("sharedClasses");
        t.sharedClasses().forEach(classes::add);
        limits(n, t.limits());
        return n.toString();
    }

    static Trial trial(JsonNode n) {
        var tests = new java.util.ArrayList<String>();
        n.get("tests").forEach(x -> tests.add(x.asText()));
        var classes = new java.util.ArrayList<String>();
        n.path("sharedClasses").forEach(x -> classes.add(x.asText()));
        return new Trial(Language.parse(n.get("language").asText()), n.get("setup").asText(), n.get("solution").asText(),
                tests, n.get("entryPoint").asText(), limits(n), classes);
    }

    private static void limits(ObjectNode n, Limits l) {
        n.put("wallNanos", l.wallTime().toNanos());
        n.put("cpuNanos", l.cpuTime().toNanos());
        n.put("maxOutputBytes", l.maxOutputBytes());
        n.put("maxMemoryBytes", l.maxMemoryBytes());
    }

    private static Limits limits(JsonNode n) {
        return new Limits(Duration.ofNanos(n.get("wallNanos").asLong()), Duration.ofNanos(n.get("cpuNanos").asLong()),
                n.get("maxOutputBytes").asInt(), n.get("maxMemoryBytes").asLong());
    }

    /** One test's outcome within the answer to a trial request. */
    static String testResponse(long id, int index, Outcome o) {
        return node(id, o).put("index", index).toString();
    }

    static Program program(JsonNode n) {
        Limits limits = new Limits(Duration.ofNanos(n.get("wallNanos").asLong()), Duration.ofNanos(n.get("cpuNanos").asLong()),
                n.get("maxOutputBytes").asInt(), n.get("maxMemoryBytes").asLong());
        return new Program(Language.parse(n.get("language").asText()), n.get("source").asText(), n.get("stdin").asText(), limits);
    }

    static String response(long id, Outcome o) {
        return node(id, o).toString();
    }

    private static ObjectNode node(long id, Outcome o) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id);
        n.put("stdout", o.stdout());
        n.put("stderr", o.stderr());
        n.put("elapsedNanos", o.elapsed().toNanos());
        if (o instanceof Outcome.Completed c) {
            n.put("kind", "completed").put("value", c.value());
        } else if (o instanceof Outcome.Failed f) {
            n.put("kind", "failed").put("errorType", f.errorType()).put("message", f.message()).put("traceback", f.traceback());
        } else if (o instanceof Outcome.TimedOut t) {
            n.put("kind", "timed_out").put("limitNanos", t.limit().toNanos());
        } else if (o instanceof Outcome.LimitExceeded l) {
            n.put("kind", "limit_exceeded").put("resource", l.resource().name()).put("detail", l.detail());
        } else if (o instanceof Outcome.Denied d) {
            n.put("kind", "denied").put("operation", d.operation().name()).put("message", d.message());
        }
        return n;
    }

    static Outcome outcome(JsonNode n) {
        String out = n.get("stdout").asText();
        String err = n.get("stderr").asText();
        Duration elapsed = Duration.ofNanos(n.get("elapsedNanos").asLong());
        String kind = n.get("kind").asText();
        return switch (kind) {
            case "completed" -> new Outcome.Completed(out, err, n.get("value").asText(), elapsed);
            case "failed" -> new Outcome.Failed(n.get("errorType").asText(), n.get("message").asText(), n.get("traceback").asText(), out, err, elapsed);
            case "timed_out" -> new Outcome.TimedOut(Duration.ofNanos(n.get("limitNanos").asLong()), out, err, elapsed);
            case "limit_exceeded" -> new Outcome.LimitExceeded(Outcome.Resource.valueOf(n.get("resource").asText()), n.get("detail").asText(), out, err, elapsed);
            case "denied" -> new Outcome.Denied(Outcome.Operation.valueOf(n.get("operation").asText()), n.get("message").asText(), out, err, elapsed);
            default -> throw new IllegalArgumentException("unknown outcome kind '" + kind + "' from worker");
        };
    }
}
