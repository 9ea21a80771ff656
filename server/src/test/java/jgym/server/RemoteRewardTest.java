package jgym.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OpenRLHF's remote reward request ({"query", "prompts", "labels"} read back by "rewards") scored by a rubric. */
class RemoteRewardTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static OpenEnvServer server;

    @BeforeAll
    static void start() {
        server = OpenEnvServer.start(ServerConfig.defaults().withPort(0), Scenarios.builtin());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void eachResponseIsScoredAgainstItsLabelInOrder() throws Exception {
        String body = """
                {"query": ["Q: 70+2?\\nA: <think>70+2=72</think><answer>72</answer>",
                           "Q: 70+2?\\nA: <answer>71</answer>",
                           "so the total is\\n#### 1,200",
                           "Q: half of 3?\\nA: \\\\boxed{\\\\frac{3}{2}}"],
                 "prompts": ["Q: 70+2?\\nA: ", "Q: 70+2?\\nA: ", "", "Q: half of 3?\\nA: "],
                 "labels": ["72", "72", "1200", "1.5"]}""";
        HttpResponse<String> r = post("/get_reward", body);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode json = JSON.readTree(r.body());
        assertEquals(JSON.readTree("[1.0, 0.0, 1.0, 1.0]"), json.get("rewards"));
        assertEquals(json.get("rewards"), json.get("scores"));
        assertEquals(4, json.get("reasons").size());
    }

    @Test
    void badRequestsNameTheField() throws Exception {
        HttpResponse<String> lengths = post("/get_reward", "{\"query\": [\"a\", \"b\"], \"labels\": [\"1\"]}");
        assertEquals(422, lengths.statusCode());
        assertEquals(JSON.readTree("[\"body\",\"labels\"]"), JSON.readTree(lengths.body()).at("/detail/0/loc"));
        HttpResponse<String> noLabels = post("/get_reward", "{\"query\": [\"a\"]}");
        assertEquals(422, noLabels.statusCode());
        assertTrue(noLabels.body().contains("labels"), noLabels.body());
        HttpResponse<String> scenario = post("/get_reward?scenario=math/arithmetik", "{\"query\": [\"a\"], \"labels\": [\"1\"]}");
        assertEquals(422, scenario.statusCode());
        assertTrue(scenario.body().contains("math/arithmetic"), scenario.body());
        assertEquals(422, post("/get_reward", "{\"query\": [1], \"labels\": [\"1\"]}").statusCode());
    }
}
