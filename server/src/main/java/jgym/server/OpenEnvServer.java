package jgym.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import jgym.env.Rubric;
import jgym.env.ScenarioConfig;
import jgym.env.ScenarioRegistry;
import jgym.env.UnknownScenarioException;
import jgym.env.code.CodeRunner;
import jgym.env.code.CodeRunners;

/**
 * jgym's environments over OpenEnv's protocol, as its {@code http_server.py} defines it: {@code GET /health},
 * {@code /metadata}, {@code /schema}, {@code /state}, {@code POST /reset}, {@code /step} (each HTTP call on an
 * environment of its own, as OpenEnv's are), and WebSocket {@code /ws} sessions, one environment per connection, with
 * {@code reset} / {@code step} / {@code state} / {@code close} messages answered by {@code observation} / {@code state}
 * / {@code error} messages and OpenEnv's error codes. The environment is a drop-in for OpenEnv's
 * {@code reasoning_gym_env} ({@link ReasoningSession}) or its {@code coding_env} ({@link CodingSession}), as
 * {@link EnvKind} says.
 *
 * <p>Safe by default: loopback unless told otherwise, and then a bearer token on every request and upgrade; bodies and
 * messages over {@link ServerConfig#maxBodyBytes()} refused; each reset or step bounded by
 * {@link ServerConfig#stepTimeout()}; at most {@link ServerConfig#maxSessions()} sessions, idle ones closed after
 * {@link ServerConfig#sessionTimeout()}. A client that misbehaves or disconnects loses only its own session.
 */
