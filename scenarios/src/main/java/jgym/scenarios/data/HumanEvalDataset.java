package jgym.scenarios.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jgym.env.Gold;
import jgym.env.Rubric;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import jgym.rewards.code.CodeRubrics;
import jgym.scenarios.code.CodeData;

/**
 * HumanEval (Chen et al. 2021) and datasets in its shape: JSONL rows {@code {"task_id", "prompt",
 * "canonical_solution", "test", "entry_point"}}, gzipped ({@code HumanEval.jsonl.gz}) or not.
 *
 * <p>The prompt is a function signature with its docstring. The gold is {@link Gold.Tests} in Python whose setup is
 * the prompt itself (so its imports and helper functions exist, and a completion may be either a whole function or only
 * the body that continues the prompt), whose single test is the row's {@code test} followed by
 * {@code check(entry_point)}, and whose reference is prompt plus canonical solution. Task ids are the rows' own
 * ({@code "HumanEval/0"}). No data is embedded: {@code --data FILE} is required. Scored by {@link CodeRubrics#tests()}.
 */
public final class HumanEvalDataset {
    private HumanEvalDataset() {}

    /** The registered name. */
    public static final String NAME = "humaneval";

    /** Makes the scenario from {@code config.data()}, scored on the process-wide sandbox. */
    public static DatasetScenario load(ScenarioConfig config) {
        return load(config, CodeRubrics.tests());
    }

    /** Makes the scenario from {@code config.data()}, which must be given, scored by {@code rubric}. */
    public static DatasetScenario load(ScenarioConfig config, Rubric rubric) {
        Objects.requireNonNull(rubric, "rubric");
        config.requireOnly(NAME, Set.of());
        if (config.data() == null) {
            throw new IllegalArgumentException(NAME + ": data is required (--data FILE: HumanEval JSONL rows "
                    + "{task_id, prompt, canonical_solution, test, entry_point}, gzipped or not)");
        }
        var ids = new TaskIds(NAME, "task_id");
        var tasks = new ArrayList<Task>();
        CodeData.forEachRow(config.data(), row -> tasks.add(task(row, ids.of(row))));
        return new DatasetScenario(NAME, tasks, rubric);
    }

    /** The task of one row, called {@code id}. */
    static Task task(JsonlRow row, String id) {
        String prompt = row.nonBlankText("prompt");
        String solution = row.nonBlankText("canonical_solution");
        String test = row.nonBlankText("test");
        String entry = row.nonBlankText("entry_point").strip();
        if (!entry.matches("[A-Za-z_][A-Za-z0-9_]*")) throw row.error("entry_point", "is not a Python name: '" + entry + "'");
        if (!prompt.contains("def " + entry)) throw row.error("prompt", "does not define entry point '" + entry + "'");
        if (!test.contains("def check")) throw row.error("test", "defines no check(candidate) function");
        String check = (test.endsWith("\n") ? test : test + "\n") + "check(" + entry + ")\n";
        var gold = new Gold.Tests("python", prompt, List.of(check), entry, prompt + solution);
        String trace = "I complete " + entry + " so that it does what its docstring says.";
        return new Task(id, NAME, 1, prompt, gold, trace);
    }
}
