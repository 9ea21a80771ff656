package jgym.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jgym.env.code.CodeRunner;
import jgym.env.code.CodeRunners;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import jgym.env.code.RunnerConfig;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /run_code} as SandboxFusion's sandbox_api.py answers it (the response models and parse_run_status), and
 * spoken to by jgym's own SandboxFusion client, which was written against that service.
 */
class RunCodeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CodeRunner sandbox;
    private static OpenEnvServer server;

    @BeforeAll
    static void start() {
        sandbox = CodeRunners.create(RunnerConfig.inProcess(RunnerConfig.Isolation.FRESH_CONTEXT, 2));
        server = OpenEnvServer.start(ServerConfig.defaults().withPort(0), Scenarios.builtin(), () -> sandbox);
    }

    @AfterAll
    static void stop() {
        server.close();
        sandbox.close();
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/run_code"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode run(String body) throws Exception {
        HttpResponse<String> r = post(body);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void aProgramThatRunsAnswersSandboxFusionsSuccessShape() throws Exception {
        JsonNode r = run("{\"code\": \"print('hello')\", \"language\": \"python\"}");
        assertTrue(r.at("/run_result/execution_time").isNumber());
        ((ObjectNode) r.get("run_result")).remove("execution_time");
        assertEquals(JSON.readTree("{\"status\":\"Success\",\"message\":\"\",\"compile_result\":null,\"run_result\":{\"status\":\"Finished\","
                + "\"return_code\":0,\"stdout\":\"hello\\n\",\"stderr\":\"\"},\"executor_pod_name\":null,\"files\":{}}"), r);
        assertEquals("abc\n", run("{\"code\": \"print(input())\", \"language\": \"python\", \"stdin\": \"abc\\n\"}").at("/run_result/stdout").asText());
        assertEquals("2\n", run("{\"code\": \"console.log(1 + 1)\", \"language\": \"nodejs\"}").at("/run_result/stdout").asText());
    }

    @Test
    void failuresTimeoutsAndExitsAreFailedWithTheirReturnCode() throws Exception {
        JsonNode assertion = run("{\"code\": \"assert 1 == 2\", \"language\": \"python\"}");
        assertEquals("Failed", assertion.get("status").asText());
        assertEquals(1, assertion.at("/run_result/return_code").asInt());
        assertTrue(assertion.at("/run_result/stderr").asText().endsWith("AssertionError\n"), assertion.toString());
        JsonNode exit = run("{\"code\": \"import sys\\nsys.exit(3)\", \"language\": \"python\"}");
        assertEquals("Failed", exit.get("status").asText());
        assertEquals(3, exit.at("/run_result/return_code").asInt());
        JsonNode loop = run("{\"code\": \"while True:\\n    pass\", \"language\": \"python\", \"run_timeout\": 1}");
        assertEquals("Failed", loop.get("status").asText());
        assertEquals("TimeLimitExceeded", loop.at("/run_result/status").asText());
        assertTrue(loop.at("/run_result/return_code").isNull());
        JsonNode denied = run("{\"code\": \"open('/etc/passwd').read()\", \"language\": \"python\"}");
        assertEquals("Failed", denied.get("status").asText());
        assertTrue(denied.at("/run_result/stderr").asText().contains("file denied"), denied.toString());
    }

    @Test
    void languagesAndFieldsTheSandboxCannotServeAreNamed() throws Exception {
        JsonNode cpp = run("{\"code\": \"int main() {}\", \"language\": \"cpp\"}");
        assertEquals("SandboxError", cpp.get("status").asText());
        assertTrue(cpp.get("message").asText().contains("cpp"), cpp.toString());
        HttpResponse<String> unknown = post("{\"code\": \"x\", \"language\": \"cobol\"}");
        assertEquals(422, unknown.statusCode());
        assertEquals(JSON.readTree("[\"body\",\"language\"]"), JSON.readTree(unknown.body()).at("/detail/0/loc"));
        HttpResponse<String> noCode = post("{\"language\": \"python\"}");
        assertEquals(422, noCode.statusCode());
        assertEquals(JSON.readTree("[\"body\",\"code\"]"), JSON.readTree(noCode.body()).at("/detail/0/loc"));
        assertEquals(422, post("{\"code\": \"1\", \"language\": \"python\", \"run_timeout\": 3600}").statusCode());
        assertEquals("SandboxError", run("{\"code\": \"1\", \"language\": \"python\", \"files\": {\"a.txt\": \"eA==\"}}").get("status").asText());
    }

    @Test
    void jgymsSandboxFusionClientRunsProgramsThroughTheServer() {
        try (CodeRunner client = CodeRunners.create(RunnerConfig.http(URI.create("http://127.0.0.1:" + server.port()), 2))) {
            Outcome ok = client.run(Program.python("print(6 * 7)"));
            assertEquals("42\n", assertInstanceOf(Outcome.Completed.class, ok).stdout());
            Outcome failed = client.run(Program.python("x = 1\nassert x == 2, 'x is not 2'"));
            assertEquals("AssertionError", assertInstanceOf(Outcome.Failed.class, failed).errorType());
            Outcome early = client.run(Program.python("import sys\nsys.exit(0)\nprint('never')"));
            assertEquals("SystemExit", assertInstanceOf(Outcome.Failed.class, early).errorType());
        }
    }
}
