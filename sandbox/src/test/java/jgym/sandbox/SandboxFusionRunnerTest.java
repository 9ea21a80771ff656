package jgym.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jgym.env.code.CodeRunner;
import jgym.env.code.CodeRunners;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import jgym.env.code.RunnerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SandboxFusion client against a local fake service on 127.0.0.1 that follows the published request and response
 * shapes. The fake does not execute code: each program carries a directive comment ({@code #fake: ...}) saying what
 * the service answers, and the fake echoes the end marker only when told the program ran to its end.
 */
class SandboxFusionRunnerTest {
    private static HttpServer server;
    private static final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private static CodeRunner runner;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/run_code", exchange -> {
            JsonNode req = WireFormat.JSON.readTree(exchange.getRequestBody().readAllBytes());
            requests.add(req);
            byte[] body = answer(req.get("code").asText()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        runner = CodeRunners.create(RunnerConfig.http(endpoint, 2));
    }

    @AfterAll
    static void stop() {
        runner.close();
        server.stop(0);
    }

    /** The service's answer for a program whose first line is {@code #fake: DIRECTIVE}. */
    private static ObjectNode answer(String code) {
        String directive = code.lines().findFirst().orElse("").replace("#fake:", "").trim();
        String marker = code.lines().filter(l -> l.contains("__jgym_end_")).findFirst()
                .map(l -> l.substring(l.indexOf("__jgym_end_"), l.lastIndexOf("__") + 2)).orElse("");
        ObjectNode run = WireFormat.JSON.createObjectNode();
        run.put("execution_time", 0.01);
        ObjectNode resp = WireFormat.JSON.createObjectNode();
        resp.put("status", "Success").put("message", "");
        switch (directive) {
            case "ok" -> run.put("status", "Finished").put("return_code", 0).put("stdout", "hello\n\n" + marker + "\n").put("stderr", "");
            case "exit0" -> run.put("status", "Finished").put("return_code", 0).put("stdout", "").put("stderr", "");
            case "assert" -> run.put("status", "Finished").put("return_code", 1).put("stdout", "")
                    .put("stderr", "Traceback (most recent call last):\n  File \"/tmp/a.py\", line 2, in <module>\n    assert f() == 3\nAssertionError\n");
            case "timeout" -> run.put("status", "TimeLimitExceeded").put("return_code", -1).put("stdout", "partial").put("stderr", "");
            case "flood" -> run.put("status", "Finished").put("return_code", 0).put("stdout", "x".repeat(5000) + "\n" + marker + "\n").put("stderr", "");
            default -> {
                resp.put("status", "SandboxError").put("message", "unknown directive " + directive);
                return resp;
            }
        }
        resp.set("run_result", run);
        return resp;
    }

    @Test
    void requestFollowsTheServiceShape() {
        runner.run(Program.python("#fake: ok\nprint('hello')"));
        JsonNode req = requests.get(requests.size() - 1);
        assertEquals("python", req.get("language").asText());
        assertEquals(5.0, req.get("run_timeout").asDouble(), 1e-9);
        assertTrue(req.get("code").asText().startsWith("#fake: ok\nprint('hello')\n"));
        assertEquals(256, req.get("memory_limit_MB").asInt());
        runner.run(Program.javascript("#fake: ok"));
        assertEquals("nodejs", requests.get(requests.size() - 1).get("language").asText());
    }

    @Test
    void aProgramThatRanToItsEndCompletesWithoutTheMarker() {
        Outcome.Completed c = assertInstanceOf(Outcome.Completed.class, runner.run(Program.python("#fake: ok\nprint('hello')")));
        assertEquals("hello\n", c.stdout());
    }

    @Test
    void exitingWithStatusZeroBeforeTheEndIsAFailure() {
        Outcome.Failed f = assertInstanceOf(Outcome.Failed.class, runner.run(Program.python("#fake: exit0\nimport sys\nsys.exit(0)\nassert False")));
        assertEquals("SystemExit", f.errorType());
    }

    @Test
    void aFailedAssertIsAnAssertionError() {
        Outcome.Failed f = assertInstanceOf(Outcome.Failed.class, runner.run(Program.python("#fake: assert\nassert f() == 3")));
        assertEquals("AssertionError", f.errorType());
        assertTrue(f.traceback().contains("line 2"), f.traceback());
    }

    @Test
    void timeLimitExceededIsTimedOut() {
        Outcome.TimedOut t = assertInstanceOf(Outcome.TimedOut.class, runner.run(Program.python("#fake: timeout\nwhile True: pass")));
        assertEquals("partial", t.stdout());
    }

    @Test
    void outputAboveTheLimitIsLimitExceeded() {
        Program p = Program.python("#fake: flood").withLimits(jgym.env.code.Limits.defaults().withMaxOutputBytes(1000));
        Outcome.LimitExceeded l = assertInstanceOf(Outcome.LimitExceeded.class, runner.run(p));
        assertEquals(Outcome.Resource.OUTPUT, l.resource());
        assertEquals(1000, l.stdout().length());
    }

    @Test
    void aServiceErrorIsASandboxErrorNotAPass() {
        Outcome.Failed f = assertInstanceOf(Outcome.Failed.class, runner.run(Program.python("#fake: nonsense")));
        assertEquals("SandboxError", f.errorType());
        assertTrue(f.message().contains("unknown directive"), f.message());
    }

    @Test
    void anUnreachableServiceIsASandboxError() {
        try (CodeRunner dead = CodeRunners.create(RunnerConfig.http(URI.create("http://127.0.0.1:1"), 1))) {
            Outcome.Failed f = assertInstanceOf(Outcome.Failed.class, dead.run(Program.python("print(1)")));
            assertEquals("SandboxError", f.errorType());
        }
    }
}
