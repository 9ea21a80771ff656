package jgym.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import jgym.env.ScenarioRegistry;
import jgym.scenarios.Scenarios;
import jgym.env.code.CodeRunners;
import jgym.server.EnvKind;
import jgym.server.OpenEnvServer;
import jgym.server.ServerConfig;

/** {@code gym serve}: the scenarios over OpenEnv's HTTP and WebSocket protocol until the process is stopped. */
final class ServeCommand implements Command {
    private static final Options OPTIONS = new Options(Set.of("--env", "--host", "--port", "--token", "--max-sessions", "--session-timeout"),
            Set.of(), 0);

    @Override
    public Options options() {
        return OPTIONS;
    }

    private final ScenarioRegistry registry;
    private final Consumer<OpenEnvServer> whileRunning;

    ServeCommand() {
        this(Scenarios.registry(), server -> untilStopped());
    }

    /** Blocks until the process is asked to stop (Ctrl-C, SIGTERM). */
    static void untilStopped() {
        var stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "jgym-serve-stop"));
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @param whileRunning called once the server listens; the server stops when it returns (tests) */
    ServeCommand(ScenarioRegistry registry, Consumer<OpenEnvServer> whileRunning) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.whileRunning = Objects.requireNonNull(whileRunning, "whileRunning");
    }

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "serve the scenarios (or a Python sandbox) over OpenEnv's protocol, SandboxFusion's /run_code and OpenRLHF's rewards";
    }

    @Override
    public String usage() {
        return "[--env reasoning_gym|coding (default reasoning_gym)] [--host H (default 127.0.0.1)] [--port P (default 8000)]\n"
                + "  [--token T (default $JGYM_TOKEN; required off loopback)] [--max-sessions N (default 64)]\n"
                + "  [--session-timeout SECONDS (default 600)]\n"
                + "  /reset, /step, /state and /ws speak OpenEnv's reasoning_gym_env or coding_env; /run_code, /score and\n"
                + "  /get_reward are served either way";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Args a = OPTIONS.parse(args);
        String token = a.value("--token") != null ? a.value("--token") : System.getenv("JGYM_TOKEN");
        ServerConfig d = ServerConfig.defaults();
        ServerConfig config = new ServerConfig(a.value("--host") == null ? d.host() : a.value("--host"),
                a.intValue("--port", d.port(), 0, 65535), token == null || token.isBlank() ? null : token,
                a.intValue("--max-sessions", d.maxSessions(), 1, 100_000),
                Duration.ofSeconds(a.longValue("--session-timeout", d.sessionTimeout().toSeconds(), 1, 86_400)),
                d.maxBodyBytes(), d.stepTimeout());
        EnvKind kind;
        try {
            kind = EnvKind.of(a.value("--env") == null ? "reasoning_gym" : a.value("--env"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--env: " + e.getMessage());
        }
        try (OpenEnvServer server = OpenEnvServer.start(config, registry, CodeRunners::shared, kind)) {
            out.println("gym serve: OpenEnv " + kind.flag() + " on http://" + config.host() + ":" + server.port() + " (GET /health /metadata /schema /state,"
                    + " POST /reset /step, WebSocket /ws)" + (config.token() != null ? "; bearer token required" : ""));
            out.flush();
            whileRunning.accept(server);
        }
        return OK;
    }
}
