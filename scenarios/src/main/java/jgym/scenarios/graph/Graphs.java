package jgym.scenarios.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small random graphs for the graph families: nodes are capital letters, edges listed as {@code A-B} or {@code A-B (w)}. */
final class Graphs {
    private Graphs() {}

    /** An undirected edge with a weight (1 when unweighted). */
    record Edge(int a, int b, int w) {}

    static String name(int node) {
        return String.valueOf((char) ('A' + node));
    }

    /** {@code m} distinct undirected edges over {@code n} nodes, weights in [1, maxWeight]. */
    static List<Edge> randomEdges(SplittableRandom rng, int n, int m, int maxWeight) {
        boolean[][] used = new boolean[n][n];
        var edges = new ArrayList<Edge>();
        int max = n * (n - 1) / 2;
        while (edges.size() < Math.min(m, max)) {
            int a = rng.nextInt(n);
            int b = rng.nextInt(n);
            if (a == b || used[a][b]) continue;
            used[a][b] = used[b][a] = true;
            edges.add(new Edge(Math.min(a, b), Math.max(a, b), 1 + rng.nextInt(maxWeight)));
        }
        return edges;
    }

    static String list(List<Edge> edges, boolean weighted) {
        var b = new StringBuilder();
        for (Edge e : edges) {
            b.append(b.length() == 0 ? "" : ", ").append(name(e.a())).append('-').append(name(e.b()));
            if (weighted) b.append(" (").append(e.w()).append(')');
        }
        return b.toString();
    }
}
