package jgym.scenarios.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import jgym.env.Gold;
import jgym.env.Rubric;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import jgym.rewards.code.CodeRubrics;
import jgym.scenarios.code.CodeData;

/**
 * MBPP (Austin et al. 2021, CC BY 4.0): crowd-sourced Python problems as JSONL rows {@code {"task_id", "text",
 * "code", "test_list", "test_setup_code", "challenge_test_list"}}.
 *
 * <p>Row {@code {"task_id": 11, ...}} becomes task {@code "mbpp/11"}. The prompt is MBPP's own: the text, then
 * "Your code should pass these tests:" and the tests. The gold is {@link Gold.Tests} in Python with the row's setup
 * code, its tests (plus the challenge tests with option {@code challenge=true}), the function the first test calls, and
 * the reference solution exactly as given ({@code \r\n} line endings and tabs included). The 474 rows with task ids 1-10
 * and 511-974 (prompt, validation and train splits) are embedded; {@code --data FILE} reads another file in the same
 * format, gzipped or not. Scored by {@link CodeRubrics#tests()}.
 */
public final class MbppDataset {
    private MbppDataset() {}

    /** The registered name. */
    public static final String NAME = "mbpp";
    /** The classpath resource holding the embedded rows. */
    public static final String RESOURCE = "jgym/data/mbpp/mbpp-train-valid.jsonl";
    /** The option that adds each row's {@code challenge_test_list} to its tests: {@code true} or {@code false} (default). */
    public static final String CHALLENGE = "challenge";

    /**
     * Embedded tasks whose tests compare a tuple or list built from a {@code set} with a literal written in CPython's set
     * iteration order (an implementation detail): their references pass under CPython and fail under GraalPy, whose
     * sets iterate in another order. A solution that sorts passes under both. Found by running every reference through
     * {@code gym check mbpp} on both runtimes; kept in the data as they are.
     */
    public static final Set<String> SET_ORDER_DEPENDENT = Set.of("mbpp/2", "mbpp/579", "mbpp/769");

    /** Makes the scenario from {@code config}, scored on the process-wide sandbox. */
    public static DatasetScenario load(ScenarioConfig config) {
        return load(config, CodeRubrics.tests());
    }

    /** Makes the scenario from {@code config.data()} (the embedded rows when null), scored by {@code rubric}. */
    public static DatasetScenario load(ScenarioConfig config, Rubric rubric) {
        Objects.requireNonNull(rubric, "rubric");
        config.requireOnly(NAME, Set.of(CHALLENGE));
        boolean challenge = booleanOption(config, CHALLENGE);
        List<JsonlRow> rows = config.data() == null ? JsonlReader.readResource(RESOURCE) : CodeData.readAll(config.data());
        return new DatasetScenario(NAME, tasks(rows, challenge), rubric);
    }

    /** How the embedded rows are named in errors. */
    public static Path resourcePath() {
        return JsonlReader.resourcePath(RESOURCE);
    }

    static List<Task> tasks(List<JsonlRow> rows, boolean challenge) {
        var ids = new TaskIds(NAME, "task_id");
        var tasks = new ArrayList<Task>(rows.size());
        for (JsonlRow row : rows) tasks.add(task(row, NAME + "/" + ids.of(row), challenge));
        return tasks;
    }

    /** The task of one row, called {@code id}. */
    static Task task(JsonlRow row, String id, boolean challenge) {
        String text = row.nonBlankText("text").strip();
        String code = row.nonBlankText("code");
        List<String> tests = CodeData.stringList(row, "test_list", false);
        String setup = row.optionalText("test_setup_code").orElse("");
        List<String> all = tests;
        List<String> extra = CodeData.stringList(row, "challenge_test_list", true);
        if (challenge && !extra.isEmpty()) {
            all = new ArrayList<>(tests);
            all.addAll(extra);
        }
        String entry = CodeData.entryPoint(tests.get(0), code);
        if (entry.isEmpty()) throw row.error("test_list", "the first test calls no function: '" + tests.get(0) + "'");
        var gold = new Gold.Tests("python", setup, all, entry, code);
        return new Task(id, NAME, 1, prompt(text, tests), gold, trace(text, entry, tests.size()));
    }

    /** MBPP's prompt: the problem, then the tests the code must pass, one per line. */
    public static String prompt(String text, List<String> tests) {
        return text + " Your code should pass these tests:\n\n" + String.join("\n", tests) + "\n";
    }

    private static String trace(String text, String entry, int tests) {
        return "The task: " + text + "\nThe tests call " + entry + ", so I define " + entry
                + " so that all " + tests + " assertions hold.";
    }

    private static boolean booleanOption(ScenarioConfig config, String key) {
        String v = config.option(key, "false").trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("option '" + key + "' must be true or false, got '" + config.options().get(key) + "'");
        };
    }
}
