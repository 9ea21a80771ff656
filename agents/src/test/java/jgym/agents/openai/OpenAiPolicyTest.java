package jgym.agents.openai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import jgym.agents.policy.Sample;
import jgym.agents.policy.SamplingConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link OpenAiPolicy} against a scripted server that answers with the example bodies of OpenAI's API reference (chat
 * completion, legacy completion, error object) and vLLM's extensions.
 */
class OpenAiPolicyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** OpenAI API reference, "The chat completion object" example. */
    private static final String CHAT_EXAMPLE = """
            {"id": "chatcmpl-123", "object": "chat.completion", "created": 1677652288, "model": "gpt-4o-mini",
             "system_fingerprint": "fp_44709d6fcb",
             "choices": [{"index": 0, "message": {"role": "assistant", "content": "\\n\\nHello there, how may I assist you today?"},
                          "logprobs": null, "finish_reason": "stop"}],
             "usage": {"prompt_tokens": 9, "completion_tokens": 12, "total_tokens": 21}}""";
    /** OpenAI API reference, "The completion object" example. */
    private static final String COMPLETION_EXAMPLE = """
            {"id": "cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7", "object": "text_completion", "created": 1589478378,
             "model": "gpt-3.5-turbo-instruct", "system_fingerprint": "fp_44709d6fcb",
             "choices": [{"text": "\\n\\nThis is indeed a test", "index": 0, "logprobs": null, "finish_reason": "length"}],
             "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}}""";
    /** OpenAI's error object, as its API answers a wrong key. */
    private static final String AUTH_ERROR = """
            {"error": {"message": "Incorrect API key provided: sk-wrong.", "type": "invalid_request_error", "param": null,
             "code": "invalid_api_key"}}""";
    private static final SamplingConfig GREEDY = new SamplingConfig(16, 1e-4, 1.0, List.of());

    private HttpServer server;
    private final List<JsonNode> bodies = Collections.synchronizedList(new ArrayList<>());
    private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());

    /** Starts a server whose {@code /v1/...} handler answers each request with {@code answer(requestNumber)}. */
    private URI serve(Function<Integer, Reply> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        AtomicInteger count = new AtomicInteger();
        server.createContext("/v1/", (HttpExchange x) -> {
            bodies.add(JSON.readTree(x.getRequestBody()));
            authorizations.add(String.valueOf(x.getRequestHeaders().getFirst("Authorization")));
            Reply r = answer.apply(count.getAndIncrement());
            if (r.delayMs > 0) sleep(r.delayMs);
            r.headers.forEach((k, v) -> x.getResponseHeaders().add(k, v));
            byte[] b = r.body.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(r.status, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    private record Reply(int status, String body, java.util.Map<String, String> headers, long delayMs) {
        static Reply ok(String body) {
            return new Reply(200, body, java.util.Map.of(), 0);
        }
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    private static OpenAiPolicy policy(OpenAiEndpoint e) {
        return new OpenAiPolicy(e, Duration.ofMillis(1));
    }

    @Test
    void chatRequestCarriesTheSamplingSettingsAndTheAnswerIsTheMessageContent() throws Exception {
        URI url = serve(i -> Reply.ok(CHAT_EXAMPLE));
        try (var p = policy(OpenAiEndpoint.of(url, "gpt-4o-mini", "sk-test").withSystemPrompt("Be brief."))) {
            List<Sample> s = p.sample(List.of("Hello!"), new SamplingConfig(64, 0.7, 0.95, List.of("</answer>")), 7);
            assertEquals(1, s.size());
            assertEquals("\n\nHello there, how may I assist you today?", s.get(0).text());
            assertFalse(s.get(0).truncated());
            assertEquals(0, s.get(0).tokens().length, "no token ids without the vLLM extensions");
        }
        JsonNode b = bodies.get(0);
        assertEquals("gpt-4o-mini", b.get("model").asText());
        assertEquals("system", b.get("messages").get(0).get("role").asText());
        assertEquals("Be brief.", b.get("messages").get(0).get("content").asText());
        assertEquals("user", b.get("messages").get(1).get("role").asText());
        assertEquals("Hello!", b.get("messages").get(1).get("content").asText());
        assertEquals(64, b.get("max_tokens").asInt());
        assertEquals(0.7, b.get("temperature").asDouble());
        assertEquals(0.95, b.get("top_p").asDouble());
        assertEquals("</answer>", b.get("stop").get(0).asText());
        assertFalse(b.has("n"), "n is sent only when more than one completion is wanted");
        assertFalse(b.has("return_token_ids"), "no vLLM extension unless asked");
        assertEquals(jgym.env.Seeds.mix(jgym.env.Seeds.mix(7, 0), 0), b.get("seed").asLong());
        assertEquals("Bearer sk-test", authorizations.get(0));
    }

    @Test
    void nearGreedyTemperatureIsSentAsZeroAndCompletionsEndpointReadsText() throws Exception {
        URI url = serve(i -> Reply.ok(COMPLETION_EXAMPLE));
        try (var p = policy(OpenAiEndpoint.of(url, "gpt-3.5-turbo-instruct", null).withApi(OpenAiEndpoint.Api.COMPLETIONS))) {
            Sample s = p.sample(List.of("Say this is a test"), GREEDY, 1).get(0);
            assertEquals("\n\nThis is indeed a test", s.text());
            assertTrue(s.truncated(), "finish_reason length is a truncated completion");
        }
        JsonNode b = bodies.get(0);
        assertEquals("Say this is a test", b.get("prompt").asText());
        assertEquals(0.0, b.get("temperature").asDouble());
        assertFalse(b.has("messages"));
        assertEquals("null", authorizations.get(0), "no key, no Authorization header");
    }

    @Test
    void equalPromptsAreOneRequestWithNAndMissingChoicesAreAskedAgain() throws Exception {
        // Like ollama: one choice per request whatever n says.
        URI url = serve(i -> Reply.ok("{\"choices\": [{\"index\": 0, \"message\": {\"content\": \"c" + i + "\"}, \"finish_reason\": \"stop\"}]}"));
        try (var p = policy(OpenAiEndpoint.of(url, "m", null).withConcurrency(1))) {
            List<Sample> s = p.sample(List.of("a", "a", "a", "b"), GREEDY, 3);
            assertEquals(4, s.size());
        }
        assertEquals(4, bodies.size(), "3 rounds for the group of three (n=3, then 2, then 1), one for b");
        assertEquals(3, bodies.get(0).get("n").asInt());
        assertEquals(2, bodies.get(1).get("n").asInt());
        assertFalse(bodies.get(2).has("n"));
        assertEquals("b", bodies.get(3).get("messages").get(0).get("content").asText());
    }

    @Test
    void choicesComeBackInIndexOrder() throws Exception {
        URI url = serve(i -> Reply.ok("""
                {"choices": [{"index": 1, "message": {"content": "second"}, "finish_reason": "stop"},
                             {"index": 0, "message": {"content": "first"}, "finish_reason": "length"}]}"""));
        try (var p = policy(OpenAiEndpoint.of(url, "m", null))) {
            List<Sample> s = p.sample(List.of("q", "q"), GREEDY, 0);
            assertEquals("first", s.get(0).text());
            assertTrue(s.get(0).truncated());
            assertEquals("second", s.get(1).text());
        }
    }

    @Test
    void rateLimitsAreRetriedAfterTheServersRetryAfter() throws Exception {
        URI url = serve(i -> i < 2 ? new Reply(429, "{\"error\": {\"message\": \"Rate limit reached\"}}", java.util.Map.of("Retry-After", "0"), 0)
                : Reply.ok(CHAT_EXAMPLE));
        try (var p = policy(OpenAiEndpoint.of(url, "m", null))) {
            assertEquals(1, p.sample(List.of("hi"), GREEDY, 0).size());
        }
        assertEquals(3, bodies.size());
    }

    @Test
    void serverErrorsThatOutlastTheRetriesNameStatusTriesAndMessage() throws Exception {
        URI url = serve(i -> new Reply(503, "{\"detail\": \"model is loading\"}", java.util.Map.of(), 0));
        try (var p = policy(OpenAiEndpoint.of(url, "m", null).withRetries(2, Duration.ofSeconds(10)))) {
            OpenAiException e = assertThrows(OpenAiException.class, () -> p.sample(List.of("hi"), GREEDY, 0));
            assertEquals(503, e.status());
            assertEquals("POST " + url + "/chat/completions: HTTP 503 after 3 tries: model is loading", e.getMessage());
        }
        assertEquals(3, bodies.size());
    }

    @Test
    void aWrongKeyIsNotRetriedAndTheServersWordsAreShown() throws Exception {
        URI url = serve(i -> new Reply(401, AUTH_ERROR, java.util.Map.of(), 0));
        try (var p = policy(OpenAiEndpoint.of(url, "m", "sk-wrong"))) {
            OpenAiException e = assertThrows(OpenAiException.class, () -> p.sample(List.of("hi"), GREEDY, 0));
            assertEquals(401, e.status());
            assertEquals("POST " + url + "/chat/completions: HTTP 401: Incorrect API key provided: sk-wrong.", e.getMessage());
        }
        assertEquals(1, bodies.size());
    }

    @Test
    void aTimeoutIsRetriedThenReported() throws Exception {
        URI url = serve(i -> new Reply(200, CHAT_EXAMPLE, java.util.Map.of(), 2_000));
        try (var p = policy(OpenAiEndpoint.of(url, "m", null).withRetries(1, Duration.ofMillis(200)))) {
            OpenAiException e = assertThrows(OpenAiException.class, () -> p.sample(List.of("hi"), GREEDY, 0));
            assertEquals(0, e.status());
            assertTrue(e.getMessage().startsWith("POST " + url + "/chat/completions: no answer after 2 tries: HttpTimeoutException"),
                    e.getMessage());
        }
    }

    @Test
    void aRefusedConnectionIsReported() throws Exception {
        URI url;
        try (var s = new java.net.ServerSocket(0)) {
            url = URI.create("http://127.0.0.1:" + s.getLocalPort() + "/v1");
        }
        try (var p = policy(OpenAiEndpoint.of(url, "m", null).withRetries(0, Duration.ofSeconds(5)))) {
            OpenAiException e = assertThrows(OpenAiException.class, () -> p.sample(List.of("hi"), GREEDY, 0));
            assertTrue(e.getMessage().startsWith("POST " + url + "/chat/completions: no answer after 1 tries: ConnectException"),
                    e.getMessage());
        }
    }

    @Test
    void concurrencyIsBounded() throws Exception {
        AtomicInteger inFlight = new AtomicInteger(), most = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/", x -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            x.getRequestBody().readAllBytes();
            sleep(100);
            inFlight.decrementAndGet();
            byte[] b = CHAT_EXAMPLE.getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
        try (var p = policy(OpenAiEndpoint.of(url, "m", null).withConcurrency(2))) {
            assertEquals(6, p.sample(List.of("a", "b", "c", "d", "e", "f"), GREEDY, 0).size());
        }
        assertEquals(2, most.get());
    }

    @Test
    void vllmExtensionsGiveTokenIdsLogProbsReasoningAndTheStopString() throws Exception {
        URI url = serve(i -> Reply.ok("""
                {"choices": [{"index": 0, "message": {"role": "assistant", "content": "<answer>4</answer>",
                   "reasoning_content": "2+2 is 4"},
                  "logprobs": {"content": [{"token": "<", "logprob": -0.25, "bytes": [60], "top_logprobs": []},
                                           {"token": "4", "logprob": -1.5, "bytes": [52], "top_logprobs": []}]},
                  "token_ids": [11, 12], "finish_reason": "stop", "stop_reason": null}]}"""));
        try (var p = policy(OpenAiEndpoint.of(url, "m", null).withVllmExtensions(true))) {
            Sample s = p.sample(List.of("2+2?"), new SamplingConfig(8, 1.0, 1.0, List.of("</answer>")), 0).get(0);
            assertEquals("<think>\n2+2 is 4\n</think>\n<answer>4</answer>", s.text());
            assertArrayEquals(new int[] {11, 12}, s.tokens());
            assertArrayEquals(new float[] {-0.25f, -1.5f}, s.logProbs());
        }
        JsonNode b = bodies.get(0);
        assertTrue(b.get("logprobs").asBoolean());
        assertTrue(b.get("return_token_ids").asBoolean());
        assertTrue(b.get("include_stop_str_in_output").asBoolean());
    }

    @Test
    void aStopStringVllmNamesIsPutBack() throws Exception {
        URI url = serve(i -> Reply.ok("""
                {"choices": [{"index": 0, "text": "<answer>4", "finish_reason": "stop", "stop_reason": "</answer>"}]}"""));
        try (var p = policy(OpenAiEndpoint.of(url, "m", null).withApi(OpenAiEndpoint.Api.COMPLETIONS))) {
            assertEquals("<answer>4</answer>", p.sample(List.of("2+2?"), GREEDY, 0).get(0).text());
        }
    }

    @Test
    void anAnswerWithoutChoicesIsAnError() throws Exception {
        URI url = serve(i -> Reply.ok("{\"object\": \"list\"}"));
        try (var p = policy(OpenAiEndpoint.of(url, "m", null))) {
            OpenAiException e = assertThrows(OpenAiException.class, () -> p.sample(List.of("hi"), GREEDY, 0));
            assertEquals("POST " + url + "/chat/completions answered without a choices array: {\"object\":\"list\"}", e.getMessage());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
