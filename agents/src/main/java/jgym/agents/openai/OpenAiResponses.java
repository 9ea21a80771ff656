package jgym.agents.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jgym.agents.policy.Sample;
import jgym.agents.policy.SamplingConfig;

/** The OpenAI request body {@link OpenAiPolicy} sends, and how it reads the answer. */
final class OpenAiResponses {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenAiResponses() {}

    /** The body asking {@code n} completions of {@code prompt}. */
    static ObjectNode request(OpenAiEndpoint endpoint, String prompt, int n, SamplingConfig config, long seed) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", endpoint.model());
        if (endpoint.api() == OpenAiEndpoint.Api.CHAT) {
            ArrayNode messages = body.putArray("messages");
            if (endpoint.systemPrompt() != null) messages.addObject().put("role", "system").put("content", endpoint.systemPrompt());
            messages.addObject().put("role", "user").put("content", prompt);
        } else {
            body.put("prompt", prompt);
        }
        if (n > 1) body.put("n", n);
        body.put("max_tokens", config.maxNewTokens());
        body.put("temperature", config.temperature() <= OpenAiPolicy.GREEDY ? 0.0 : config.temperature());
        if (config.topP() < 1) body.put("top_p", config.topP());
        body.put("seed", seed);
        if (!config.stopStrings().isEmpty()) {
            ArrayNode stop = body.putArray("stop");
            config.stopStrings().forEach(stop::add);
        }
        if (endpoint.vllmExtensions()) {
            if (endpoint.api() == OpenAiEndpoint.Api.CHAT) body.put("logprobs", true);
            else body.put("logprobs", 0);
            body.put("return_token_ids", true);
            if (!config.stopStrings().isEmpty()) body.put("include_stop_str_in_output", true);
        }
        return body;
    }

    /** The choices of an answer, in {@code index} order. */
    static List<Sample> samples(JsonNode answer, OpenAiEndpoint endpoint) {
        JsonNode choices = answer.path("choices");
        if (!choices.isArray()) {
            throw new OpenAiException("POST " + endpoint.url() + " answered without a choices array: "
                    + OpenAiPolicy.clip(answer.toString()), 200);
        }
        var sorted = new ArrayList<JsonNode>();
        choices.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(c -> c.path("index").asInt(0)));
        var out = new ArrayList<Sample>(sorted.size());
        for (JsonNode c : sorted) out.add(sample(c, endpoint));
        return out;
    }

    private static Sample sample(JsonNode choice, OpenAiEndpoint endpoint) {
        String text;
        float[] logProbs;
        if (endpoint.api() == OpenAiEndpoint.Api.CHAT) {
            JsonNode message = choice.path("message");
            text = message.path("content").asText("");
            JsonNode reasoning = message.hasNonNull("reasoning_content") ? message.get("reasoning_content") : message.path("reasoning");
            if (reasoning.isTextual() && !reasoning.asText().isEmpty()) text = "<think>\n" + reasoning.asText() + "\n</think>\n" + text;
            logProbs = floats(choice.path("logprobs").path("content"), "logprob");
        } else {
            text = choice.path("text").asText("");
            logProbs = floats(choice.path("logprobs").path("token_logprobs"), null);
        }
        String finish = choice.path("finish_reason").asText("");
        JsonNode stopReason = choice.path("stop_reason");
        if (finish.equals("stop") && stopReason.isTextual() && !text.endsWith(stopReason.asText())) text += stopReason.asText();
        int[] tokens = ints(choice.path("token_ids"));
        if (tokens == null || logProbs == null || tokens.length != logProbs.length) {
            tokens = new int[0];
            logProbs = new float[0];
        }
        return new Sample(text, tokens, logProbs, finish.equals("length"));
    }

    /** The numbers of an array (field {@code field} of each element, or the elements); null if absent or not all numbers. */
    private static float[] floats(JsonNode array, String field) {
        if (!array.isArray()) return null;
        float[] out = new float[array.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = field == null ? array.get(i) : array.get(i).path(field);
            if (!v.isNumber()) return null;
            out[i] = (float) v.asDouble();
        }
        return out;
    }

    private static int[] ints(JsonNode array) {
        if (!array.isArray()) return null;
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            if (!array.get(i).canConvertToInt()) return null;
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    /** The server's own words from an error body: OpenAI's {@code error.message}, FastAPI's {@code detail}, or the text. */
    static String errorMessage(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root != null) {
                JsonNode m = root.path("error").path("message");
                if (m.isTextual()) return m.asText();
                if (root.path("error").isTextual()) return root.get("error").asText();
                if (root.has("detail")) return root.get("detail").isTextual() ? root.get("detail").asText() : root.get("detail").toString();
                if (root.path("message").isTextual()) return root.get("message").asText();
            }
        } catch (Exception notJson) {
            // fall through to the raw text
        }
        return body.isBlank() ? "(empty body)" : OpenAiPolicy.clip(body.strip());
    }
}
