package jgym.agents.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code gym eval} measured, per level and over all tasks.
 *
 * @param samples samples per task (n)
 * @param ks      the k of each pass@k column, each in [1, n]
 * @param rows    one row per level in increasing order, then the row of all tasks (level 0)
 */
public record EvalReport(int samples, List<Integer> ks, List<Row> rows) {
    /**
     * The figures of one level (or of all, level 0).
     *
     * @param passAtK    mean over tasks of {@link PassAtK#estimate} for each k of {@link #ks}, in order
     * @param majority   maj@n: share of tasks whose most stated answer (ties: the first stated) is correct; tasks
     *                   where no sample states an answer count as wrong
     * @param meanReward mean rubric total over every sample
     * @param meanChars  mean completion length in characters
     * @param truncated  share of samples that ran out of tokens
     */
    public record Row(int level, int tasks, List<Double> passAtK, double majority, double meanReward, double meanChars, double truncated) {}

    public EvalReport {
        ks = List.copyOf(ks);
        rows = List.copyOf(rows);
    }

    /** The report of {@code samples}: exactly {@code n} per task. */
    public static EvalReport of(List<EvalSample> samples, int n, List<Integer> ks) {
        for (int k : ks) if (k < 1 || k > n) throw new IllegalArgumentException("k must be in [1, " + n + "], got " + k);
        Map<String, List<EvalSample>> byTask = new LinkedHashMap<>();
        for (EvalSample s : samples) byTask.computeIfAbsent(s.taskId(), t -> new ArrayList<>()).add(s);
        Map<Integer, List<List<EvalSample>>> byLevel = new TreeMap<>();
        for (List<EvalSample> task : byTask.values()) {
            if (task.size() != n) throw new IllegalArgumentException("task " + task.get(0).taskId() + " has " + task.size() + " samples, not " + n);
            byLevel.computeIfAbsent(task.get(0).level(), l -> new ArrayList<>()).add(task);
        }
        var rows = new ArrayList<Row>();
        byLevel.forEach((level, tasks) -> rows.add(row(level, tasks, n, ks)));
        rows.add(row(0, new ArrayList<>(byTask.values()), n, ks));
        return new EvalReport(n, ks, rows);
    }

    private static Row row(int level, List<List<EvalSample>> tasks, int n, List<Integer> ks) {
        double[] pass = new double[ks.size()];
        double majority = 0, reward = 0, chars = 0, truncated = 0;
        for (List<EvalSample> task : tasks) {
            int c = (int) task.stream().filter(EvalSample::correct).count();
            for (int i = 0; i < ks.size(); i++) pass[i] += PassAtK.estimate(n, c, ks.get(i));
            if (majorityCorrect(task)) majority++;
            for (EvalSample s : task) {
                reward += s.reward();
                chars += s.completion().length();
                if (s.truncated()) truncated++;
            }
        }
        int t = Math.max(1, tasks.size());
        double all = Math.max(1, (double) tasks.size() * n);
        var passAtK = new ArrayList<Double>();
        for (double p : pass) passAtK.add(p / t);
        return new Row(level, tasks.size(), passAtK, majority / t, reward / all, chars / all, truncated / all);
    }

    /** Whether the answer stated most often (the first stated among equals) is correct. */
    static boolean majorityCorrect(List<EvalSample> task) {
        Map<String, Integer> votes = new HashMap<>();
        Map<String, Boolean> correct = new HashMap<>();
        String best = null;
        for (EvalSample s : task) {
            if (s.answer() == null) continue;
            int v = votes.merge(s.answer(), 1, Integer::sum);
            correct.putIfAbsent(s.answer(), s.correct());
            if (best == null || v > votes.get(best)) best = s.answer();
        }
        return best != null && correct.get(best);
    }

    /** The row of all tasks. */
    public Row all() {
        return rows.get(rows.size() - 1);
    }

    /** The report as a table, one line per level and one for all tasks. */
    public String table() {
        var b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-6s %6s", "level", "tasks"));
        for (int k : ks) b.append(String.format(Locale.ROOT, " %8s", "pass@" + k));
        b.append(String.format(Locale.ROOT, " %8s %8s %8s %9s%n", "maj@" + samples, "reward", "chars", "truncated"));
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "%-6s %6d", r.level() == 0 ? "all" : String.valueOf(r.level()), r.tasks()));
            for (double p : r.passAtK()) b.append(String.format(Locale.ROOT, " %7.1f%%", 100 * p));
            b.append(String.format(Locale.ROOT, " %7.1f%% %8.3f %8.1f %8.1f%%%n", 100 * r.majority(), r.meanReward(), r.meanChars(),
                    100 * r.truncated()));
        }
        return b.toString();
    }
}
