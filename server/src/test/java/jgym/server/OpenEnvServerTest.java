package jgym.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jgym.env.ScenarioConfig;
import jgym.env.ScenarioRegistry;
import jgym.env.Task;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OpenEnv's protocol as its http_server.py and types.py define it, spoken by the JDK's own HTTP and WebSocket clients;
 * every expected value is taken from those sources or recomputed from the scenario, never from the server's output.
 */
class OpenEnvServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ScenarioRegistry REGISTRY = Scenarios.builtin();
    private static OpenEnvServer server;

    @BeforeAll
    static void start() {
        server = OpenEnvServer.start(ServerConfig.defaults().withPort(0).withMaxSessions(4), REGISTRY);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Task task(String name, long seed, int level, long index) {
        return REGISTRY.make(name, ScenarioConfig.defaults().withSeed(seed).withLevel(level)).task(index);
    }

    @Test
    void healthMetadataAndSchemaHaveOpenEnvsShape() throws Exception {
        assertEquals(JSON.readTree("{\"status\":\"healthy\"}"), get(server, "/health", null).json);
        JsonNode meta = get(server, "/metadata", null).json;
        for (String f : new String[] {"name", "description", "readme_content", "version", "author", "documentation_url"}) {
            assertTrue(meta.has(f), "metadata field " + f);
        }
        JsonNode schema = get(server, "/schema", null).json;
        assertEquals(JSON.readTree("[\"answer\"]"), schema.at("/action/required"));
        for (String f : new String[] {"question", "score", "correct_answer", "dataset_metadata"}) {
            assertTrue(schema.at("/observation/properties").has(f), "observation field " + f);
        }
        assertTrue(schema.at("/state/properties").has("episode_id") && schema.at("/state/properties").has("step_count"));
    }

    @Test
    void aWebSocketEpisodeGivesGymSamplesQuestionAndScoresTheAnswer() throws Exception {
        try (WsClient ws = WsClient.open(server, null)) {
            JsonNode first = ws.call("{\"type\":\"reset\",\"data\":{\"dataset_name\":\"math/arithmetic\",\"dataset_config\":{\"level\":2},"
                    + "\"seed\":7,\"size\":3,\"episode_id\":\"ep-1\"}}");
            Task t0 = task("math/arithmetic", 7, 2, 0);
            assertEquals("observation", first.get("type").asText());
            assertEquals(JSON.readTree("{\"question\":" + JSON.writeValueAsString(t0.prompt())
                    + ",\"score\":null,\"correct_answer\":null,\"dataset_metadata\":null}"), first.at("/data/observation"));
            assertEquals(0.0, first.at("/data/reward").asDouble());
            assertFalse(first.at("/data/done").asBoolean());
            assertEquals(JSON.readTree("{\"type\":\"state\",\"data\":{\"episode_id\":\"ep-1\",\"step_count\":0}}"),
                    ws.call("{\"type\":\"state\"}"));
            // the revealed correct answer, submitted back bare, scores 1
            JsonNode scored = ws.call("{\"type\":\"step\",\"data\":{\"answer\":" + JSON.writeValueAsString(t0.gold().text()) + "}}");
            assertEquals(1.0, scored.at("/data/observation/score").asDouble());
            assertEquals(1.0, scored.at("/data/reward").asDouble());
            assertTrue(scored.at("/data/done").asBoolean());
            assertTrue(scored.at("/data/observation/question").isNull());
            assertEquals(t0.gold().text(), scored.at("/data/observation/correct_answer").asText());
            assertEquals(t0.id(), scored.at("/data/observation/dataset_metadata/task_id").asText());
            assertEquals(1, ws.call("{\"type\":\"state\"}").at("/data/step_count").asInt());
            // the next reset without arguments gives the next task of the same dataset; a full completion is scored as it is
            JsonNode second = ws.call("{\"type\":\"reset\"}");
            Task t1 = task("math/arithmetic", 7, 2, 1);
            assertEquals(t1.prompt(), second.at("/data/observation/question").asText());
            JsonNode wrong = ws.call("{\"type\":\"step\",\"data\":{\"answer\":\"<think>guess</think><answer>"
                    + (t1.gold().text() + "1") + "</answer>\"}}");
            assertEquals(0.0, wrong.at("/data/observation/score").asDouble());
            ws.call("{\"type\":\"reset\"}");
            // size 3: the fourth episode is the first task again
            assertEquals(t0.prompt(), ws.call("{\"type\":\"reset\"}").at("/data/observation/question").asText());
        }
    }

    @Test
    void badMessagesGetOpenEnvsErrorCodesNamingTheField() throws Exception {
        try (WsClient ws = WsClient.open(server, null)) {
            assertEquals("INVALID_JSON", ws.call("{not json").at("/data/code").asText());
            JsonNode unknown = ws.call("{\"type\":\"dance\"}");
            assertEquals(JSON.readTree("{\"type\":\"error\",\"data\":{\"message\":\"Unknown message type: dance\",\"code\":\"UNKNOWN_TYPE\"}}"), unknown);
            ws.call("{\"type\":\"reset\"}");
            JsonNode noAnswer = ws.call("{\"type\":\"step\",\"data\":{\"text\":\"4\"}}");
            assertEquals("VALIDATION_ERROR", noAnswer.at("/data/code").asText());
            assertEquals("answer", noAnswer.at("/data/errors/0/loc/0").asText());
            JsonNode badScenario = ws.call("{\"type\":\"reset\",\"data\":{\"dataset_name\":\"math/arithmetik\",\"seed\":1,\"size\":5}}");
            assertEquals("EXECUTION_ERROR", badScenario.at("/data/code").asText());
            String m = badScenario.at("/data/message").asText();
            assertTrue(m.contains("dataset_name") && m.contains("math/arithmetic"), m);
            JsonNode noSeed = ws.call("{\"type\":\"reset\",\"data\":{\"dataset_name\":\"gsm8k\"}}");
            assertEquals("seed and size must be provided when dataset_name is specified", noSeed.at("/data/message").asText());
            JsonNode badLevel = ws.call("{\"type\":\"reset\",\"data\":{\"dataset_name\":\"math/arithmetic\",\"seed\":1,\"size\":5,"
                    + "\"dataset_config\":{\"level\":99}}}");
            assertTrue(badLevel.at("/data/message").asText().contains("level"), badLevel.toString());
            // the session survives every error
            assertEquals("observation", ws.call("{\"type\":\"reset\"}").get("type").asText());
        }
    }

    @Test
    void aResetPicksARowByIndexAndTheSeedChoosesADatasetsRows() throws Exception {
        Reply seven = post(server, "/reset", "{\"dataset_name\":\"gsm8k\",\"seed\":7,\"size\":100,\"index\":42}", null);
        assertEquals(200, seven.status, seven.json.toString());
        assertEquals(task("gsm8k", 7, 1, 42).prompt(), seven.json.at("/observation/question").asText());
        Reply plain = post(server, "/reset", "{\"dataset_name\":\"gsm8k\",\"seed\":42,\"size\":100,\"index\":42}", null);
        assertEquals(task("gsm8k", 42, 1, 42).prompt(), plain.json.at("/observation/question").asText());
        assertTrue(plain.json.at("/observation/question").asText().startsWith(
                jgym.scenarios.data.Gsm8kDataset.load(ScenarioConfig.defaults()).task(42).prompt()), "the default seed keeps the file's order");
        assertTrue(!seven.json.at("/observation/question").asText().equals(plain.json.at("/observation/question").asText()),
                "another seed, another row");
        Reply out = post(server, "/reset", "{\"dataset_name\":\"gsm8k\",\"seed\":7,\"size\":100,\"index\":100}", null);
        assertEquals(422, out.status, out.json.toString());
        assertTrue(out.json.toString().contains("index"), out.json.toString());
    }

    @Test
    void httpEndpointsUseAFreshEnvironmentPerCallAsOpenEnvDoes() throws Exception {
        Reply reset = post(server, "/reset", "{\"dataset_name\":\"math/countdown\",\"seed\":3,\"size\":2}", null);
        assertEquals(200, reset.status);
        assertEquals(task("math/countdown", 3, 1, 0).prompt(), reset.json.at("/observation/question").asText());
        // a step on a fresh environment has no question to score: done, reward 0, nothing revealed
        Reply step = post(server, "/step", "{\"action\":{\"answer\":\"4\"}}", null);
        assertEquals(JSON.readTree("{\"observation\":{\"question\":null,\"score\":null,\"correct_answer\":null,"
                + "\"dataset_metadata\":null},\"reward\":0.0,\"done\":true}"), step.json);
        Reply missing = post(server, "/step", "{\"timeout_s\":5}", null);
        assertEquals(422, missing.status);
        assertEquals(JSON.readTree("[\"body\",\"action\"]"), missing.json.at("/detail/0/loc"));
        assertEquals(422, post(server, "/step", "{\"action\":", null).status);
        assertEquals(422, post(server, "/reset", "{\"seed\":-1}", null).status);
        assertEquals(0, get(server, "/state", null).json.get("step_count").asInt());
        assertEquals(404, get(server, "/nowhere", null).status);
        String huge = "{\"action\":{\"answer\":\"" + "9".repeat(2 << 20) + "\"}}";
        assertEquals(413, post(server, "/step", huge, null).status);
    }

    @Test
    void aClientThatLeavesMidEpisodeLosesOnlyItsOwnSession() throws Exception {
        WsClient gone = WsClient.open(server, null);
        gone.call("{\"type\":\"reset\"}");
        gone.socket.abort();
        try (WsClient next = WsClient.open(server, null)) {
            assertEquals("observation", next.call("{\"type\":\"reset\"}").get("type").asText());
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.activeSessions() > 0 && System.nanoTime() < until) Thread.sleep(20);
        assertEquals(0, server.activeSessions());
    }

    @Test
    void sessionsPastTheCapAreRefusedAndIdleOnesClosed() throws Exception {
        ServerConfig c = ServerConfig.defaults().withPort(0).withMaxSessions(1).withSessionTimeout(Duration.ofMillis(400));
        try (OpenEnvServer small = OpenEnvServer.start(c, REGISTRY); WsClient first = WsClient.open(small, null)) {
            first.call("{\"type\":\"reset\"}");
            try (WsClient second = WsClient.open(small, null)) {
                JsonNode refused = second.next();
                assertEquals("CAPACITY_REACHED", refused.at("/data/code").asText());
                assertEquals(1, refused.at("/data/max_sessions").asInt());
                assertEquals(1013, second.closed.get(5, TimeUnit.SECONDS));
            }
            // idle past the timeout: the server closes the session, and the place is free again
            assertEquals(1001, first.closed.get(5, TimeUnit.SECONDS));
            try (WsClient third = WsClient.open(small, null)) {
                assertEquals("observation", third.call("{\"type\":\"reset\"}").get("type").asText());
            }
        }
    }

    @Test
    void aServerOffLoopbackNeedsATokenAndChecksIt() throws Exception {
        var e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults().withHost("0.0.0.0"));
        assertTrue(e.getMessage().contains("token"), e.getMessage());
        try (OpenEnvServer locked = OpenEnvServer.start(ServerConfig.defaults().withPort(0).withToken("s3cret"), REGISTRY)) {
            Reply none = get(locked, "/health", null);
            assertEquals(401, none.status);
            assertEquals(401, get(locked, "/health", "Bearer wrong").status);
            assertEquals(200, get(locked, "/health", "Bearer s3cret").status);
            var refused = assertThrows(ExecutionException.class, () -> WsClient.open(locked, null));
            assertTrue(refused.getCause() instanceof java.net.http.WebSocketHandshakeException, String.valueOf(refused.getCause()));
            try (WsClient ok = WsClient.open(locked, "Bearer s3cret")) {
                assertEquals("observation", ok.call("{\"type\":\"reset\"}").get("type").asText());
            }
        }
    }

    private record Reply(int status, JsonNode json) {}

    private static Reply get(OpenEnvServer s, String path, String auth) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).GET();
        if (auth != null) b.header("Authorization", auth);
        return reply(HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static Reply post(OpenEnvServer s, String path, String body, String auth) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) b.header("Authorization", auth);
        return reply(HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static Reply reply(HttpResponse<String> r) throws Exception {
        String body = r.body();
        return new Reply(r.statusCode(), body.isBlank() || !body.strip().startsWith("{") ? null : JSON.readTree(body));
    }
}
