package jgym.scenarios.data;

import java.util.ArrayList;
import java.util.Set;
import jgym.env.Gold;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import jgym.rewards.Rubrics;

/**
 * Any JSONL file of problems with a final answer, read through a field mapping given as options.
 *
 * <p>Options: {@code prompt_field} (default {@code "prompt"}) and {@code answer_field} (default {@code "answer"}), both
 * required in every row (the answer may be a JSON string or number); {@code trace_field}, a worked solution (default:
 * none, so the trace is empty); {@code id_field}, each row's id (default: rows are numbered {@code "jsonl/0"},
 * {@code "jsonl/1"}, ...). There is no embedded default: {@code --data FILE} is needed. Every task has level 1 and is
 * scored by {@link Rubrics#math()}.
 */
public final class JsonlDataset {
    private JsonlDataset() {}

    /** The registered name. */
    public static final String NAME = "jsonl";
    /** The option naming the prompt's field (default {@code "prompt"}). */
    public static final String PROMPT_FIELD = "prompt_field";
    /** The option naming the gold answer's field (default {@code "answer"}). */
    public static final String ANSWER_FIELD = "answer_field";
    /** The option naming the worked solution's field (default: none, the trace is empty). */
    public static final String TRACE_FIELD = "trace_field";
    /** The option naming the id's field (default: rows are numbered). */
    public static final String ID_FIELD = "id_field";

    /**
     * Which field holds what.
     *
     * @param prompt the prompt's field, never blank
     * @param answer the gold answer's field, never blank
     * @param trace  the worked solution's field, or null for none
     * @param id     the id's field, or null to number the rows
     */
    public record Mapping(String prompt, String answer, String trace, String id) {
        public Mapping {
            if (prompt == null || prompt.isBlank()) throw new IllegalArgumentException(PROMPT_FIELD + " must not be blank, got '" + prompt + "'");
            if (answer == null || answer.isBlank()) throw new IllegalArgumentException(ANSWER_FIELD + " must not be blank, got '" + answer + "'");
            if (trace != null && trace.isBlank()) throw new IllegalArgumentException(TRACE_FIELD + " must not be blank");
            if (id != null && id.isBlank()) throw new IllegalArgumentException(ID_FIELD + " must not be blank");
        }

        /** The mapping the options of {@code config} describe. */
        static Mapping of(ScenarioConfig config) {
            return new Mapping(config.option(PROMPT_FIELD, "prompt"), config.option(ANSWER_FIELD, "answer"),
                    config.options().get(TRACE_FIELD), config.options().get(ID_FIELD));
        }
    }

    /** Makes the scenario from {@code config.data()}, which must be given, with the mapping in its options. */
    public static DatasetScenario load(ScenarioConfig config) {
        config.requireOnly(NAME, Set.of(PROMPT_FIELD, ANSWER_FIELD, TRACE_FIELD, ID_FIELD));
        Mapping mapping = Mapping.of(config);
        if (config.data() == null) {
            throw new IllegalArgumentException(NAME + ": data is required (--data FILE, JSONL rows with fields "
                    + mapping.prompt() + " and " + mapping.answer() + ")");
        }
        var ids = new TaskIds(NAME, mapping.id());
        var tasks = new ArrayList<Task>();
        JsonlReader.forEach(config.data(), row -> tasks.add(task(row, ids.of(row), mapping)));
        return new DatasetScenario(NAME, tasks, Rubrics.math());
    }

    /** The task of one row, called {@code id}. */
    static Task task(JsonlRow row, String id, Mapping mapping) {
        String prompt = row.nonBlankText(mapping.prompt()).strip();
        String answer = row.scalarText(mapping.answer()).strip();
        String trace = mapping.trace() == null ? "" : row.text(mapping.trace()).strip();
        return new Task(id, NAME, 1, prompt, new Gold.Answer(answer), trace);
    }
}
