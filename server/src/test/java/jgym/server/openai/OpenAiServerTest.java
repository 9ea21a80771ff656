package jgym.server.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import jgym.server.ServerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link OpenAiServer} spoken to over HTTP, its answers checked against the shapes of OpenAI's API reference. */
class OpenAiServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /**
     * A model whose completion of any prompt is {@code "s<seed mod 10>:<answer>" + prompt length + "</answer>!!"}, one
     * character per token, each token's id its char code and log-probability -0.5; it stops after a stop string and at
     * {@code maxTokens}. Computed here by hand, so the server's cutting and reporting can be checked.
     */
    static final class ScriptedModel implements Generator {
        final int context;

        ScriptedModel(int context) {
            this.context = context;
        }

        @Override
        public String model() {
            return "scripted";
        }

        @Override
        public int contextLength() {
            return context;
        }

        @Override
        public int promptTokens(String prompt) {
            return prompt.length();
        }

        @Override
        public List<Generation> generate(String prompt, int n, Decoding decoding, long seed) {
            var out = new ArrayList<Generation>();
            for (int i = 0; i < n; i++) {
                String full = "s" + Math.floorMod(seed + i, 10) + ":<answer>" + prompt.length() + "</answer>!!";
                int end = full.length();
                for (String s : decoding.stop()) {
                    int at = full.indexOf(s);
                    if (at >= 0) end = Math.min(end, at + s.length());
                }
                boolean truncated = end > decoding.maxTokens();
                String text = full.substring(0, Math.min(end, decoding.maxTokens()));
                var tokens = new ArrayList<String>();
                int[] ids = new int[text.length()];
                float[] lp = new float[text.length()];
                for (int j = 0; j < text.length(); j++) {
                    tokens.add(String.valueOf(text.charAt(j)));
                    ids[j] = text.charAt(j);
                    lp[j] = -0.5f;
                }
                out.add(new Generation(text, tokens, ids, lp, truncated));
            }
            return out;
        }
    }

    private OpenAiServer server;

    private String start(String token, int context) {
        ServerConfig c = ServerConfig.defaults().withPort(0);
        if (token != null) c = c.withToken(token);
        server = OpenAiServer.start(c, new ScriptedModel(context), 42);
        return "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private static HttpResponse<String> post(String url, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void chatCompletionHasOpenAisShapeAndCutsTheStopString() throws Exception {
        String url = start(null, 64);
        JsonNode a = ok(post(url + "/v1/chat/completions", """
                {"model": "scripted", "messages": [{"role": "user", "content": "2+2?"}], "seed": 3, "stop": ["</answer>"]}""", null));
        assertTrue(a.get("id").asText().startsWith("chatcmpl-"));
        assertEquals("chat.completion", a.get("object").asText());
        assertEquals("scripted", a.get("model").asText());
        assertTrue(a.get("created").isIntegralNumber());
        JsonNode c = a.get("choices").get(0);
        assertEquals(0, c.get("index").asInt());
        assertEquals("assistant", c.get("message").get("role").asText());
        assertEquals("s" + Math.floorMod(jgym.env.Seeds.mix(3, 0), 10) + ":<answer>4", c.get("message").get("content").asText());
        assertEquals("stop", c.get("finish_reason").asText());
        assertEquals("</answer>", c.get("stop_reason").asText());
        assertTrue(c.get("logprobs").isNull());
        // 21 tokens generated (the stop string's 9 among them, cut from the text); 4 prompt characters
        assertEquals(4, a.get("usage").get("prompt_tokens").asInt());
        assertEquals(21, a.get("usage").get("completion_tokens").asInt());
        assertEquals(25, a.get("usage").get("total_tokens").asInt());
    }

    @Test
    void vllmExtensionsKeepTheStopStringAndReturnTokenIdsWithLogprobs() throws Exception {
        String url = start(null, 64);
        JsonNode c = ok(post(url + "/v1/chat/completions", """
                {"model": "scripted", "messages": [{"role": "user", "content": [{"type": "text", "text": "ab"}]}], "seed": 0,
                 "stop": "</answer>", "include_stop_str_in_output": true, "logprobs": true, "return_token_ids": true}""", null))
                .get("choices").get(0);
        String content = c.get("message").get("content").asText();
        assertTrue(content.endsWith(":<answer>2</answer>"), content);
        assertEquals(content.length(), c.get("token_ids").size());
        assertEquals((int) content.charAt(0), c.get("token_ids").get(0).asInt());
        JsonNode first = c.get("logprobs").get("content").get(0);
        assertEquals("s", first.get("token").asText());
        assertEquals(-0.5, first.get("logprob").asDouble());
        assertEquals(115, first.get("bytes").get(0).asInt());
        assertEquals(0, first.get("top_logprobs").size());
    }

    @Test
    void completionsTakeAPromptListAndNAndStopAtMaxTokensOrTheContext() throws Exception {
        String url = start(null, 10);
        JsonNode a = ok(post(url + "/v1/completions", """
                {"model": "scripted", "prompt": ["abc", "abcd"], "n": 2, "max_tokens": 5, "seed": 1, "logprobs": 0}""", null));
        assertEquals("text_completion", a.get("object").asText());
        assertEquals(4, a.get("choices").size());
        for (int i = 0; i < 4; i++) {
            JsonNode c = a.get("choices").get(i);
            assertEquals(i, c.get("index").asInt());
            assertEquals("length", c.get("finish_reason").asText());
            assertEquals(5, c.get("text").asText().length(), "max_tokens 5 fits both prompts' room (7 and 6)");
            assertEquals(List.of(0, 1, 2, 3, 4), JSON.convertValue(c.get("logprobs").get("text_offset"), List.class));
        }
        JsonNode capped = ok(post(url + "/v1/completions", """
                {"model": "scripted", "prompt": "abcdefgh", "max_tokens": 50}""", null)).get("choices").get(0);
        assertEquals(2, capped.get("text").asText().length(), "8 prompt tokens in a context of 10 leave 2");
        JsonNode dflt = ok(post(url + "/v1/completions", "{\"model\": \"scripted\", \"prompt\": \"a\"}", null)).get("choices").get(0);
        assertEquals(9, dflt.get("text").asText().length(), "OpenAI's default of 16 tokens, capped by the context's room of 9");
    }

    @Test
    void aStreamSpellsTheSameCompletionAsTheAnswerAndEndsWithDone() throws Exception {
        String url = start(null, 64);
        String req = """
                {"model": "scripted", "messages": [{"role": "user", "content": "hello"}], "seed": 9, "stop": ["</answer>"]%s}""";
        String whole = ok(post(url + "/v1/chat/completions", req.formatted(""), null)).get("choices").get(0).get("message").get("content").asText();
        HttpResponse<String> r = post(url + "/v1/chat/completions", req.formatted(", \"stream\": true, \"stream_options\": {\"include_usage\": true}"), null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        var events = new ArrayList<String>();
        for (String block : r.body().split("\n\n")) {
            assertTrue(block.startsWith("data: "), block);
            events.add(block.substring(6));
        }
        assertEquals("[DONE]", events.get(events.size() - 1));
        var text = new StringBuilder();
        String finish = null;
        JsonNode usage = null;
        for (String e : events.subList(0, events.size() - 1)) {
            JsonNode chunk = JSON.readTree(e);
            assertEquals("chat.completion.chunk", chunk.get("object").asText());
            if (chunk.has("usage")) {
                usage = chunk.get("usage");
                continue;
            }
            JsonNode c = chunk.get("choices").get(0);
            text.append(c.get("delta").path("content").asText(""));
            if (!c.get("finish_reason").isNull()) finish = c.get("finish_reason").asText();
        }
        assertEquals(whole, text.toString());
        assertEquals("stop", finish);
        assertEquals(whole.length() + "</answer>".length(), usage.get("completion_tokens").asInt());
    }

    @Test
    void anExplicitSeedRepeatsAndRequestsWithoutOneDiffer() throws Exception {
        String url = start(null, 64);
        String seeded = "{\"model\": \"scripted\", \"prompt\": \"x\", \"seed\": 5}";
        assertEquals(ok(post(url + "/v1/completions", seeded, null)).get("choices").get(0).get("text"),
                ok(post(url + "/v1/completions", seeded, null)).get("choices").get(0).get("text"));
        var seen = new java.util.HashSet<String>();
        for (int i = 0; i < 6; i++) {
            seen.add(ok(post(url + "/v1/completions", "{\"model\": \"scripted\", \"prompt\": \"x\"}", null)).get("choices").get(0).get("text").asText());
        }
        assertNotEquals(1, seen.size(), "unseeded requests draw fresh seeds");
    }

    @Test
    void modelsListsTheServedModel() throws Exception {
        String url = start(null, 64);
        JsonNode m = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(url + "/v1/models")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertEquals("list", m.get("object").asText());
        assertEquals("scripted", m.get("data").get(0).get("id").asText());
        assertEquals("model", m.get("data").get(0).get("object").asText());
    }

    /** Each bad request gets OpenAI's error object with the field named, and no stack trace. */
    @Test
    void badRequestsNameTheirField() throws Exception {
        String url = start(null, 8);
        String chat = url + "/v1/chat/completions";
        expectError(post(chat, "{not json", null), 400, null, "the body is not valid JSON");
        expectError(post(chat, "{\"messages\": [{\"role\": \"user\", \"content\": \"a\"}]}", null), 400, "model", "model: a string is required");
        expectError(post(chat, "{\"model\": \"gpt-4\", \"messages\": [{\"role\": \"user\", \"content\": \"a\"}]}", null), 404, "model",
                "The model `gpt-4` does not exist. This server serves `scripted`.");
        expectError(post(chat, "{\"model\": \"scripted\", \"messages\": [{\"role\": \"user\", \"content\": \"a\"}], \"temperature\": 3}", null),
                400, "temperature", "temperature: must be a number in [0.0, 2.0], got 3");
        expectError(post(chat, "{\"model\": \"scripted\", \"messages\": [{\"role\": \"system\", \"content\": \"a\"}]}", null),
                400, "messages[0].role", "messages[0].role: must be 'user', got 'system'");
        expectError(post(chat, "{\"model\": \"scripted\", \"messages\": [{\"role\": \"user\", \"content\": \"a\"}], \"n\": 0}", null),
                400, "n", "n: must be an integer in [1, 128], got 0");
        expectError(post(chat, "{\"model\": \"scripted\", \"messages\": [{\"role\": \"user\", \"content\": \"a\"}], \"top_logprobs\": 2}", null),
                400, "top_logprobs", "top_logprobs: this server reports the log-probability of each chosen token only; ask 0");
        expectError(post(chat, "{\"model\": \"scripted\", \"messages\": [{\"role\": \"user\", \"content\": \"12345678\"}]}", null),
                400, "messages", "messages: the prompt is 8 tokens; this model's context is 8 tokens, so no room is left for a completion");
        expectError(post(url + "/v1/completions", "{\"model\": \"scripted\", \"prompt\": [1, 2]}", null),
                400, "prompt", "prompt: token-id prompts are not supported; send text");
        expectError(post(url + "/v1/completions", "{\"model\": \"scripted\", \"prompt\": \"a\", \"stop\": [\"a\",\"b\",\"c\",\"d\",\"e\"]}", null),
                400, "stop", "stop: a string or an array of at most 4 strings is required");
    }

    @Test
    void aTokenIsRequiredWhenSet() throws Exception {
        String url = start("sk-local", 64);
        String body = "{\"model\": \"scripted\", \"prompt\": \"a\"}";
        expectError(post(url + "/v1/completions", body, null), 401, null, "missing or wrong API key (Authorization: Bearer ...)");
        expectError(post(url + "/v1/completions", body, "sk-other"), 401, null, "missing or wrong API key (Authorization: Bearer ...)");
        ok(post(url + "/v1/completions", body, "sk-local"));
    }

    private static void expectError(HttpResponse<String> r, int status, String param, String messageStart) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = JSON.readTree(r.body()).get("error");
        assertTrue(e.get("message").asText().startsWith(messageStart), e.get("message").asText());
        assertEquals(param, e.get("param").isNull() ? null : e.get("param").asText());
        assertTrue(e.has("type") && e.has("code"));
    }
}
