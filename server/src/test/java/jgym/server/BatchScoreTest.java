package jgym.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jgym.env.ScenarioConfig;
import jgym.env.ScenarioRegistry;
import jgym.env.Task;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /score}: gym score over HTTP, each row's reward with its components and reason, in order. */
class BatchScoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ScenarioRegistry REGISTRY = Scenarios.builtin();
    private static OpenEnvServer server;

    @BeforeAll
    static void start() {
        server = OpenEnvServer.start(ServerConfig.defaults().withPort(0), REGISTRY);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/score"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void rowsAreScoredWithEveryTermAndTheSummaryCountsTheCorrectOnes() throws Exception {
        Task a = REGISTRY.make("math/fractions", ScenarioConfig.defaults().withSeed(5).withLevel(2)).task(3);
        Task b = REGISTRY.make("math/fractions", ScenarioConfig.defaults().withSeed(5).withLevel(2)).task(7);
        var body = JSON.createObjectNode().put("scenario", "math/fractions").put("seed", 5).put("level", 2);
        var rows = body.putArray("rows");
        rows.addObject().put("task_id", a.id()).put("completion", "<think>work</think><answer>" + a.gold().text() + "</answer>");
        rows.addObject().put("task_id", b.id()).put("completion", "<answer>0/0</answer>");
        HttpResponse<String> r = post(body.toString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode json = JSON.readTree(r.body());
        assertEquals(a.id(), json.at("/results/0/task_id").asText());
        assertEquals(1.0, json.at("/results/0/components/correct").asDouble());
        assertEquals(0.0, json.at("/results/1/components/correct").asDouble());
        assertTrue(json.at("/results/0/components").has("format"));
        assertEquals(2, json.at("/summary/count").asInt());
        assertEquals(0.5, json.at("/summary/accuracy").asDouble());
    }

    @Test
    void anUnknownTaskOrScenarioNamesTheField() throws Exception {
        HttpResponse<String> task = post("{\"scenario\": \"gsm8k\", \"rows\": [{\"task_id\": \"gsm8k/999999\", \"completion\": \"x\"}]}");
        assertEquals(422, task.statusCode());
        assertTrue(task.body().contains("gsm8k/999999"), task.body());
        HttpResponse<String> scenario = post("{\"scenario\": \"gms8k\", \"rows\": []}");
        assertEquals(422, scenario.statusCode());
        assertTrue(scenario.body().contains("gsm8k"), scenario.body());
        assertEquals(422, post("{\"scenario\": \"gsm8k\"}").statusCode());
    }
}
