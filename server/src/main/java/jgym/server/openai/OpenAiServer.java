package jgym.server.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import jgym.env.Seeds;
import jgym.server.ServerConfig;

/**
 * A {@link Generator} behind OpenAI's API: {@code POST /v1/chat/completions}, {@code POST /v1/completions} (each with
 * {@code n}, {@code temperature}, {@code top_p}, {@code max_tokens}, {@code seed}, {@code stop}, {@code logprobs},
 * server-sent-event streaming), {@code GET /v1/models} and {@code GET /health}; plus vLLM's
 * {@code return_token_ids} and {@code include_stop_str_in_output}. Errors are OpenAI's error object naming the field.
 *
 * <p>Generation runs one request at a time, each within {@link ServerConfig#stepTimeout()}. A request without a
 * {@code seed} gets {@code Seeds.mix(server seed, request number)}. Temperature 0 is greedy. A completion stops at
 * {@code max_tokens} or at the model's context, whichever comes first ({@code finish_reason: length}). A stream sends
 * the finished completion token by token: the events are OpenAI's, but they come after generation, not during it.
 */
public final class OpenAiServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** OpenAI's default {@code max_tokens} of the legacy completions endpoint. */
    static final int COMPLETIONS_DEFAULT_MAX_TOKENS = 16;

    private final ServerConfig config;
    private final Generator generator;
    private final long seed;
    private final Javalin app;
    private final ExecutorService generation = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "jgym-serve-policy");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong requests = new AtomicLong();
    private final long created = System.currentTimeMillis() / 1000;

    private OpenAiServer(ServerConfig config, Generator generator, long seed) {
        this.config = Objects.requireNonNull(config, "config");
        this.generator = Objects.requireNonNull(generator, "generator");
        this.seed = seed;
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.startupWatcherEnabled = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.jetty.defaultHost = config.host();
        });
        routes();
    }

    /** Starts serving {@code generator}; {@code seed} seeds requests that bring none. */
    public static OpenAiServer start(ServerConfig config, Generator generator, long seed) {
        OpenAiServer s = new OpenAiServer(config, generator, seed);
        s.app.start(config.host(), config.port());
        return s;
    }

    public int port() {
        return app.port();
    }

    private void routes() {
        app.before(ctx -> {
            if (!config.authorises(ctx.header("Authorization"))) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new OpenAiError(401, "invalid_request_error", null, "missing or wrong API key (Authorization: Bearer ...)");
            }
        });
        app.get("/health", ctx -> ctx.status(200).json(JSON.createObjectNode()));
        app.get("/v1/models", ctx -> {
            ObjectNode list = JSON.createObjectNode().put("object", "list");
            list.putArray("data").addObject().put("id", generator.model()).put("object", "model").put("created", created)
                    .put("owned_by", "jgym").put("max_model_len", generator.contextLength());
            json(ctx, 200, list);
        });
        app.post("/v1/chat/completions", ctx -> complete(ctx, true));
        app.post("/v1/completions", ctx -> complete(ctx, false));
        app.exception(OpenAiError.class, (e, ctx) -> json(ctx, e.status, e.body()));
        app.exception(Exception.class, (e, ctx) -> json(ctx, 500, OpenAiError.body("server_error", null,
                "internal error: " + e.getClass().getSimpleName())));
        app.error(404, ctx -> {
            if (ctx.result() == null) json(ctx, 404, OpenAiError.body("invalid_request_error", null, "no route " + ctx.method() + " " + ctx.path()));
        });
        app.error(413, ctx -> json(ctx, 413, OpenAiError.body("invalid_request_error", null,
                "request body larger than " + config.maxBodyBytes() + " bytes")));
    }

    private void complete(Context ctx, boolean chat) throws IOException {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw OpenAiError.invalid(null, "the body is not valid JSON: " + e.getOriginalMessage());
        }
        CompletionRequest r = CompletionRequest.parse(body, chat);
        if (!r.model().equals(generator.model())) {
            throw new OpenAiError(404, "NotFoundError", "model", "The model `" + r.model() + "` does not exist. This server serves `"
                    + generator.model() + "`.");
        }
        long requestSeed = r.seed() != null ? r.seed() : Seeds.mix(seed, requests.getAndIncrement());
        String field = chat ? "messages" : "prompt";
        var choices = new ArrayList<Choice>();
        int promptTokens = 0;
        for (int p = 0; p < r.prompts().size(); p++) {
            String prompt = r.prompts().get(p);
            int used = generator.promptTokens(prompt);
            int room = generator.contextLength() - used;
            if (room < 1) {
                throw OpenAiError.invalid(field, field + ": the prompt is " + used + " tokens; this model's context is "
                        + generator.contextLength() + " tokens, so no room is left for a completion");
            }
            int wanted = r.maxTokens() != null ? r.maxTokens() : chat ? room : COMPLETIONS_DEFAULT_MAX_TOKENS;
            var decoding = new Generator.Decoding(Math.min(wanted, room), r.temperature(), r.topP(), r.stop());
            List<Generator.Generation> out = generate(prompt, r.n(), decoding, Seeds.mix(requestSeed, p));
            for (Generator.Generation g : out) choices.add(Choice.of(choices.size(), g, r.stop(), r.includeStop()));
            promptTokens += used;
        }
        int completionTokens = choices.stream().mapToInt(Choice::generated).sum();
        ObjectNode usage = JSON.createObjectNode().put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        String id = (chat ? "chatcmpl-" : "cmpl-") + Long.toHexString(Seeds.mix(requestSeed, 1) & Long.MAX_VALUE);
        long now = System.currentTimeMillis() / 1000;
        if (r.stream()) {
            stream(ctx, r, id, now, choices, usage);
            return;
        }
        ObjectNode answer = head(id, chat ? "chat.completion" : "text_completion", now);
        ArrayNode cs = answer.putArray("choices");
        for (Choice c : choices) cs.add(c.json(chat, r.logprobs(), r.returnTokenIds()));
        answer.set("usage", usage);
        json(ctx, 200, answer);
    }

    private List<Generator.Generation> generate(String prompt, int n, Generator.Decoding decoding, long seed) {
        Future<List<Generator.Generation>> f = generation.submit(() -> generator.generate(prompt, n, decoding, seed));
        try {
            return f.get(config.stepTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new OpenAiError(504, "server_error", null, "no completion within " + config.stepTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpenAiError(503, "server_error", null, "interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) throw OpenAiError.invalid(null, bad.getMessage());
            throw new OpenAiError(500, "server_error", null, "generation failed: " + e.getCause().getClass().getSimpleName());
        }
    }

    /** The answer as server-sent events: each choice's pieces, its finish, the usage if asked, then {@code [DONE]}. */
    private void stream(Context ctx, CompletionRequest r, String id, long now, List<Choice> choices, ObjectNode usage) throws IOException {
        boolean chat = r.chat();
        String object = chat ? "chat.completion.chunk" : "text_completion";
        ctx.status(200).contentType("text/event-stream").header("Cache-Control", "no-cache");
        OutputStream out = ctx.res().getOutputStream();
        for (Choice c : choices) {
            if (chat) {
                ObjectNode first = head(id, object, now);
                ObjectNode ch = first.putArray("choices").addObject().put("index", c.index());
                ch.putObject("delta").put("role", "assistant").put("content", "");
                ch.putNull("logprobs");
                ch.putNull("finish_reason");
                event(out, first);
            }
            List<String> pieces = c.pieces();
            boolean perToken = pieces.size() == c.tokens().size();
            for (int i = 0; i < pieces.size(); i++) {
                ObjectNode chunk = head(id, object, now);
                ObjectNode ch = chunk.putArray("choices").addObject().put("index", c.index());
                if (chat) ch.putObject("delta").put("content", pieces.get(i));
                else ch.put("text", pieces.get(i));
                if (r.logprobs()) ch.set("logprobs", perToken ? c.logprobs(chat, i, i + 1) : c.logprobs(chat, 0, c.tokens().size()));
                else ch.putNull("logprobs");
                ch.putNull("finish_reason");
                event(out, chunk);
            }
            ObjectNode last = head(id, object, now);
            ObjectNode ch = last.putArray("choices").addObject().put("index", c.index());
            if (chat) ch.putObject("delta");
            else ch.put("text", "");
            ch.putNull("logprobs");
            ch.put("finish_reason", c.finishReason());
            if (c.stopReason() == null) ch.putNull("stop_reason");
            else ch.put("stop_reason", c.stopReason());
            event(out, last);
        }
        if (r.includeUsage()) {
            ObjectNode u = head(id, object, now);
            u.putArray("choices");
            u.set("usage", usage);
            event(out, u);
        }
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void event(OutputStream out, ObjectNode data) throws IOException {
        out.write(("data: " + JSON.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private ObjectNode head(String id, String object, long now) {
        return JSON.createObjectNode().put("id", id).put("object", object).put("created", now).put("model", generator.model());
    }

    private static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json").result(body.toString());
    }

    @Override
    public void close() {
        app.stop();
        generation.shutdownNow();
    }
}
