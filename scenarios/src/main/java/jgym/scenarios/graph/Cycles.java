package jgym.scenarios.graph;

import java.util.ArrayList;
import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Whether a directed graph has a cycle, decided in the trace by removing, again and again, the nodes that no remaining
 * edge points to: a cycle exists exactly when some nodes can never be removed. Half the graphs are built acyclic.
 */
public final class Cycles implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("nodes", "edges");

    /**
     * @param nodes nodes, in [3, 12]
     * @param edges edges, in [2, 40]
     */
    public record Config(int nodes, int edges) {
        public Config {
            Options.range("nodes", nodes, 3, 12);
            Options.range("edges", edges, 2, 40);
        }
    }

    /** Level 1: 4 nodes, 4 edges; 2: 6 nodes, 7 edges; 3: 9 nodes, 12 edges. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(4, 4);
            case 2 -> new Config(6, 7);
            default -> new Config(9, 12);
        };
    }

    /** The preset of {@code config.level()} with options {@code nodes}, {@code edges}. */
    public static Cycles configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Cycles(new Config(config.intOption("nodes", p.nodes(), 3, 12), config.intOption("edges", p.edges(), 2, 40)));
    }

    private final Config config;

    public Cycles(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int n = config.nodes();
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) rank[i] = rng.nextInt(1000);
        boolean acyclic = rng.nextBoolean();
        boolean[][] used = new boolean[n][n];
        var edges = new ArrayList<int[]>();
        int max = acyclic ? n * (n - 1) / 2 : n * (n - 1);
        while (edges.size() < Math.min(config.edges(), max)) {
            int a = rng.nextInt(n);
            int b = rng.nextInt(n);
            if (a == b || used[a][b] || acyclic && (rank[a] > rank[b] || rank[a] == rank[b] && a > b)) continue;
            used[a][b] = true;
            edges.add(new int[] {a, b});
        }
        boolean[] removed = new boolean[n];
        var trace = new StringBuilder();
        int left = n;
        while (true) {
            var free = new ArrayList<Integer>();
            for (int v = 0; v < n; v++) {
                if (removed[v]) continue;
                boolean pointed = false;
                for (int[] e : edges) if (!removed[e[0]] && e[1] == v) pointed = true;
                if (!pointed) free.add(v);
            }
            if (free.isEmpty()) break;
            trace.append("remove");
            for (int v : free) {
                removed[v] = true;
                left--;
                trace.append(' ').append(Graphs.name(v));
            }
            trace.append('\n');
            if (left == 0) break;
        }
        boolean cycle = left > 0;
        if (cycle) {
            trace.append("stuck: every remaining node");
            for (int v = 0; v < n; v++) if (!removed[v]) trace.append(' ').append(Graphs.name(v));
            trace.append(" has an edge into it, so there is a cycle: yes");
        } else {
            trace.append("every node removed, no cycle: no");
        }
        var list = new StringBuilder();
        for (int[] e : edges) list.append(list.length() == 0 ? "" : ", ").append(Graphs.name(e[0])).append("->").append(Graphs.name(e[1]));
        String prompt = "A directed graph has nodes " + Graphs.name(0) + " to " + Graphs.name(n - 1) + " and edges " + list
                + ". Does it contain a directed cycle? Answer yes or no.";
        return Problem.answer(prompt, cycle ? "yes" : "no", trace.toString());
    }
}
