package jgym.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jgym.env.Task;
import jgym.env.ScenarioConfig;
import jgym.env.code.CodeRunner;
import jgym.env.code.CodeRunners;
import jgym.env.code.RunnerConfig;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OpenEnv's {@code coding_env} shape ({@code envs/coding_env/models.py}: CodeAction, CodeObservation, CodeState) over
 * WebSocket sessions, and multi-turn tool episodes of the reasoning environment.
 */
class CodingEnvTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CodeRunner sandbox;
    private static OpenEnvServer coding, reasoning;

    @BeforeAll
    static void start() {
        sandbox = CodeRunners.create(RunnerConfig.inProcess(RunnerConfig.Isolation.FRESH_CONTEXT, 2));
        coding = OpenEnvServer.start(ServerConfig.defaults().withPort(0), Scenarios.builtin(), () -> sandbox, EnvKind.CODING);
        reasoning = OpenEnvServer.start(ServerConfig.defaults().withPort(0), Scenarios.builtin(), () -> sandbox, EnvKind.REASONING_GYM);
    }

    @AfterAll
    static void stop() {
        coding.close();
        reasoning.close();
        sandbox.close();
    }

    private static String step(String code) throws Exception {
        return JSON.writeValueAsString(JSON.createObjectNode().put("type", "step").set("data", JSON.createObjectNode().put("code", code)));
    }

    @Test
    void namesPersistAcrossAnEpisodesStepsAndResetForgetsThem() throws Exception {
        try (WsClient ws = WsClient.open(coding, null)) {
            JsonNode r = ws.call("{\"type\": \"reset\", \"data\": {}}");
            assertEquals("observation", r.get("type").asText());
            assertEquals("", r.get("data").get("observation").get("stdout").asText());
            assertEquals(0, r.get("data").get("observation").get("exit_code").asInt());
            assertTrue(r.get("data").get("reward").isNull());
            assertFalse(r.get("data").get("done").asBoolean());

            JsonNode a = ws.call(step("x = 6\nprint('set')")).get("data").get("observation");
            assertEquals("set\n", a.get("stdout").asText());
            assertEquals(0, a.get("exit_code").asInt());
            JsonNode b = ws.call(step("def f(y):\n    return x * y\nprint(f(7))")).get("data").get("observation");
            assertEquals("42\n", b.get("stdout").asText(), "x from the first step, and its print is not repeated");
            JsonNode c = ws.call(step("print(undefined_name)")).get("data").get("observation");
            assertEquals(1, c.get("exit_code").asInt());
            assertTrue(c.get("stderr").asText().contains("NameError"), c.get("stderr").asText());
            JsonNode d = ws.call(step("print(f(2) + 1)")).get("data").get("observation");
            assertEquals("13\n", d.get("stdout").asText(), "a failed step leaves the earlier names alone");

            JsonNode state = ws.call("{\"type\": \"state\"}").get("data");
            assertEquals(4, state.get("step_count").asInt());
            assertEquals(0, state.get("last_exit_code").asInt());

            ws.call("{\"type\": \"reset\", \"data\": {}}");
            JsonNode e = ws.call(step("print(x)")).get("data").get("observation");
            assertEquals(1, e.get("exit_code").asInt());
            assertTrue(e.get("stderr").asText().contains("NameError"), e.get("stderr").asText());
        }
    }

    @Test
    void episodesDoNotSeeEachOthersNamesAndTheSandboxHoldsItsLimits() throws Exception {
        try (WsClient one = WsClient.open(coding, null); WsClient two = WsClient.open(coding, null)) {
            one.call("{\"type\": \"reset\"}");
            two.call("{\"type\": \"reset\"}");
            one.call(step("secret = 'one'"));
            JsonNode seen = two.call(step("print(secret)")).get("data").get("observation");
            assertEquals(1, seen.get("exit_code").asInt());
            JsonNode denied = two.call(step("open('/etc/passwd').read()")).get("data").get("observation");
            assertEquals(1, denied.get("exit_code").asInt());
            assertTrue(denied.get("stderr").asText().contains("PermissionError"), denied.get("stderr").asText());
            JsonNode loop = two.call(step("while True: pass")).get("data").get("observation");
            assertEquals(1, loop.get("exit_code").asInt());
            assertTrue(loop.get("stderr").asText().startsWith("TimeoutError: stopped after 5000 ms"), loop.get("stderr").asText());
            JsonNode still = one.call(step("print(secret)")).get("data").get("observation");
            assertEquals("one\n", still.get("stdout").asText());
        }
    }

    @Test
    void aMissingCodeFieldIsAValidationErrorNamingIt() throws Exception {
        try (WsClient ws = WsClient.open(coding, null)) {
            ws.call("{\"type\": \"reset\"}");
            JsonNode e = ws.call("{\"type\": \"step\", \"data\": {\"answer\": \"1\"}}");
            assertEquals("error", e.get("type").asText());
            assertEquals("VALIDATION_ERROR", e.get("data").get("code").asText());
            assertEquals("code", e.get("data").get("errors").get(0).get("loc").get(0).asText());
        }
    }

    @Test
    void schemaIsCodingEnvs() throws Exception {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + coding.port() + "/schema")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        JsonNode s = JSON.readTree(r.body());
        assertEquals("CodeAction", s.get("action").get("title").asText());
        assertEquals("code", s.get("action").get("required").get(0).asText());
        assertTrue(s.get("observation").get("properties").has("exit_code"));
        assertTrue(s.get("state").get("properties").has("last_exit_code"));
    }

    /** A reasoning episode with the python tool: calls run code and come back as tool_output; then the answer is scored. */
    @Test
    void aToolEpisodeRunsCodeThenScoresTheAnswer() throws Exception {
        Task task = Scenarios.builtin().make("math/arithmetic", ScenarioConfig.defaults().withSeed(3)).task(0);
        try (WsClient ws = WsClient.open(reasoning, null)) {
            JsonNode r = ws.call("{\"type\": \"reset\", \"data\": {\"dataset_name\": \"math/arithmetic\", \"seed\": 3, \"size\": 5,"
                    + " \"tools\": [\"python\"], \"max_turns\": 2}}");
            assertEquals(task.prompt(), r.get("data").get("observation").get("question").asText());
            String call = "Let me compute.\n```python\nprint(6 * 7)\n```";
            JsonNode t = ws.call(JSON.writeValueAsString(JSON.createObjectNode().put("type", "step")
                    .set("data", JSON.createObjectNode().put("answer", call))));
            assertFalse(t.get("data").get("done").asBoolean());
            assertEquals("```output\n42\n```", t.get("data").get("observation").get("tool_output").asText());
            assertEquals(task.prompt(), t.get("data").get("observation").get("question").asText());
            JsonNode done = ws.call(JSON.writeValueAsString(JSON.createObjectNode().put("type", "step")
                    .set("data", JSON.createObjectNode().put("answer", task.answer()))));
            assertTrue(done.get("data").get("done").asBoolean());
            assertEquals(1.0, done.get("data").get("reward").asDouble());
        }
    }

    @Test
    void afterMaxTurnsTheNextStepIsTheAnswer() throws Exception {
        try (WsClient ws = WsClient.open(reasoning, null)) {
            ws.call("{\"type\": \"reset\", \"data\": {\"dataset_name\": \"math/arithmetic\", \"seed\": 3, \"size\": 5,"
                    + " \"tools\": [\"python\"], \"max_turns\": 1}}");
            String call = JSON.writeValueAsString(JSON.createObjectNode().put("type", "step")
                    .set("data", JSON.createObjectNode().put("answer", "```python\nprint(1)\n```")));
            assertFalse(ws.call(call).get("data").get("done").asBoolean());
            JsonNode scored = ws.call(call).get("data");
            assertTrue(scored.get("done").asBoolean(), "the second code block is scored as the answer");
            assertEquals(0.0, scored.get("reward").asDouble());
            JsonNode bad = ws.call("{\"type\": \"reset\", \"data\": {\"tools\": [\"bash\"]}}");
            assertEquals("VALIDATION_ERROR", bad.get("data").get("code").asText());
            assertEquals("tools", bad.get("data").get("errors").get(0).get("loc").get(0).asText());
        }
    }
}
