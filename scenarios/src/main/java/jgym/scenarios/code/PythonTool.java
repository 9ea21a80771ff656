package jgym.scenarios.code;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import jgym.env.Task;
import jgym.env.Tool;
import jgym.env.code.CodeRunner;
import jgym.env.code.CodeRunners;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import jgym.rewards.code.CodeExtractor;

/**
 * A Python interpreter the policy can call between answers: an action with a Python code block and no
 * {@code <answer>} is run in the sandbox, and what it printed becomes the next observation.
 *
 * <p>Rules. An action holding {@code <answer>} is never a call: it is the final answer. Otherwise the last fenced block
 * tagged {@code python} / {@code py} or untagged is run, on its own (no variables survive from one call to the next),
 * under {@code limits}. The observation is an {@code ```output} block holding stdout, then stderr, then (if it did not
 * complete) the error, time-out, limit or denial, or (if it printed nothing) the value of its last expression; cut to
 * {@code maxChars} characters with a note saying how much was cut. An action with no such block is not a call either.
 * Use it with {@link jgym.env.ReasoningEnv} and {@link jgym.env.Budget#turns(int)}.
 *
 * @see jgym.env.Tool
 */
public final class PythonTool implements Tool {
    /** Limits of one call: 5 s wall and CPU time, 16 KiB of output. */
    public static final Limits DEFAULT_LIMITS = Limits.defaults().withMaxOutputBytes(16 * 1024);
    /** The default cut of an observation, in characters. */
    public static final int DEFAULT_MAX_CHARS = 2000;

    private final Supplier<CodeRunner> runner;
    private final Limits limits;
    private final int maxChars;

    /**
     * @param runner   gives the runner, asked on each call; never null
     * @param limits   the limits each call runs under; never null
     * @param maxChars the longest observation returned, at least 64 characters
     */
    public PythonTool(Supplier<CodeRunner> runner, Limits limits, int maxChars) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.limits = Objects.requireNonNull(limits, "limits");
        if (maxChars < 64) throw new IllegalArgumentException("maxChars must be >= 64, got " + maxChars);
        this.maxChars = maxChars;
    }

    /** The tool on the process-wide sandbox ({@link CodeRunners#shared()}) with the default limits and cut. */
    public static PythonTool shared() {
        return new PythonTool(CodeRunners::shared, DEFAULT_LIMITS, DEFAULT_MAX_CHARS);
    }

    /** The tool on {@code runner} (the caller keeps ownership) with the default limits and cut. */
    public static PythonTool on(CodeRunner runner) {
        Objects.requireNonNull(runner, "runner");
        return new PythonTool(() -> runner, DEFAULT_LIMITS, DEFAULT_MAX_CHARS);
    }

    @Override
    public Optional<String> call(Task task, String action) {
        Objects.requireNonNull(action, "action");
        if (action.contains("<answer>")) return Optional.empty();
        Optional<String> code = code(action);
        if (code.isEmpty()) return Optional.empty();
        Outcome outcome = Objects.requireNonNull(runner.get().run(Program.python(code.get()).withLimits(limits)), "runner returned null");
        return Optional.of("```output\n" + cut(render(outcome)) + "\n```");
    }

    /** The code this tool would run for {@code action}: its last Python or untagged fenced block. */
    static Optional<String> code(String action) {
        List<CodeExtractor.Block> blocks = CodeExtractor.blocks(action).stream()
                .filter(b -> b.tag().isEmpty() || isPython(b.tag())).toList();
        if (blocks.isEmpty()) return Optional.empty();
        return Optional.of(blocks.get(blocks.size() - 1).code()).filter(c -> !c.isBlank());
    }

    private static boolean isPython(String tag) {
        String t = tag.toLowerCase(java.util.Locale.ROOT);
        return t.equals("python") || t.equals("py") || t.equals("python3");
    }

    /** What the program showed, as a person at a terminal would see it. */
    static String render(Outcome outcome) {
        var b = new StringBuilder();
        append(b, outcome.stdout());
        append(b, outcome.stderr());
        if (outcome instanceof Outcome.Completed c) {
            if (b.length() == 0 && c.value() != null && !c.value().isBlank()) append(b, c.value());
        } else if (outcome instanceof Outcome.Failed f) {
            append(b, f.errorType() + (f.message() == null || f.message().isBlank() ? "" : ": " + f.message()));
        } else if (outcome instanceof Outcome.TimedOut t) {
            append(b, "TimeoutError: stopped after " + t.limit().toMillis() + " ms");
        } else if (outcome instanceof Outcome.LimitExceeded l) {
            append(b, "LimitExceeded: " + l.resource().name().toLowerCase(java.util.Locale.ROOT) + " (" + l.detail() + ")");
        } else if (outcome instanceof Outcome.Denied d) {
            append(b, "PermissionError: " + d.operation().name().toLowerCase(java.util.Locale.ROOT) + " is not allowed ("
                    + d.message() + ")");
        }
        return b.toString().stripTrailing();
    }

    private static void append(StringBuilder b, String text) {
        if (text == null || text.isEmpty()) return;
        b.append(text);
        if (!text.endsWith("\n")) b.append('\n');
    }

    private String cut(String text) {
        if (text.length() <= maxChars) return text;
        int keep = maxChars - 48; // room for the note
        return text.substring(0, keep) + "\n... [" + (text.length() - keep) + " characters cut]";
    }
}
