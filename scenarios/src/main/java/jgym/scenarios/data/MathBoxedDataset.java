package jgym.scenarios.data;

import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import jgym.env.Gold;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import jgym.rewards.Boxed;
import jgym.rewards.Rubrics;

/**
 * MATH-style problems (Hendrycks et al. 2021) as JSONL rows {@code {"problem": ..., "solution": ...}} where the
 * solution is a worked LaTeX solution that puts its final answer in {@code \boxed{...}}.
 *
 * <p>Row {@code i} becomes task {@code "math-boxed/i"} (or the value of the {@code id_field} option's field): the prompt
 * is the problem and "Put the final answer in \boxed{}." ({@link AnswerFormat#BOXED}), the gold is the content of the solution's last {@code \boxed{...}} or {@code \fbox{...}} as
 * {@link Boxed#last} reads it, the reader the rewards use too (nested braces kept, e.g. {@code \frac{1}{2}}; escaped
 * braces are text, e.g. {@code \{1, 2\}}), and the trace is the whole solution. There is no embedded default: {@code --data FILE} is needed.
 * Answers are scored by mathematical equivalence ({@link Rubrics#symbolicMath()}). Other fields, such as MATH's own
 * {@code level} and {@code type}, are ignored; every task has level 1 ({@code math500} reads them).
 */
public final class MathBoxedDataset {
    private MathBoxedDataset() {}

    /** The registered name. */
    public static final String NAME = "math-boxed";
    /** The option naming the field that holds each row's id (default: rows are numbered). */
    public static final String ID_FIELD = "id_field";

    /** Makes the scenario from {@code config.data()}, which must be given. */
    public static DatasetScenario load(ScenarioConfig config) {
        config.requireOnly(NAME, Set.of(ID_FIELD));
        if (config.data() == null) {
            throw new IllegalArgumentException(NAME + ": data is required (--data FILE, JSONL rows {problem, solution with \\boxed{...}})");
        }
        var ids = new TaskIds(NAME, config.options().get(ID_FIELD));
        var tasks = new ArrayList<Task>();
        JsonlReader.forEach(config.data(), row -> tasks.add(task(row, ids.of(row))));
        return new DatasetScenario(NAME, tasks, Rubrics.symbolicMath());
    }

    /** The task of one row, called {@code id}. */
    static Task task(JsonlRow row, String id) {
        String problem = row.nonBlankText("problem").strip();
        String solution = row.nonBlankText("solution");
        Optional<String> boxed;
        try {
            boxed = Boxed.last(solution);
        } catch (IllegalArgumentException e) {
            throw row.error("solution", e.getMessage());
        }
        String gold = boxed.orElseThrow(() -> row.error("solution", "has no \\boxed{...} answer"));
        if (gold.isEmpty()) throw row.error("solution", "its last \\boxed{} is empty");
        return new Task(id, NAME, 1, AnswerFormat.BOXED.prompt(problem), new Gold.Answer(gold), solution.strip());
    }
}
