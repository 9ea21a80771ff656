package jgym.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import jgym.env.code.CodeRunner;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Program;

/**
 * One environment of OpenEnv's {@code coding_env} shape: action {@code {"code": str}}, observation
 * {@code {"stdout", "stderr", "exit_code"}}, state {@code {"episode_id", "step_count", "last_exit_code"}}.
 *
 * <p>The code runs in jgym's sandbox under {@link #LIMITS}, in a fresh interpreter each step, so nothing outlives a step
 * in any interpreter and no episode can see another's. Names persist across an episode's steps the way a notebook's do,
 * by replay: each step first runs the episode's earlier cells that exited 0, in order, with their output discarded and
 * their errors ignored, then the new cell. So a cell that reads the clock or draws unseeded random numbers sees them
 * drawn again, and the limits cover the replay too. {@code reset} starts an empty episode. No reward is given
 * ({@code reward} is null): this is a tool, scored by whatever uses it.
 */
final class CodingSession implements EnvSession {
    /** The limits of one step, replay included: the sandbox's defaults (5 s of wall and CPU time, 64 KiB of output). */
    static final Limits LIMITS = Limits.defaults();
    /** Cells kept for replay; beyond it the oldest are dropped (a long episode would otherwise replay without end). */
    static final int MAX_CELLS = 64;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<CodeRunner> runner;
    private final List<String> cells = new ArrayList<>();
    private String episodeId = UUID.randomUUID().toString();
    private int stepCount;
    private int lastExitCode;

    CodingSession(Supplier<CodeRunner> runner) {
        this.runner = runner;
    }

    @Override
    public ObjectNode reset(JsonNode data) {
        JsonNode id = data.get("episode_id");
        if (id != null && !id.isNull() && (!id.isTextual() || id.asText().length() > 255)) {
            throw new OpenEnvError(OpenEnvError.Code.VALIDATION_ERROR, "episode_id", "episode_id: must be a string of at most 255 characters");
        }
        cells.clear();
        episodeId = id != null && id.isTextual() ? id.asText() : UUID.randomUUID().toString();
        stepCount = 0;
        lastExitCode = 0;
        return result("", "", 0);
    }

    @Override
    public ObjectNode step(JsonNode action) {
        if (action == null || !action.isObject()) throw invalid("action", "must be an object");
        JsonNode code = action.get("code");
        if (code == null || code.isNull()) throw invalid("code", "field required");
        if (!code.isTextual()) throw invalid("code", "must be a string");
        Outcome o = runner.get().run(Program.python(program(cells, code.asText())).withLimits(LIMITS));
        int exit = o instanceof Outcome.Completed ? 0 : 1;
        if (exit == 0) {
            cells.add(code.asText());
            if (cells.size() > MAX_CELLS) cells.remove(0);
        }
        stepCount++;
        lastExitCode = exit;
        return result(o.stdout() == null ? "" : o.stdout(), stderr(o), exit);
    }

    @Override
    public ObjectNode state() {
        return JSON.createObjectNode().put("episode_id", episodeId).put("step_count", stepCount).put("last_exit_code", lastExitCode);
    }

    /** The program of one step: the earlier cells replayed silently, then {@code code}, each compiled on its own. */
    static String program(List<String> earlier, String code) {
        var p = new StringBuilder();
        if (!earlier.isEmpty()) {
            p.append("import sys as __jgym_sys, io as __jgym_io\n");
            p.append("__jgym_streams = (__jgym_sys.stdout, __jgym_sys.stderr)\n");
            p.append("__jgym_sys.stdout = __jgym_sys.stderr = __jgym_io.StringIO()\n");
            for (int i = 0; i < earlier.size(); i++) {
                p.append("try:\n    exec(compile(").append(literal(earlier.get(i))).append(", '<cell ").append(i + 1)
                        .append(">', 'exec'))\nexcept BaseException:\n    pass\n");
            }
            p.append("__jgym_sys.stdout, __jgym_sys.stderr = __jgym_streams\n");
            p.append("del __jgym_sys, __jgym_io, __jgym_streams\n");
        }
        p.append("exec(compile(").append(literal(code)).append(", '<cell>', 'exec'))\n");
        return p.toString();
    }

    /** {@code s} as a Python string literal (a JSON string is one). */
    private static String literal(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the program wrote to stderr, then how it ended if it did not complete. */
    private static String stderr(Outcome o) {
        String err = o.stderr() == null ? "" : o.stderr();
        String end = "";
        if (o instanceof Outcome.Failed f) {
            String last = f.errorType() + (f.message() == null || f.message().isBlank() ? "" : ": " + f.message());
            String trace = f.traceback() == null ? "" : f.traceback().strip();
            end = trace.isEmpty() ? last : trace + "\n" + last;
        } else if (o instanceof Outcome.TimedOut t) {
            end = "TimeoutError: stopped after " + t.limit().toMillis() + " ms";
        } else if (o instanceof Outcome.LimitExceeded l) {
            end = "LimitExceeded: " + l.resource() + " (" + l.detail() + ")";
        } else if (o instanceof Outcome.Denied d) {
            end = "PermissionError: " + d.operation() + " is not allowed (" + d.message() + ")";
        }
        if (end.isEmpty()) return err;
        return err.isEmpty() || err.endsWith("\n") ? err + end : err + "\n" + end;
    }

    private static ObjectNode result(String stdout, String stderr, int exitCode) {
        ObjectNode r = JSON.createObjectNode();
        ObjectNode obs = r.putObject("observation");
        obs.put("stdout", stdout).put("stderr", stderr).put("exit_code", exitCode);
        r.putNull("reward");
        r.put("done", false);
        return r;
    }

    private static OpenEnvError invalid(String field, String message) {
        return new OpenEnvError(OpenEnvError.Code.VALIDATION_ERROR, field, field + ": " + message);
    }
}
