package jgym.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import jgym.env.Scenario;
import jgym.env.ScenarioRegistry;
import jgym.env.Task;
import jgym.scenarios.Scenarios;

/**
 * {@code gym sample SCENARIO -n N --seed S}: tasks as JSONL, one object a line with {@code task_id}, {@code prompt},
 * {@code answer} and {@code trace}.
 *
 * <p>Line {@code i} of the output is {@code scenario.task(start + i)} of the scenario made with the given seed, level,
 * data and options: for a procedural scenario that task is derived from {@code Seeds.mix(seed, start + i)}, for a
 * dataset it is row {@code start + i}. So the same arguments always print the same tasks, and {@code score} finds
 * them again by {@code task_id}. A dataset with fewer rows than asked for prints every row it has from {@code start}.
 */
final class SampleCommand implements Command {
    private static final Options OPTIONS = new Options(ScenarioArgs.with(ScenarioArgs.VALUED, "-n", "--start", "--out"),
            Set.of(), 1);

    @Override
    public Options options() {
        return OPTIONS;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ScenarioRegistry registry;

    SampleCommand() {
        this(Scenarios.registry());
    }

    /** @param registry where scenario names are looked up, never null */
    SampleCommand(ScenarioRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public String name() {
        return "sample";
    }

    @Override
    public String summary() {
        return "print tasks of a scenario as JSONL (task_id, prompt, answer, trace)";
    }

    @Override
    public String usage() {
        return "SCENARIO [-n N] [--start K] " + ScenarioArgs.USAGE + " [--out FILE]\n"
                + "  prints tasks K..K+N-1 (default 0..9) of the scenario made with seed S (default 42);\n"
                + "  for a dataset these are rows K..K+N-1 of the file, whatever the seed";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args a = OPTIONS.parse(args);
        String name = a.positional(0, "SCENARIO (see gym list)");
        long n = a.longValue("-n", 10, 0, Integer.MAX_VALUE);
        long start = a.longValue("--start", 0, 0, Long.MAX_VALUE);
        Scenario scenario = registry.make(name, ScenarioArgs.config(a));
        long size = scenario.size();
        long end = start + Math.min(n, Math.max(0, size - start));
        if (end - start < n) {
            err.println("gym sample: " + name + " has " + size + " tasks; printing " + (end - start) + " from index " + start);
        }
        try (Sink sink = Sink.open(a.value("--out"), out)) {
            for (long i = start; i < end; i++) {
                sink.println(line(scenario.task(i)));
                if ((i - start) % 1024 == 1023 && sink.failed()) break; // nobody reads the rest (e.g. piped into head)
            }
        }
        return OK;
    }

    /** The JSONL line of {@code task}. */
    static String line(Task task) throws JsonProcessingException {
        var node = JSON.createObjectNode();
        node.put("task_id", task.id());
        node.put("prompt", task.prompt());
        node.put("answer", task.answer());
        node.put("trace", task.trace());
        return JSON.writeValueAsString(node);
    }
}
