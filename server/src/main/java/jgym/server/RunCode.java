package jgym.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jgym.env.code.CodeRunner;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Program;

/**
 * SandboxFusion's {@code POST /run_code} ({@code sandbox/server/sandbox_api.py}) over jgym's sandbox, so that verl's and
 * open-r1's code rewards can point at jgym: request {@code {code, language, compile_timeout, run_timeout,
 * memory_limit_MB, stdin, files, fetch_files}}, answer {@code {status: Success|Failed|SandboxError, message,
 * compile_result, run_result: {status: Finished|TimeLimitExceeded|Error, execution_time, return_code, stdout, stderr},
 * executor_pod_name, files}}. Languages {@code python} and {@code nodejs}; every other language SandboxFusion knows is a
 * {@code SandboxError} saying so, and a name it does not know is a 422.
 */
final class RunCode {
    private RunCode() {}

    private static final ObjectMapper JSON = new ObjectMapper();
    /** SandboxFusion's {@code Language} literal ({@code sandbox/runners/types.py}). */
    private static final Set<String> LANGUAGES = Set.of("python", "cpp", "nodejs", "go", "go_test", "java", "php", "csharp",
            "bash", "typescript", "sql", "rust", "cuda", "lua", "R", "perl", "D_ut", "ruby", "scala", "julia", "pytest",
            "junit", "kotlin_script", "jest", "verilog", "python_gpu", "lean", "swift", "racket");
    /** Longest run a request may ask for. */
    static final double MAX_RUN_TIMEOUT_S = 30;
    private static final Pattern EXIT_STATUS = Pattern.compile("exit status (-?\\d+)");

    /** The program a request asks to run, or throws {@link OpenEnvError} naming the field that is wrong. */
    static Program program(JsonNode body) {
        if (!body.isObject()) throw invalid("body", "Input should be a valid dictionary");
        JsonNode code = body.get("code");
        if (code == null || code.isNull()) throw invalid("code", "code: Field required");
        if (!code.isTextual()) throw invalid("code", "code: Input should be a valid string");
        JsonNode lang = body.get("language");
        if (lang == null || lang.isNull()) throw invalid("language", "language: Field required");
        if (!lang.isTextual() || !LANGUAGES.contains(lang.asText())) {
            throw invalid("language", "language: Input should be one of SandboxFusion's languages, got " + lang);
        }
        double timeout = number(body, "run_timeout", 10);
        if (timeout <= 0 || timeout > MAX_RUN_TIMEOUT_S) throw invalid("run_timeout", "run_timeout: must be in (0, " + (int) MAX_RUN_TIMEOUT_S + "] seconds");
        double memory = number(body, "memory_limit_MB", -1);
        JsonNode stdin = body.get("stdin");
        if (stdin != null && !stdin.isNull() && !stdin.isTextual()) throw invalid("stdin", "stdin: Input should be a valid string");
        Duration wall = Duration.ofMillis((long) (timeout * 1000));
        Limits limits = Limits.defaults().withWallTime(wall).withCpuTime(wall);
        if (memory > 0) limits = new Limits(wall, wall, limits.maxOutputBytes(), (long) memory << 20);
        Language language = lang.asText().equals("python") ? Language.PYTHON : lang.asText().equals("nodejs") ? Language.JAVASCRIPT : null;
        if (language == null) return null;
        return new Program(language, code.asText(), stdin == null || stdin.isNull() ? "" : stdin.asText(), limits);
    }

    /** Runs {@code body}'s program on {@code runner}: SandboxFusion's answer. */
    static ObjectNode run(JsonNode body, CodeRunner runner) {
        Program p = program(body);
        JsonNode files = body.get("files");
        if (p == null) return sandboxError("language " + body.get("language").asText() + " is not supported by this sandbox (python, nodejs)");
        if (files != null && files.isObject() && files.size() > 0) return sandboxError("files are not supported: the sandbox has no file system");
        Outcome o = runner.run(p);
        ObjectNode run = JSON.createObjectNode();
        double seconds = o.elapsed().toNanos() / 1e9;
        String status = "Success";
        if (o instanceof Outcome.Completed c) {
            result(run, "Finished", seconds, 0, c.stdout(), c.stderr());
        } else if (o instanceof Outcome.TimedOut t) {
            result(run, "TimeLimitExceeded", seconds, null, t.stdout(), t.stderr());
            status = "Failed";
        } else if (o instanceof Outcome.LimitExceeded l && l.resource() == Outcome.Resource.CPU_TIME) {
            result(run, "TimeLimitExceeded", seconds, null, l.stdout(), l.stderr());
            status = "Failed";
        } else if (o instanceof Outcome.LimitExceeded l) {
            String why = l.resource() == Outcome.Resource.MEMORY ? "MemoryError: " : "OutputLimitExceeded: ";
            result(run, "Finished", seconds, 1, l.stdout(), tail(l.stderr()) + why + l.detail() + "\n");
            status = "Failed";
        } else if (o instanceof Outcome.Denied d) {
            result(run, "Finished", seconds, 1, d.stdout(), tail(d.stderr()) + "PermissionError: "
                    + d.operation().name().toLowerCase(Locale.ROOT) + " denied: " + d.message() + "\n");
            status = "Failed";
        } else {
            Outcome.Failed f = (Outcome.Failed) o;
            if (f.errorType().equals("SandboxError") || f.errorType().equals("WorkerDied")) {
                ObjectNode e = sandboxError(f.message());
                result(run, "Error", seconds, null, f.stdout(), f.stderr());
                e.set("run_result", run);
                return e;
            }
            int code = 1;
            if (f.errorType().equals("SystemExit")) {
                Matcher m = EXIT_STATUS.matcher(f.message());
                code = m.find() ? Integer.parseInt(m.group(1)) : 1;
            }
            String err = f.errorType().equals("SystemExit") ? f.stderr()
                    : tail(f.stderr()) + (f.traceback().isEmpty() ? "" : f.traceback()) + f.errorType() + (f.message().isEmpty() ? "" : ": " + f.message()) + "\n";
            result(run, "Finished", seconds, code, f.stdout(), err);
            status = code == 0 ? "Success" : "Failed";
        }
        ObjectNode resp = JSON.createObjectNode();
        resp.put("status", status);
        resp.put("message", "");
        resp.putNull("compile_result");
        resp.set("run_result", run);
        resp.putNull("executor_pod_name");
        resp.putObject("files");
        return resp;
    }

    private static void result(ObjectNode run, String status, double seconds, Integer code, String out, String err) {
        run.put("status", status);
        run.put("execution_time", seconds);
        if (code == null) run.putNull("return_code");
        else run.put("return_code", code);
        run.put("stdout", out);
        run.put("stderr", err);
    }

    private static String tail(String stderr) {
        return stderr.isEmpty() || stderr.endsWith("\n") ? stderr : stderr + "\n";
    }

    private static ObjectNode sandboxError(String message) {
        ObjectNode resp = JSON.createObjectNode();
        resp.put("status", "SandboxError");
        resp.put("message", message);
        resp.putNull("compile_result");
        resp.putNull("run_result");
        resp.putNull("executor_pod_name");
        resp.putObject("files");
        return resp;
    }

    private static double number(JsonNode body, String field, double fallback) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return fallback;
        if (!n.isNumber()) throw invalid(field, field + ": Input should be a valid number");
        return n.asDouble();
    }

    private static OpenEnvError invalid(String field, String message) {
        return new OpenEnvError(OpenEnvError.Code.VALIDATION_ERROR, field, message);
    }
}
