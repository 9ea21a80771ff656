package jgym.scenarios.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jgym.env.DatasetException;
import jgym.env.Gold;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import jgym.rewards.Rubrics;

/**
 * GSM8K (Cobbe et al. 2021, MIT licence): grade-school math word problems as JSONL rows {@code {"question": ...,
 * "answer": ...}} where the answer is a worked solution whose last line is {@code #### N}.
 *
 * <p>Row {@code i} becomes task {@code "gsm8k/i"}: the prompt is the question and "Answer with the final number."
 * ({@link AnswerFormat#NUMBER}), the gold is {@code N} with its thousands
 * commas removed, and the trace is the worked solution without the {@code #### N} line and without the
 * {@code <<48/2=24>>} calculator annotations. The 7,473-row train split is embedded; {@code --data FILE} reads another
 * file in the same format.
 */
public final class Gsm8kDataset {
    private Gsm8kDataset() {}

    /** The registered name. */
    public static final String NAME = "gsm8k";
    /** The classpath resource holding the embedded train split. */
    public static final String RESOURCE = "jgym/data/gsm8k/train.jsonl";

    private static final Pattern FINAL = Pattern.compile("(?m)^####\\s*(.*?)\\s*\\z");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");
    private static final Pattern ANNOTATION = Pattern.compile("<<[^<>]*>>");

    /** Makes the scenario from {@code config.data()}, or the embedded train split when that is null; no options. */
    public static DatasetScenario load(ScenarioConfig config) {
        config.requireOnly(NAME, Set.of());
        if (config.data() == null) return Embedded.SCENARIO;
        return new DatasetScenario(NAME, tasks(JsonlReader.readAll(config.data())), Rubrics.math());
    }

    /** The tasks of {@code rows}, in order. */
    static List<Task> tasks(List<JsonlRow> rows) {
        var ids = new TaskIds(NAME, null);
        var tasks = new ArrayList<Task>(rows.size());
        for (JsonlRow row : rows) tasks.add(task(row, ids.of(row)));
        return tasks;
    }

    /** The task of one row, called {@code id}. */
    static Task task(JsonlRow row, String id) {
        String question = row.nonBlankText("question").strip();
        String answer = row.nonBlankText("answer");
        return new Task(id, NAME, 1, AnswerFormat.NUMBER.prompt(question), new Gold.Answer(finalAnswer(row, answer)), trace(answer));
    }

    /** The number after the final {@code ####}, commas removed; a {@link DatasetException} when there is none. */
    static String finalAnswer(JsonlRow row, String answer) {
        Matcher m = FINAL.matcher(answer);
        if (!m.find()) throw row.error("answer", "does not end with a line '#### N'");
        String n = m.group(1);
        if (!NUMBER.matcher(n).matches()) throw row.error("answer", "the final '#### N' is not a number: '" + n + "'");
        return n.replace(",", "");
    }

    /** The worked solution without its {@code #### N} line and without {@code <<a=b>>} calculator annotations. */
    static String trace(String answer) {
        int cut = answer.lastIndexOf("####");
        String body = cut < 0 ? answer : answer.substring(0, cut);
        return ANNOTATION.matcher(body).replaceAll("").strip();
    }

    /** The embedded train split, read once on first use. */
    private static final class Embedded {
        static final DatasetScenario SCENARIO =
                new DatasetScenario(NAME, tasks(JsonlReader.readResource(RESOURCE)), Rubrics.math());
    }
}
