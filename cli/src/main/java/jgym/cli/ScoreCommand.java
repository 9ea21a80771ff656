package jgym.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jgym.env.RewardResult;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.ScenarioRegistry;
import jgym.env.Score;
import jgym.env.Task;
import jgym.env.TaskLookup;
import jgym.scenarios.Scenarios;
import jgym.scenarios.data.JsonlReader;
import jgym.scenarios.data.JsonlRow;

/**
 * {@code gym score SCENARIO --completions FILE}: scores completions against a scenario's tasks with its rubric.
 *
 * <p>Completions are JSONL objects {@code {"task_id": ..., "completion": "..."}}, matched to tasks by id (a task may
 * have many completions). Each result is one JSONL line {@code {"task_id", "reward", "components", "reason"}}, where
 * {@code components} maps each rubric term to its value (null when not applicable). The summary (count, mean reward,
 * accuracy, counts per reason) goes to standard error when the rows go to standard output, else to standard output.
 * Rows are written as they are scored; when a later completion is malformed or names an unknown task, the rows before
 * it are kept and the command exits with code 1 naming the file and line.
 */
public final class ScoreCommand implements Command {
    private static final Options OPTIONS = new Options(ScenarioArgs.with(ScenarioArgs.VALUED, "--completions", "--out", "--search", "--reasons", "--spark", "--partitions"),
            Set.of(), 1);

    @Override
    public Options options() {
        return OPTIONS;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DEFAULT_SEARCH = 100_000;
    private final ScenarioRegistry registry;

    ScoreCommand() {
        this(Scenarios.registry());
    }

    /** @param registry where scenario names are looked up, never null */
    ScoreCommand(ScenarioRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public String name() {
        return "score";
    }

    @Override
    public String summary() {
        return "score JSONL completions {task_id, completion} against a scenario's tasks";
    }

    @Override
    public String usage() {
        return "SCENARIO --completions FILE " + ScenarioArgs.USAGE + " [--out FILE] [--search N] [--reasons K]\n"
                + "  --data: the dataset the tasks come from (default: the scenario's embedded data)\n"
                + "  --seed/--level: for a procedural scenario, the ones the tasks were sampled with; its first N\n"
                + "  tasks are searched for each task_id (--search, default " + DEFAULT_SEARCH + ")\n"
                + "  --spark MASTER [--partitions N]: score as a Spark job (e.g. --spark local[2]); --out is then a folder\n"
                + "  (JSON Lines, or Parquet when it ends in .parquet), without it the rows go to stdout; with --spark the\n"
                + "  completions may also be Parquet (a path ending in .parquet, columns task_id and completion)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args a = OPTIONS.parse(args);
        String name = a.positional(0, "SCENARIO (see gym list)");
        if (a.value("--spark") != null) return SparkScore.run(name, a, out, err);
        a.require("--completions");
        if (a.value("--completions").endsWith(".parquet")) {
            throw new UsageException("--completions: Parquet is read by the Spark job: add --spark MASTER (e.g. --spark 'local[2]')");
        }
        Path completions = a.existingFile("--completions");
        // the scenario is made (and its dataset read) before any row is written, so bad data there writes nothing
        long search = a.longValue("--search", DEFAULT_SEARCH, 1, Long.MAX_VALUE);
        int maxReasons = a.intValue("--reasons", 10, 0, Integer.MAX_VALUE);
        Scenario scenario = registry.make(name, ScenarioArgs.config(a));
        Rubric rubric = scenario.rubric();
        TaskLookup lookup = new TaskLookup(scenario, search);
        var summary = new ScoreSummary();
        boolean toFile;
        try (Sink sink = Sink.open(a.value("--out"), out)) {
            toFile = sink.toFile();
            JsonlReader.forEach(completions, row -> {
                Task task = task(row, lookup);
                RewardResult result = rubric.evaluate(task, row.text("completion"));
                sink.println(line(task.id(), result));
                summary.add(result);
            });
        }
        summary.print(name, toFile ? out : err, maxReasons);
        return OK;
    }

    /** How to find a task id that was not found: the settings the tasks were made with. */
    public static final String HINT = "; give the --data, --seed, --level and --option the tasks were made with";

    private static Task task(JsonlRow row, TaskLookup lookup) {
        String id = row.id("task_id");
        return lookup.find(id).orElseThrow(() -> row.error("task_id", lookup.notFound(id, HINT)));
    }

    /** The JSONL line of one scored completion. */
    static String line(String taskId, RewardResult result) {
        var node = JSON.createObjectNode();
        node.put("task_id", taskId);
        node.put("reward", result.total());
        var components = node.putObject("components");
        for (RewardResult.Component c : result.components()) {
            if (c.score() instanceof Score.Value v) components.put(c.name(), v.value());
            else components.putNull(c.name());
        }
        node.put("reason", result.reason());
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
