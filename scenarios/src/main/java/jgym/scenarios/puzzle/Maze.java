package jgym.scenarios.puzzle;

import java.util.ArrayDeque;
import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * A grid maze ({@code #} walls, {@code .} open, {@code S} start, {@code E} exit): the fewest steps (up, down, left,
 * right) from S to E, or -1 when E cannot be reached. The trace is a breadth-first search, one distance ring per line.
 */
public final class Maze implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("size");

    /** @param size the grid is size x size, in [3, 15]; @param wallPercent chance of a wall per cell, in [0, 60] */
    public record Config(int size, int wallPercent) {
        public Config {
            Options.range("size", size, 3, 15);
            Options.range("wallPercent", wallPercent, 0, 60);
        }
    }

    /** Level 1: 4x4, 20% walls; 2: 6x6, 25%; 3: 9x9, 30%. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(4, 20);
            case 2 -> new Config(6, 25);
            default -> new Config(9, 30);
        };
    }

    /** The preset of {@code config.level()} with option {@code size}. */
    public static Maze configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Maze(new Config(config.intOption("size", p.size(), 3, 15), p.wallPercent()));
    }

    private final Config config;

    public Maze(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int n = config.size();
        char[][] g = new char[n][n];
        for (char[] row : g) for (int j = 0; j < n; j++) row[j] = rng.nextInt(100) < config.wallPercent() ? '#' : '.';
        int s = rng.nextInt(n * n);
        int e;
        do e = rng.nextInt(n * n); while (e == s);
        g[s / n][s % n] = 'S';
        g[e / n][e % n] = 'E';
        int[] dist = new int[n * n];
        java.util.Arrays.fill(dist, -1);
        dist[s] = 0;
        var queue = new ArrayDeque<Integer>();
        queue.add(s);
        var trace = new StringBuilder();
        int ring = -1;
        var line = new StringBuilder();
        while (!queue.isEmpty()) {
            int u = queue.poll();
            if (dist[u] != ring) {
                if (line.length() > 0) trace.append(line).append('\n');
                ring = dist[u];
                line = new StringBuilder("distance " + ring + ":");
            }
            line.append(" (").append(u / n + 1).append(',').append(u % n + 1).append(')');
            if (u == e) break;
            int[][] moves = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
            for (int[] m : moves) {
                int r = u / n + m[0];
                int c = u % n + m[1];
                if (r < 0 || c < 0 || r >= n || c >= n || g[r][c] == '#' || dist[r * n + c] >= 0) continue;
                dist[r * n + c] = dist[u] + 1;
                queue.add(r * n + c);
            }
        }
        if (line.length() > 0) trace.append(line).append('\n');
        int answer = dist[e];
        trace.append(answer < 0 ? "E is never reached: -1" : "E reached in " + answer + " steps");
        var grid = new StringBuilder();
        for (char[] row : g) grid.append(new String(row)).append('\n');
        String prompt = "In this maze (# is a wall, . is open; rows and columns are numbered from 1 at the top left):\n" + grid
                + "What is the fewest number of steps (up, down, left or right) from S to E? Answer with a number, or -1 if E cannot be reached.";
        return Problem.answer(prompt, Integer.toString(answer), trace.toString());
    }
}
