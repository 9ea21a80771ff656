package jgym.scenarios.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Tasks with prerequisites ({@code A before B}) put in the one order that respects them all: the prerequisites always
 * chain every task to the next, so the order is unique. The trace runs Kahn's algorithm: at each step the one task
 * with no prerequisite left.
 */
public final class TopologicalOrder implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("tasks");

    /**
     * @param tasks  tasks to order, in [3, 12]
     * @param extras prerequisites beyond the chain, in [0, 30]
     */
    public record Config(int tasks, int extras) {
        public Config {
            Options.range("tasks", tasks, 3, 12);
            Options.range("extras", extras, 0, 30);
        }
    }

    /** Level 1: 4 tasks, 1 extra constraint; 2: 6 tasks, 4 extras; 3: 9 tasks, 8 extras. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(4, 1);
            case 2 -> new Config(6, 4);
            default -> new Config(9, 8);
        };
    }

    /** The preset of {@code config.level()} with option {@code tasks}. */
    public static TopologicalOrder configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new TopologicalOrder(new Config(config.intOption("tasks", p.tasks(), 3, 12), p.extras()));
    }

    private final Config config;

    public TopologicalOrder(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int n = config.tasks();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        var edges = new ArrayList<int[]>();
        boolean[][] used = new boolean[n][n];
        for (int i = 0; i + 1 < n; i++) {
            edges.add(new int[] {order[i], order[i + 1]});
            used[order[i]][order[i + 1]] = true;
        }
        for (int k = 0; k < config.extras() && n > 2; k++) {
            int i = rng.nextInt(n - 2);
            int j = i + 2 + rng.nextInt(n - i - 2);
            if (used[order[i]][order[j]]) continue;
            used[order[i]][order[j]] = true;
            edges.add(new int[] {order[i], order[j]});
        }
        for (int i = edges.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int[] t = edges.get(i);
            edges.set(i, edges.get(j));
            edges.set(j, t);
        }
        int[] indegree = new int[n];
        for (int[] e : edges) indegree[e[1]]++;
        boolean[] placed = new boolean[n];
        var trace = new StringBuilder();
        var answer = new ArrayList<String>();
        for (int step = 0; step < n; step++) {
            List<String> free = new ArrayList<>();
            int pick = -1;
            for (int v = 0; v < n; v++) {
                if (!placed[v] && indegree[v] == 0) {
                    free.add(Graphs.name(v));
                    pick = v;
                }
            }
            trace.append("no prerequisite left: ").append(String.join(" ", free)).append(" -> take ").append(Graphs.name(pick)).append('\n');
            placed[pick] = true;
            answer.add(Graphs.name(pick));
            for (int[] e : edges) if (e[0] == pick) indegree[e[1]]--;
        }
        String result = String.join(", ", answer);
        trace.append("order: ").append(result);
        var constraints = new StringBuilder();
        for (int[] e : edges) constraints.append(constraints.length() == 0 ? "" : ", ").append(Graphs.name(e[0])).append(" before ").append(Graphs.name(e[1]));
        String prompt = "Tasks " + Graphs.name(0) + " to " + Graphs.name(n - 1) + " must be done one at a time with these rules: "
                + constraints + ". Exactly one order follows every rule. Answer with it, the task letters separated by commas.";
        return Problem.answer(prompt, result, trace.toString());
    }
}
