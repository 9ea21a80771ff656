package jgym.scenarios.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * The length of a shortest path between two nodes of a small weighted undirected graph (unreachable: -1), worked by
 * Dijkstra's algorithm in the trace: each settled node with its distance and the updates it makes.
 */
public final class ShortestPath implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("nodes", "edges");

    /**
     * @param nodes     nodes, in [3, 12]
     * @param edges     edges, in [2, 40]
     * @param maxWeight edge weights in [1, maxWeight], in [1, 20] (1: hop count)
     */
    public record Config(int nodes, int edges, int maxWeight) {
        public Config {
            Options.range("nodes", nodes, 3, 12);
            Options.range("edges", edges, 2, 40);
            Options.range("maxWeight", maxWeight, 1, 20);
        }
    }

    /** Level 1: 5 nodes, 6 unit edges; 2: 6 nodes, 9 edges weighted 1-9; 3: 8 nodes, 14 edges weighted 1-20. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(5, 6, 1);
            case 2 -> new Config(6, 9, 9);
            default -> new Config(8, 14, 20);
        };
    }

    /** The preset of {@code config.level()} with options {@code nodes}, {@code edges}. */
    public static ShortestPath configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new ShortestPath(new Config(config.intOption("nodes", p.nodes(), 3, 12), config.intOption("edges", p.edges(), 2, 40), p.maxWeight()));
    }

    private final Config config;

    public ShortestPath(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int n = config.nodes();
        List<Graphs.Edge> edges = Graphs.randomEdges(rng, n, config.edges(), config.maxWeight());
        int from = rng.nextInt(n);
        int to = (from + 1 + rng.nextInt(n - 1)) % n;
        long[] dist = new long[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        boolean[] done = new boolean[n];
        dist[from] = 0;
        var trace = new StringBuilder();
        while (true) {
            int u = -1;
            for (int v = 0; v < n; v++) if (!done[v] && dist[v] != Long.MAX_VALUE && (u < 0 || dist[v] < dist[u])) u = v;
            if (u < 0) break;
            done[u] = true;
            trace.append("settle ").append(Graphs.name(u)).append(" at ").append(dist[u]);
            if (u == to) {
                trace.append('\n');
                break;
            }
            for (Graphs.Edge e : edges) {
                int v = e.a() == u ? e.b() : e.b() == u ? e.a() : -1;
                if (v < 0 || done[v]) continue;
                if (dist[u] + e.w() < dist[v]) {
                    dist[v] = dist[u] + e.w();
                    trace.append("; ").append(Graphs.name(v)).append(" = ").append(dist[v]);
                }
            }
            trace.append('\n');
        }
        long answer = dist[to] == Long.MAX_VALUE ? -1 : dist[to];
        trace.append(answer < 0 ? Graphs.name(to) + " is never reached: -1" : "shortest distance " + answer);
        boolean weighted = config.maxWeight() > 1;
        String prompt = "An undirected graph has nodes " + Graphs.name(0) + " to " + Graphs.name(n - 1) + " and edges "
                + Graphs.list(edges, weighted) + (weighted ? " (edge lengths in brackets)" : " (each of length 1)")
                + ". What is the length of a shortest path from " + Graphs.name(from) + " to " + Graphs.name(to)
                + "? Answer with a number, or -1 if there is no path.";
        return Problem.answer(prompt, Long.toString(answer), trace.toString());
    }
}
