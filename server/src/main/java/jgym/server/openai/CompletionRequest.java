package jgym.server.openai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code POST /v1/chat/completions} or {@code /v1/completions} body, checked field by field as OpenAI's API checks it
 * (types and ranges); fields the server does not use are ignored, as vLLM ignores them.
 *
 * @param chat          true for chat completions
 * @param model         the {@code model} field
 * @param prompts       the prompts: the chat's user message, or each string of {@code prompt}
 * @param n             completions per prompt
 * @param maxTokens     {@code max_completion_tokens} or {@code max_tokens}, or null for the default
 * @param temperature   in [0, 2]
 * @param topP          in (0, 1]
 * @param seed          or null
 * @param stop          up to 4 stop strings
 * @param logprobs      chat {@code logprobs: true}, or completions {@code logprobs: 0}
 * @param stream        answer as server-sent events
 * @param includeUsage  {@code stream_options.include_usage}
 * @param includeStop   vLLM's {@code include_stop_str_in_output}
 * @param returnTokenIds vLLM's {@code return_token_ids}
 */
record CompletionRequest(boolean chat, String model, List<String> prompts, int n, Integer maxTokens, double temperature,
                         double topP, Long seed, List<String> stop, boolean logprobs, boolean stream, boolean includeUsage,
                         boolean includeStop, boolean returnTokenIds) {
    static final int MAX_N = 128;

    static CompletionRequest parse(JsonNode body, boolean chat) {
        if (body == null || !body.isObject()) throw OpenAiError.invalid(null, "the request body must be a JSON object");
        JsonNode model = body.get("model");
        if (model == null || !model.isTextual()) throw OpenAiError.invalid("model", "model: a string is required");
        List<String> prompts = chat ? List.of(chatPrompt(body.get("messages"))) : prompts(body.get("prompt"));
        int n = integer(body, "n", 1, 1, MAX_N);
        Integer maxTokens = null;
        for (String f : List.of("max_completion_tokens", "max_tokens")) {
            if (body.hasNonNull(f)) {
                maxTokens = integer(body, f, 1, 1, Integer.MAX_VALUE);
                break;
            }
        }
        double temperature = number(body, "temperature", 1.0, 0, 2);
        double topP = number(body, "top_p", 1.0, 0, 1);
        if (topP == 0) throw OpenAiError.invalid("top_p", "top_p: must be greater than 0 and at most 1");
        Long seed = body.hasNonNull("seed") ? (long) integerLong(body, "seed") : null;
        List<String> stop = stop(body.get("stop"));
        boolean logprobs;
        if (chat) {
            logprobs = bool(body, "logprobs");
            if (integer(body, "top_logprobs", 0, 0, 20) > 0) {
                throw OpenAiError.invalid("top_logprobs", "top_logprobs: this server reports the log-probability of each chosen "
                        + "token only; ask 0");
            }
        } else {
            JsonNode lp = body.get("logprobs");
            logprobs = lp != null && !lp.isNull();
            if (logprobs && integer(body, "logprobs", 0, 0, 5) > 0) {
                throw OpenAiError.invalid("logprobs", "logprobs: this server reports the log-probability of each chosen token "
                        + "only; ask 0");
            }
            if (bool(body, "echo")) throw OpenAiError.invalid("echo", "echo: not supported");
            if (body.hasNonNull("suffix")) throw OpenAiError.invalid("suffix", "suffix: not supported");
        }
        JsonNode options = body.path("stream_options");
        boolean includeUsage = options.isObject() && options.path("include_usage").asBoolean(false);
        return new CompletionRequest(chat, model.asText(), prompts, n, maxTokens, temperature, topP, seed, stop, logprobs,
                bool(body, "stream"), includeUsage, bool(body, "include_stop_str_in_output"), bool(body, "return_token_ids"));
    }

    /**
     * The prompt of a chat: the one user message's text. A policy trained on bare questions has no chat template, so
     * system messages and earlier turns are refused rather than silently dropped.
     */
    private static String chatPrompt(JsonNode messages) {
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw OpenAiError.invalid("messages", "messages: a non-empty array is required");
        }
        if (messages.size() > 1) {
            throw OpenAiError.invalid("messages", "messages: this policy answers single-turn chats: one user message, got "
                    + messages.size() + " messages");
        }
        JsonNode m = messages.get(0);
        String role = m.path("role").asText("");
        if (!role.equals("user")) throw OpenAiError.invalid("messages[0].role", "messages[0].role: must be 'user', got '" + role + "'");
        JsonNode content = m.get("content");
        if (content != null && content.isTextual()) return content.asText();
        if (content != null && content.isArray()) {
            var text = new StringBuilder();
            for (JsonNode part : content) {
                if (!part.path("type").asText("").equals("text") || !part.path("text").isTextual()) {
                    throw OpenAiError.invalid("messages[0].content", "messages[0].content: only text parts are supported");
                }
                text.append(part.get("text").asText());
            }
            return text.toString();
        }
        throw OpenAiError.invalid("messages[0].content", "messages[0].content: a string or an array of text parts is required");
    }

    private static List<String> prompts(JsonNode prompt) {
        if (prompt != null && prompt.isTextual()) return List.of(prompt.asText());
        if (prompt != null && prompt.isArray() && !prompt.isEmpty()) {
            var out = new ArrayList<String>();
            for (JsonNode p : prompt) {
                if (!p.isTextual()) throw OpenAiError.invalid("prompt", "prompt: token-id prompts are not supported; send text");
                out.add(p.asText());
            }
            return out;
        }
        throw OpenAiError.invalid("prompt", "prompt: a string or a non-empty array of strings is required");
    }

    private static List<String> stop(JsonNode stop) {
        if (stop == null || stop.isNull()) return List.of();
        if (stop.isTextual()) return stop.asText().isEmpty() ? List.of() : List.of(stop.asText());
        if (stop.isArray() && stop.size() <= 4) {
            var out = new ArrayList<String>();
            for (JsonNode s : stop) {
                if (!s.isTextual() || s.asText().isEmpty()) throw OpenAiError.invalid("stop", "stop: each stop sequence must be a non-empty string");
                out.add(s.asText());
            }
            return out;
        }
        throw OpenAiError.invalid("stop", "stop: a string or an array of at most 4 strings is required");
    }

    private static int integer(JsonNode body, String field, int absent, int min, int max) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return absent;
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
            throw OpenAiError.invalid(field, field + ": must be an integer in [" + min + ", " + max + "], got " + v);
        }
        return v.asInt();
    }

    private static long integerLong(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) throw OpenAiError.invalid(field, field + ": must be an integer, got " + v);
        return v.asLong();
    }

    private static double number(JsonNode body, String field, double absent, double min, double max) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return absent;
        if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
            throw OpenAiError.invalid(field, field + ": must be a number in [" + min + ", " + max + "], got " + v);
        }
        return v.asDouble();
    }

    private static boolean bool(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return false;
        if (!v.isBoolean()) throw OpenAiError.invalid(field, field + ": must be a boolean, got " + v);
        return v.asBoolean();
    }
}
