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
 * Connectivity: how many connected components an undirected graph has, found by flooding from each unvisited node in
 * the trace (the nodes each flood reaches).
 */
public final class Components implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("nodes", "edges");

    /**
     * @param nodes nodes, in [2, 20]
     * @param edges edges, in [1, 60]
     */
    public record Config(int nodes, int edges) {
        public Config {
            Options.range("nodes", nodes, 2, 20);
            Options.range("edges", edges, 1, 60);
        }
    }

    /** Level 1: 5 nodes, 3 edges; 2: 8 nodes, 6 edges; 3: 12 nodes, 10 edges. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(5, 3);
            case 2 -> new Config(8, 6);
            default -> new Config(12, 10);
        };
    }

    /** The preset of {@code config.level()} with options {@code nodes}, {@code edges}. */
    public static Components configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Components(new Config(config.intOption("nodes", p.nodes(), 2, 20), config.intOption("edges", p.edges(), 1, 60)));
    }

    private final Config config;

    public Components(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int n = config.nodes();
        List<Graphs.Edge> edges = Graphs.randomEdges(rng, n, config.edges(), 1);
        int[] comp = new int[n];
        java.util.Arrays.fill(comp, -1);
        int count = 0;
        var trace = new StringBuilder();
        for (int s = 0; s < n; s++) {
            if (comp[s] >= 0) continue;
            var reached = new ArrayList<Integer>();
            var stack = new ArrayList<Integer>();
            stack.add(s);
            comp[s] = count;
            while (!stack.isEmpty()) {
                int u = stack.remove(stack.size() - 1);
                reached.add(u);
                for (Graphs.Edge e : edges) {
                    int v = e.a() == u ? e.b() : e.b() == u ? e.a() : -1;
                    if (v >= 0 && comp[v] < 0) {
                        comp[v] = count;
                        stack.add(v);
                    }
                }
            }
            reached.sort(null);
            count++;
            trace.append("component ").append(count).append(": ");
            for (int i = 0; i < reached.size(); i++) trace.append(i == 0 ? "" : " ").append(Graphs.name(reached.get(i)));
            trace.append('\n');
        }
        trace.append(count).append(" components");
        String prompt = "An undirected graph has nodes " + Graphs.name(0) + " to " + Graphs.name(n - 1) + " and edges "
                + Graphs.list(edges, false) + ". How many connected components does it have? Answer with a number.";
        return Problem.answer(prompt, Integer.toString(count), trace.toString());
    }
}
