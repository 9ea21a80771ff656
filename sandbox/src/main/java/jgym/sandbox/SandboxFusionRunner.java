package jgym.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jgym.env.Seeds;
import jgym.env.code.CodeRunner;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Program;

/**
 * A client for a SandboxFusion-compatible service: {@code POST {endpoint}/run_code} with
 * {@code {"code", "language", "run_timeout", "memory_limit_MB", "stdin"}}, answered by
 * {@code {"status", "message", "run_result": {"status", "execution_time", "return_code", "stdout", "stderr"}}}.
 *
 * <p>A program that exits with status 0 before its end (e.g. {@code sys.exit(0)} ahead of its asserts) must not look
 * like one that passed, and the service cannot tell the two apart; so the client appends a line that prints a per-run
 * marker, and a run whose stdout lacks it is {@link Outcome.Failed} with error type {@code SystemExit}. The marker is
 * removed from the stdout reported. Isolation is whatever the service gives (SandboxFusion: a process per run).
 */
public final class SandboxFusionRunner implements CodeRunner {
    private static final Pattern LAST_ERROR = Pattern.compile("(?m)^([A-Za-z_][A-Za-z0-9_.]*(?:Error|Exception|Exit|Interrupt)):? ?(.*)$");

    private final URI runCode;
    private final HttpClient http;
    private final Semaphore permits;
    private final long seed;
    private final AtomicLong runs = new AtomicLong();

    /**
     * @param endpoint    base URI of the service (e.g. {@code http://127.0.0.1:8080}); never null
     * @param concurrency most requests in flight, 1 to 256
     * @param seed        seed of the per-run end markers
     */
    public SandboxFusionRunner(URI endpoint, int concurrency, long seed) {
        if (endpoint == null) throw new IllegalArgumentException("endpoint must not be null");
        if (concurrency < 1 || concurrency > 256) throw new IllegalArgumentException("concurrency must be in [1, 256], got " + concurrency);
        String base = endpoint.toString();
        this.runCode = URI.create(base.endsWith("/") ? base + "run_code" : base + "/run_code");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.permits = new Semaphore(concurrency, true);
        this.seed = seed;
    }

    @Override
    public java.util.List<Outcome> trial(jgym.env.code.Trial trial) {
        if (trial == null) throw new IllegalArgumentException("trial must not be null");
        // a SandboxFusion service runs whole programs only: each test runs as one program with the candidate
        // (SingleProgram), in a process of its own; weaker than a split trial, see the sandbox README
        var out = new java.util.ArrayList<Outcome>(trial.tests().size());
        for (int i = 0; i < trial.tests().size(); i++) out.add(SingleProgram.run(trial, i, this::run));
        return out;
    }

    @Override
    public Outcome run(Program program) {
        if (program == null) throw new IllegalArgumentException("program must not be null");
        String marker = "__jgym_end_" + Long.toHexString(Seeds.mix(seed, runs.getAndIncrement())) + "__";
        Limits limits = program.limits();
        ObjectNode body = WireFormat.JSON.createObjectNode();
        body.put("code", withMarker(program, marker));
        body.put("language", program.language() == Language.PYTHON ? "python" : "nodejs");
        body.put("run_timeout", limits.wallTime().toMillis() / 1000.0);
        body.put("memory_limit_MB", Math.max(1, limits.maxMemoryBytes() >> 20));
        body.put("stdin", program.stdin());
        HttpRequest req = HttpRequest.newBuilder(runCode)
                .timeout(limits.wallTime().plusSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        long start = System.nanoTime();
        permits.acquireUninterruptibly();
        try {
            HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (resp.statusCode() / 100 != 2) {
                return sandboxError("HTTP " + resp.statusCode() + " from " + runCode + ": " + abbreviate(resp.body()), start);
            }
            return outcome(WireFormat.JSON.readTree(resp.body()), limits, marker, start);
        } catch (IOException e) {
            return sandboxError("request to " + runCode + " failed: " + e, start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return sandboxError("interrupted while waiting for " + runCode, start);
        } finally {
            permits.release();
        }
    }

    /** The program's source with a last line that prints {@code marker} on a line of its own. */
    static String withMarker(Program p, String marker) {
        if (p.language() == Language.PYTHON) {
            return p.source() + "\n\n__import__('sys').stdout.write('\\n" + marker + "\\n')\n";
        }
        return p.source() + "\n;console.log('\\n" + marker + "');\n";
    }

    /** Maps a service answer to an outcome; {@code start} is when the request was sent. */
    static Outcome outcome(JsonNode n, Limits limits, String marker, long start) {
        Duration elapsed = GraalRunner.since(start);
        JsonNode run = n.path("run_result");
        if (run.isMissingNode() || run.isNull()) {
            return new Outcome.Failed("SandboxError", n.path("status").asText("?") + ": " + n.path("message").asText(""), "", "", "", elapsed);
        }
        String rawOut = run.path("stdout").asText("");
        String err = run.path("stderr").asText("");
        boolean reachedEnd = rawOut.contains(marker);
        String out = rawOut.replace("\n" + marker + "\n", "").replace(marker + "\n", "").replace(marker, "");
        if ((long) out.getBytes(StandardCharsets.UTF_8).length + err.getBytes(StandardCharsets.UTF_8).length > limits.maxOutputBytes()) {
            return new Outcome.LimitExceeded(Outcome.Resource.OUTPUT, "output above " + limits.maxOutputBytes() + " bytes",
                    truncate(out, limits.maxOutputBytes()), truncate(err, Math.max(0, limits.maxOutputBytes() - out.length())), elapsed);
        }
        String status = run.path("status").asText("");
        if (status.equals("TimeLimitExceeded")) return new Outcome.TimedOut(limits.wallTime(), out, err, elapsed);
        int code = run.path("return_code").asInt(-1);
        if (code == 0 && reachedEnd) return new Outcome.Completed(out, err, "", elapsed);
        if (code == 0) return new Outcome.Failed("SystemExit", "exit status 0 before the end of the program", "", out, err, elapsed);
        String type = "SystemExit";
        String message = "exit status " + code;
        Matcher m = LAST_ERROR.matcher(err);
        while (m.find()) {
            type = m.group(1).substring(m.group(1).lastIndexOf('.') + 1);
            message = m.group(2);
        }
        if (type.equals("MemoryError")) return new Outcome.LimitExceeded(Outcome.Resource.MEMORY, "MemoryError: " + message, out, err, elapsed);
        return new Outcome.Failed(type, message, err, out, err, elapsed);
    }

    private static Outcome sandboxError(String message, long start) {
        return new Outcome.Failed("SandboxError", message, "", "", "", GraalRunner.since(start));
    }

    private static String truncate(String s, int maxChars) {
        return s.length() <= maxChars ? s : s.substring(0, maxChars);
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    @Override
    public void close() {
        // HttpClient holds no resources that outlive its requests on JDK 17
    }
}