public final class OpenEnvServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerConfig config;
    private final ScenarioRegistry registry;
    private final Supplier<CodeRunner> runner;
    private final EnvKind kind;
    private final Javalin app;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, WsContext> contexts = new ConcurrentHashMap<>();
    private final Map<String, Rubric> rubrics = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final ExecutorService work = Executors.newCachedThreadPool(daemon("jgym-serve-work"));
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(daemon("jgym-serve-reaper"));

    /** One WebSocket session: its environment and when it was last used. */
    private static final class Session {
        final EnvSession env;
        volatile long lastActive = System.nanoTime();

        Session(EnvSession env) {
            this.env = env;
        }
    }

    private OpenEnvServer(ServerConfig config, ScenarioRegistry registry, Supplier<CodeRunner> runner, EnvKind kind) {
        this.config = config;
        this.registry = registry;
        this.runner = runner;
        this.kind = kind;
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.startupWatcherEnabled = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.jetty.defaultHost = config.host();
            c.jetty.modifyWebSocketServletFactory(f -> {
                f.setMaxTextMessageSize(config.maxBodyBytes());
                f.setIdleTimeout(config.sessionTimeout().plusMinutes(1));
            });
        });
        routes();
    }

    /**
     * Starts a server for {@code registry}'s scenarios, running code ({@code /run_code}) on the process-wide sandbox;
     * {@link #port()} tells where it listens.
     */
    public static OpenEnvServer start(ServerConfig config, ScenarioRegistry registry) {
        return start(config, registry, CodeRunners::shared);
    }

    /** Starts a server running code on {@code runner} (asked on each request, so a lazily made sandbox starts on first use). */
    public static OpenEnvServer start(ServerConfig config, ScenarioRegistry registry, Supplier<CodeRunner> runner) {
        return start(config, registry, runner, EnvKind.REASONING_GYM);
    }

    /** Starts a server whose OpenEnv endpoints speak {@code kind}'s shape. */
    public static OpenEnvServer start(ServerConfig config, ScenarioRegistry registry, Supplier<CodeRunner> runner, EnvKind kind) {
        OpenEnvServer s = new OpenEnvServer(config, registry, runner, java.util.Objects.requireNonNull(kind, "kind"));
        s.app.start(config.host(), config.port());
        long period = Math.max(100, Math.min(1000, config.sessionTimeout().toMillis() / 4));
        s.reaper.scheduleAtFixedRate(s::reapIdle, period, period, TimeUnit.MILLISECONDS);
        return s;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** WebSocket sessions open now. */
    public int activeSessions() {
        return sessions.size();
    }

    private void routes() {
        app.before(ctx -> {
            if (!config.authorises(ctx.header("Authorization"))) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new io.javalin.http.UnauthorizedResponse("missing or wrong bearer token");
            }
        });
        app.wsBeforeUpgrade(ctx -> {
            if (!config.authorises(ctx.header("Authorization"))) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new io.javalin.http.UnauthorizedResponse("missing or wrong bearer token");
            }
        });
        app.get("/health", ctx -> json(ctx, 200, JSON.createObjectNode().put("status", "healthy")));
        app.get("/metadata", ctx -> json(ctx, 200, kind.metadata()));
        app.get("/schema", ctx -> json(ctx, 200, kind.schema()));
        app.get("/state", ctx -> json(ctx, 200, kind.create(registry, runner).state()));
        app.post("/reset", ctx -> http(ctx, body -> {
            Http.resetRequest(body);
            return kind.create(registry, runner).reset(body);
        }));
        app.post("/step", ctx -> http(ctx, body -> {
            JsonNode action = Http.stepRequest(body);
            return kind.create(registry, runner).step(action);
        }));
        app.post("/run_code", ctx -> http(ctx, body -> RunCode.run(body, runner.get())));
        app.post("/score", ctx -> http(ctx, body -> BatchScore.score(body, registry)));
        app.post("/get_reward", ctx -> http(ctx, body -> RemoteReward.score(body, rewardRubric(ctx.queryParam("scenario")))));
        app.exception(io.javalin.http.HttpResponseException.class, (e, ctx) ->
                json(ctx, e.getStatus(), JSON.createObjectNode().put("detail", e.getMessage())));
        app.exception(Exception.class, (e, ctx) ->
                json(ctx, 500, JSON.createObjectNode().put("detail", "internal error: " + e.getClass().getSimpleName())));
        app.error(404, ctx -> json(ctx, 404, JSON.createObjectNode().put("detail", "Not Found")));
        app.error(413, ctx -> json(ctx, 413, JSON.createObjectNode().put("detail", "request body larger than " + config.maxBodyBytes() + " bytes")));
        app.ws("/ws", ws -> {
            ws.onConnect(ctx -> {
                if (open.incrementAndGet() > config.maxSessions()) {
                    open.decrementAndGet();
                    ObjectNode data = error(OpenEnvError.Code.CAPACITY_REACHED, "server at capacity: " + config.maxSessions()
                            + " sessions open (max_concurrent_envs)");
                    data.put("active_sessions", sessions.size()).put("max_sessions", config.maxSessions());
                    send(ctx, "error", data);
                    ctx.closeSession(1013, "capacity reached");
                    return;
                }
                contexts.put(ctx.sessionId(), ctx);
                sessions.put(ctx.sessionId(), new Session(kind.create(registry, runner)));
            });
            ws.onMessage(ctx -> onMessage(ctx, ctx.message()));
            ws.onClose(ctx -> drop(ctx.sessionId()));
            ws.onError(ctx -> drop(ctx.sessionId()));
        });
    }

    private void drop(String id) {
        contexts.remove(id);
        if (sessions.remove(id) != null) open.decrementAndGet();
    }

    private void onMessage(WsContext ctx, String raw) {
        Session s = sessions.get(ctx.sessionId());
        if (s == null) return; // refused at capacity or reaped
        s.lastActive = System.nanoTime();
        JsonNode msg;
        try {
            msg = JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            send(ctx, "error", error(OpenEnvError.Code.INVALID_JSON, "Invalid JSON: " + e.getOriginalMessage()));
            return;
        }
        String type = msg != null && msg.isObject() ? msg.path("type").asText("") : "";
        JsonNode data = msg != null && msg.isObject() ? msg.get("data") : null;
        try {
            switch (type) {
                case "reset" -> send(ctx, "observation", timed(() -> s.env.reset(object(data, true))));
                case "step" -> send(ctx, "observation", timed(() -> s.env.step(object(data, false))));
                case "state" -> send(ctx, "state", s.env.state());
                case "close" -> ctx.closeSession(1000, "closed by the client");
                default -> send(ctx, "error", error(OpenEnvError.Code.UNKNOWN_TYPE, "Unknown message type: " + type));
            }
        } catch (OpenEnvError e) {
            ObjectNode d = error(e.code, e.code == OpenEnvError.Code.VALIDATION_ERROR ? "Invalid message: " + e.getMessage() : e.getMessage());
            if (e.field != null) d.set("errors", Http.errors(e.field, e.getMessage()));
            send(ctx, "error", d);
        } catch (RuntimeException e) {
            send(ctx, "error", error(OpenEnvError.Code.EXECUTION_ERROR, e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        s.lastActive = System.nanoTime();
    }

    /** {@code data} as an object: absent is an empty object for a reset; anything else that is no object is invalid. */
    private static JsonNode object(JsonNode data, boolean reset) {
        if (data == null || data.isNull()) {
            if (reset) return JSON.createObjectNode();
            throw new OpenEnvError(OpenEnvError.Code.VALIDATION_ERROR, "data", "data: the action is required");
        }
        if (!data.isObject()) throw new OpenEnvError(OpenEnvError.Code.VALIDATION_ERROR, "data", "data: must be an object");
        return data;
    }

    /** Runs one reset or step within the step timeout. */
    private ObjectNode timed(java.util.concurrent.Callable<ObjectNode> call) {
        Future<ObjectNode> f = work.submit(call);
        try {
            return f.get(config.stepTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new OpenEnvError(OpenEnvError.Code.EXECUTION_ERROR, null, "no result within " + config.stepTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpenEnvError(OpenEnvError.Code.EXECUTION_ERROR, null, "interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new OpenEnvError(OpenEnvError.Code.EXECUTION_ERROR, null, String.valueOf(e.getCause()));
        }
    }

    private void http(Context ctx, Function<JsonNode, ObjectNode> handler) {
        JsonNode body;
        String text = ctx.body();
        try {
            body = text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            json(ctx, 422, Http.detail("json_invalid", "body", "JSON decode error: " + e.getOriginalMessage()));
            return;
        }
        try {
            json(ctx, 200, timed(() -> handler.apply(body)));
        } catch (OpenEnvError e) {
            json(ctx, 422, Http.detail(e.code == OpenEnvError.Code.VALIDATION_ERROR ? "value_error" : "execution_error",
                    e.field == null ? "body" : e.field, e.getMessage()));
        }
    }

    /** The rubric of {@code scenario} (default {@code gsm8k}: exact answer equivalence) for OpenRLHF's reward API. */
    private Rubric rewardRubric(String scenario) {
        String name = scenario == null || scenario.isBlank() ? "gsm8k" : scenario;
        try {
            return rubrics.computeIfAbsent(name, n -> registry.make(n, ScenarioConfig.defaults()).rubric());
        } catch (UnknownScenarioException | IllegalArgumentException e) {
            throw new OpenEnvError(OpenEnvError.Code.VALIDATION_ERROR, "scenario", "scenario: " + e.getMessage());
        }
    }

    private void reapIdle() {
        long limit = config.sessionTimeout().toNanos();
        long now = System.nanoTime();
        for (var e : sessions.entrySet()) {
            if (now - e.getValue().lastActive > limit) closeIdle(e.getKey());
        }
    }

    private void closeIdle(String id) {
        WsContext ctx = contexts.get(id);
        drop(id);
        if (ctx != null) {
            try {
                ctx.closeSession(1001, "idle for more than " + config.sessionTimeout().toSeconds() + " s");
            } catch (RuntimeException ignored) {
                // the client went away meanwhile
            }
        }
    }

    private static ObjectNode error(OpenEnvError.Code code, String message) {
        return JSON.createObjectNode().put("message", message).put("code", code.name());
    }

    private static void send(WsContext ctx, String type, ObjectNode data) {
        ObjectNode m = JSON.createObjectNode();
        m.put("type", type);
        m.set("data", data);
        try {
            ctx.send(JSON.writeValueAsString(m));
        } catch (JsonProcessingException | RuntimeException e) {
            // the client went away: its session is dropped on close
        }
    }

    private static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json").result(body.toString());
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        reaper.shutdownNow();
        app.stop();
        work.shutdownNow();
    }
}
