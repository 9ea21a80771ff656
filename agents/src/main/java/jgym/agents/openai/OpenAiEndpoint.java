package jgym.agents.openai;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link OpenAiPolicy} reaches an OpenAI-compatible server (OpenAI, vLLM, llama.cpp, ollama, SGLang,
 * {@code gym serve-policy}).
 *
 * @param baseUrl        the API root, e.g. {@code http://localhost:8000/v1}; requests go to {@code baseUrl + "/chat/completions"}
 *                       or {@code baseUrl + "/completions"}
 * @param model          the {@code model} field of every request
 * @param api            which endpoint: chat messages or a raw prompt
 * @param apiKey         sent as {@code Authorization: Bearer ...}; null sends no header (local servers)
 * @param systemPrompt   for {@link Api#CHAT}: a system message put before the prompt, or null for none
 * @param maxConcurrency requests in flight at once, >= 1
 * @param maxRetries     retries of a request that got 429, 5xx, a timeout or a broken connection, >= 0
 * @param timeout        per request
 * @param vllmExtensions send vLLM's extensions too: {@code return_token_ids} with {@code logprobs} (so each
 *                       {@link jgym.agents.policy.Sample} carries its token ids and log-probabilities) and
 *                       {@code include_stop_str_in_output}; vLLM and {@code gym serve-policy} take them, OpenAI's own API
 *                       rejects unknown fields, so it is off by default
 */
public record OpenAiEndpoint(URI baseUrl, String model, Api api, String apiKey, String systemPrompt, int maxConcurrency,
                             int maxRetries, Duration timeout, boolean vllmExtensions) {
    /** The two OpenAI text-generation endpoints. */
    public enum Api {
        /** {@code POST /chat/completions}: the prompt is the user message. */
        CHAT("/chat/completions"),
        /** {@code POST /completions}: the prompt is sent as it is. */
        COMPLETIONS("/completions");

        final String path;

        Api(String path) {
            this.path = path;
        }
    }

    public OpenAiEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("baseUrl must be an http or https URL, got " + baseUrl);
        }
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(api, "api");
        if (maxConcurrency < 1) throw new IllegalArgumentException("maxConcurrency must be >= 1, got " + maxConcurrency);
        if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must be >= 0, got " + maxRetries);
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be > 0, got " + timeout);
    }

    /** Defaults for {@code baseUrl}: chat, 8 requests in flight, 5 retries, 120 s per request, no vLLM extensions. */
    public static OpenAiEndpoint of(URI baseUrl, String model, String apiKey) {
        return new OpenAiEndpoint(baseUrl, model, Api.CHAT, apiKey, null, 8, 5, Duration.ofSeconds(120), false);
    }

    public OpenAiEndpoint withApi(Api api) {
        return new OpenAiEndpoint(baseUrl, model, api, apiKey, systemPrompt, maxConcurrency, maxRetries, timeout, vllmExtensions);
    }

    public OpenAiEndpoint withConcurrency(int maxConcurrency) {
        return new OpenAiEndpoint(baseUrl, model, api, apiKey, systemPrompt, maxConcurrency, maxRetries, timeout, vllmExtensions);
    }

    public OpenAiEndpoint withRetries(int maxRetries, Duration timeout) {
        return new OpenAiEndpoint(baseUrl, model, api, apiKey, systemPrompt, maxConcurrency, maxRetries, timeout, vllmExtensions);
    }

    public OpenAiEndpoint withSystemPrompt(String systemPrompt) {
        return new OpenAiEndpoint(baseUrl, model, api, apiKey, systemPrompt, maxConcurrency, maxRetries, timeout, vllmExtensions);
    }

    public OpenAiEndpoint withVllmExtensions(boolean vllmExtensions) {
        return new OpenAiEndpoint(baseUrl, model, api, apiKey, systemPrompt, maxConcurrency, maxRetries, timeout, vllmExtensions);
    }

    /** The URL of this endpoint's API. */
    URI url() {
        String root = baseUrl.toString();
        while (root.endsWith("/")) root = root.substring(0, root.length() - 1);
        return URI.create(root + api.path);
    }
}
