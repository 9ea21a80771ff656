package jgym.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import jgym.agents.policy.TransformerPolicy;
import jgym.env.Seeds;
import jgym.server.ServerConfig;
import jgym.server.openai.OpenAiServer;

/** {@code gym serve-policy CHECKPOINT}: a trained policy behind an OpenAI-compatible API until the process is stopped. */
final class ServePolicyCommand implements Command {
    private static final Options OPTIONS = new Options(Set.of("--model", "--host", "--port", "--token", "--seed"),
            Set.of(), 1);

    @Override
    public Options options() {
        return OPTIONS;
    }

    static final int DEFAULT_PORT = 8001;
    static final String DEFAULT_MODEL = "jgym-policy";
    private final Consumer<OpenAiServer> whileRunning;

    ServePolicyCommand() {
        this(server -> ServeCommand.untilStopped());
    }

    /** @param whileRunning called once the server listens; the server stops when it returns (tests) */
    ServePolicyCommand(Consumer<OpenAiServer> whileRunning) {
        this.whileRunning = Objects.requireNonNull(whileRunning, "whileRunning");
    }

    @Override
    public String name() {
        return "serve-policy";
    }

    @Override
    public String summary() {
        return "serve a trained policy over the OpenAI API (/v1/chat/completions, /v1/completions, /v1/models)";
    }

    @Override
    public String usage() {
        return "CHECKPOINT [--model NAME (default " + DEFAULT_MODEL + ")] [--host H (default 127.0.0.1)] [--port P (default "
                + DEFAULT_PORT + ")]\n"
                + "  [--token T (default $JGYM_TOKEN; required off loopback)] [--seed S (seeds requests without one; default 42)]\n"
                + "  CHECKPOINT is a policy folder, a run's checkpoint/ folder, or the run's folder (gym train --out)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args a = OPTIONS.parse(args);
        Path path = Path.of(a.positional(0, "CHECKPOINT (a policy folder or a gym train run)"));
        String model = a.value("--model") == null ? DEFAULT_MODEL : a.value("--model");
        String token = a.value("--token") != null ? a.value("--token") : System.getenv("JGYM_TOKEN");
        long seed = a.longValue("--seed", Seeds.DEFAULT, Long.MIN_VALUE, Long.MAX_VALUE);
        ServerConfig d = ServerConfig.defaults();
        ServerConfig config = new ServerConfig(a.value("--host") == null ? d.host() : a.value("--host"),
                a.intValue("--port", DEFAULT_PORT, 0, 65535), token == null || token.isBlank() ? null : token, d.maxSessions(),
                d.sessionTimeout(), d.maxBodyBytes(), Duration.ofMinutes(5));
        TransformerPolicy policy = Checkpoints.load(path, "CHECKPOINT");
        try (OpenAiServer server = OpenAiServer.start(config, new PolicyGenerator(model, policy), seed)) {
            out.println("gym serve-policy: " + model + " (" + policy.parameterCount() + " parameters, context "
                    + policy.config().contextLength() + ") on http://" + config.host() + ":" + server.port() + "/v1"
                    + (config.token() != null ? "; bearer token required" : ""));
            out.flush();
            whileRunning.accept(server);
        }
        return OK;
    }
}
