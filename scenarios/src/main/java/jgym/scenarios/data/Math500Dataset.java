package jgym.scenarios.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import jgym.env.Gold;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import jgym.rewards.Rubrics;

/**
 * MATH-500 (Lightman et al. 2023, "Let's Verify Step by Step": 500 problems of the MATH test set) and any file in its
 * layout: JSONL rows {@code {"problem", "solution", "answer", "subject", "level", "unique_id"}}.
 *
 * <p>The gold is the {@code answer} field (not re-extracted from the solution), the task's level is {@code level}
 * (an integer 1-5, or MATH's own {@code "Level 3"}), the id is {@code unique_id} (e.g.
 * {@code "test/precalculus/807.json"}; rows are numbered when the field is absent), the trace is the solution, and
 * answers are scored by mathematical equivalence ({@link Rubrics#symbolicMath()}). {@code solution} and
 * {@code subject} may be absent. Options {@code levels=1,2} and {@code subjects=Algebra,Geometry} keep only those rows.
 * The data is not embedded: {@code --data FILE} is needed.
 */
public final class Math500Dataset {
    private Math500Dataset() {}

    /** The registered name. */
    public static final String NAME = "math500";
    /** Option: comma-separated levels to keep (default all). */
    public static final String LEVELS = "levels";
    /** Option: comma-separated subjects to keep, as the {@code subject} field writes them, case-insensitive (default all). */
    public static final String SUBJECTS = "subjects";

    /** Makes the scenario from {@code config.data()}, which must be given. */
    public static DatasetScenario load(ScenarioConfig config) {
        config.requireOnly(NAME, Set.of(LEVELS, SUBJECTS));
        if (config.data() == null) {
            throw new IllegalArgumentException(NAME + ": data is required (--data FILE, JSONL rows {problem, solution, answer, subject, level, unique_id})");
        }
        Set<Integer> levels = levels(config.options().get(LEVELS));
        Set<String> subjects = subjects(config.options().get(SUBJECTS));
        var firstLine = new HashMap<String, Long>();
        var tasks = new ArrayList<Task>();
        JsonlReader.forEach(config.data(), row -> {
            String id = row.has("unique_id") ? row.id("unique_id") : NAME + "/" + row.index();
            Long first = firstLine.putIfAbsent(id, row.line());
            if (first != null) throw row.error("unique_id", "duplicate task id '" + id + "' (first on line " + first + ")");
            Task t = task(row, id);
            String subject = row.optionalText("subject").orElse("").strip().toLowerCase(Locale.ROOT);
            if ((levels == null || levels.contains(t.level())) && (subjects == null || subjects.contains(subject))) tasks.add(t);
        });
        return new DatasetScenario(NAME, tasks, Rubrics.symbolicMath());
    }

    /** The task of one row, called {@code id}. */
    static Task task(JsonlRow row, String id) {
        String problem = row.nonBlankText("problem").strip();
        String answer = row.scalarText("answer").strip();
        String solution = row.optionalText("solution").orElse("").strip();
        int level = row.has("level") ? level(row) : 1;
        return new Task(id, NAME, level, AnswerFormat.BOXED.prompt(problem), new Gold.Answer(answer), solution);
    }

    private static int level(JsonlRow row) {
        String raw = row.scalarText("level").strip();
        String digits = raw.regionMatches(true, 0, "Level", 0, 5) ? raw.substring(5).strip() : raw;
        try {
            int level = Integer.parseInt(digits);
            if (level >= 1 && level <= 5) return level;
        } catch (NumberFormatException e) {
            // fall through to the error
        }
        throw row.error("level", "must be 1-5 or 'Level 1'-'Level 5', got '" + raw + "'");
    }

    private static Set<Integer> levels(String option) {
        if (option == null) return null;
        var out = new TreeSet<Integer>();
        for (String p : option.split(",")) {
            try {
                int level = Integer.parseInt(p.strip());
                if (level < 1 || level > 5) throw new NumberFormatException();
                out.add(level);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(NAME + ": option " + LEVELS + " must list levels 1-5 separated by commas, got '" + option + "'");
            }
        }
        return out;
    }

    private static Set<String> subjects(String option) {
        if (option == null) return null;
        var out = new LinkedHashSet<String>();
        for (String p : option.split(",")) {
            if (p.isBlank()) throw new IllegalArgumentException(NAME + ": option " + SUBJECTS + " has an empty subject in '" + option + "'");
            out.add(p.strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
