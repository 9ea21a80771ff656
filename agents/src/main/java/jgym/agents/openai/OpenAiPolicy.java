package jgym.agents.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jgym.agents.policy.Sample;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.policy.SamplingPolicy;
import jgym.env.Seeds;

/**
 * A {@link SamplingPolicy} over any OpenAI-compatible {@code /v1/chat/completions} or {@code /v1/completions}
 * endpoint, with {@code java.net.http} and Jackson.
 *
 * <p>A run of equal prompts (a pass@k group) is one request with {@code n} set to its length; a server that answers
 * fewer choices (ollama and llama.cpp ignore {@code n}) is asked again for the rest. At most
 * {@link OpenAiEndpoint#maxConcurrency()} requests are in flight. A 408, 429 or 5xx answer, a timeout or a broken
 * connection is retried with exponential backoff (0.5 s, 1 s, 2 s, ... at most 30 s, or the server's
 * {@code Retry-After}); anything else, or the last retry failing, is an {@link OpenAiException} that names the URL, the
 * status and the server's own message. The request's {@code seed} is {@code Seeds.mix(seed, index of the run's first
 * prompt)}, so equal seeds ask equal questions; whether the answers are equal is the server's affair. A temperature at
 * or below 1e-4 is sent as 0 (greedy).
 *
 * <p>What comes back: a chat answer's {@code content}, after its {@code reasoning_content} (or vLLM's
 * {@code reasoning}) inside {@code <think>} tags when a reasoning parser split them off, so a rubric sees the whole
 * completion; {@code truncated} when {@code finish_reason} is {@code length}; token ids and log-probabilities only with
 * {@link OpenAiEndpoint#vllmExtensions()} and only when the server sends both (otherwise empty arrays). OpenAI drops the
 * stop string from the text; vLLM names it ({@code stop_reason}) and it is put back, as jgym's own sampler keeps it.
 */
public final class OpenAiPolicy implements SamplingPolicy, AutoCloseable {
    /** Temperatures at or below this are sent as 0: the evaluator's near-greedy temperature means greedy. */
    static final double GREEDY = 1e-4;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final OpenAiEndpoint endpoint;
    private final Duration firstBackoff;
    private final HttpClient http;
    private final ExecutorService pool;

    public OpenAiPolicy(OpenAiEndpoint endpoint) {
        this(endpoint, Duration.ofMillis(500));
    }

    /** @param firstBackoff the wait before the first retry; doubles with each retry (tests make it short) */
    OpenAiPolicy(OpenAiEndpoint endpoint, Duration firstBackoff) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.firstBackoff = Objects.requireNonNull(firstBackoff, "firstBackoff");
        this.http = HttpClient.newBuilder().connectTimeout(endpoint.timeout()).version(HttpClient.Version.HTTP_1_1).build();
        this.pool = Executors.newFixedThreadPool(endpoint.maxConcurrency(), r -> {
            Thread t = new Thread(r, "openai-client");
            t.setDaemon(true);
            return t;
        });
    }

    public OpenAiEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public List<Sample> sample(List<String> prompts, SamplingConfig config, long seed) {
        var calls = new ArrayList<Future<List<Sample>>>();
        for (int start = 0; start < prompts.size(); ) {
            String prompt = Objects.requireNonNull(prompts.get(start), "prompt");
            int end = start + 1;
            while (end < prompts.size() && prompt.equals(prompts.get(end))) end++;
            int n = end - start;
            long requestSeed = Seeds.mix(seed, start);
            calls.add(pool.submit(() -> complete(prompt, n, config, requestSeed)));
            start = end;
        }
        var out = new ArrayList<Sample>(prompts.size());
        try {
            for (Future<List<Sample>> f : calls) out.addAll(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            calls.forEach(f -> f.cancel(true));
            throw new OpenAiException("interrupted while waiting for " + endpoint.url(), 0);
        } catch (ExecutionException e) {
            calls.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new OpenAiException(endpoint.url() + ": " + e.getCause(), 0);
        }
        return out;
    }

    /** {@code n} completions of one prompt, asking again while the server answers fewer. */
    private List<Sample> complete(String prompt, int n, SamplingConfig config, long seed) {
        var out = new ArrayList<Sample>(n);
        for (int round = 0; out.size() < n; round++) {
            int want = n - out.size();
            List<Sample> got = OpenAiResponses.samples(post(OpenAiResponses.request(endpoint, prompt, want, config,
                    Seeds.mix(seed, round))), endpoint);
            if (got.isEmpty()) throw new OpenAiException("POST " + endpoint.url() + " answered no choices", 200);
            out.addAll(got.subList(0, Math.min(want, got.size())));
        }
        return out;
    }

    /** POSTs {@code body}, retrying what can be retried; the parsed answer of a 200. */
    private JsonNode post(ObjectNode body) {
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint.url()).timeout(endpoint.timeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (endpoint.apiKey() != null) b.header("Authorization", "Bearer " + endpoint.apiKey());
        HttpRequest request = b.build();
        String where = "POST " + endpoint.url();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> r;
            try {
                r = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt >= endpoint.maxRetries()) {
                    throw new OpenAiException(where + ": no answer after " + (attempt + 1) + " tries: " + describe(e), 0);
                }
                sleep(backoff(attempt, null));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OpenAiException(where + ": interrupted", 0);
            }
            int status = r.statusCode();
            if (status == 200) {
                try {
                    return JSON.readTree(r.body());
                } catch (JsonProcessingException e) {
                    throw new OpenAiException(where + " answered 200 with a body that is not JSON: " + clip(r.body()), status);
                }
            }
            boolean retryable = status == 408 || status == 429 || status >= 500;
            if (!retryable || attempt >= endpoint.maxRetries()) {
                String tries = retryable ? " after " + (attempt + 1) + " tries" : "";
                throw new OpenAiException(where + ": HTTP " + status + tries + ": " + OpenAiResponses.errorMessage(r.body()), status);
            }
            sleep(backoff(attempt, r.headers().firstValue("Retry-After").orElse(null)));
        }
    }

    /** The wait before retry {@code attempt + 1}: the server's {@code Retry-After} seconds if given, else doubling. */
    Duration backoff(int attempt, String retryAfter) {
        if (retryAfter != null) {
            try {
                long s = Long.parseLong(retryAfter.trim());
                if (s >= 0) return Duration.ofSeconds(Math.min(s, 60));
            } catch (NumberFormatException ignored) {
                // an HTTP date: fall back to doubling
            }
        }
        Duration d = firstBackoff.multipliedBy(1L << Math.min(attempt, 20));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpenAiException("interrupted during backoff", 0);
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + m + ")");
    }

    static String clip(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
