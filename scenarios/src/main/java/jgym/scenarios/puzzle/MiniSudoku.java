package jgym.scenarios.puzzle;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Mini sudoku on a 4x4 grid (each row, column and 2x2 box holds 1-4 once): fill the blanks. Blanks are removed only
 * while every one can still be filled by elimination (the one digit its row, column and box leave), so the solution
 * is unique and the trace fills one cell per line with the reason.
 */
public final class MiniSudoku implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("blanks");

    /** @param blanks cells to blank, in [1, 12] (fewer when elimination alone would not solve it) */
    public record Config(int blanks) {
        public Config {
            Options.range("blanks", blanks, 1, 12);
        }
    }

    /** Level 1: 4 blanks; 2: 7; 3: 10. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return new Config(switch (level) {
            case 1 -> 4;
            case 2 -> 7;
            default -> 10;
        });
    }

    /** The preset of {@code config.level()} with option {@code blanks}. */
    public static MiniSudoku configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        return new MiniSudoku(new Config(config.intOption("blanks", preset(config.level()).blanks(), 1, 12)));
    }

    private final Config config;

    public MiniSudoku(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int[] solution = solved(rng);
        int[] puzzle = solution.clone();
        int[] order = new int[16];
        for (int i = 0; i < 16; i++) order[i] = i;
        for (int i = 15; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int blanked = 0;
        for (int i = 0; i < 16 && blanked < config.blanks(); i++) {
            int cell = order[i];
            puzzle[cell] = 0;
            if (fill(puzzle.clone(), null)) blanked++;
            else puzzle[cell] = solution[cell];
        }
        var trace = new StringBuilder();
        int[] work = puzzle.clone();
        fill(work, trace);
        String answer = rows(solution);
        trace.append("grid: ").append(answer);
        String prompt = "Fill in this 4x4 sudoku (each row, column and 2x2 box holds the digits 1-4 once; 0 is a blank), rows from top to bottom:\n"
                + rows(puzzle).replace(",", "\n") + "\nAnswer with the four completed rows, separated by commas, e.g. 1234,3412,2143,4321.";
        return Problem.answer(prompt, answer, trace.toString());
    }

    /** A solved grid: a fixed valid grid with its digits relabelled and rows and columns shuffled within their bands. */
    private static int[] solved(SplittableRandom rng) {
        int[] base = {1, 2, 3, 4, 3, 4, 1, 2, 2, 1, 4, 3, 4, 3, 2, 1};
        int[] relabel = {1, 2, 3, 4};
        for (int i = 3; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = relabel[i];
            relabel[i] = relabel[j];
            relabel[j] = t;
        }
        int[] rowOrder = band(rng);
        int[] colOrder = band(rng);
        int[] g = new int[16];
        for (int r = 0; r < 4; r++) for (int c = 0; c < 4; c++) g[r * 4 + c] = relabel[base[rowOrder[r] * 4 + colOrder[c]] - 1];
        return g;
    }

    /** A permutation of 0-3 that keeps {0,1} and {2,3} as bands (in either order, each band shuffled). */
    private static int[] band(SplittableRandom rng) {
        int[] a = rng.nextBoolean() ? new int[] {0, 1} : new int[] {1, 0};
        int[] b = rng.nextBoolean() ? new int[] {2, 3} : new int[] {3, 2};
        return rng.nextBoolean() ? new int[] {a[0], a[1], b[0], b[1]} : new int[] {b[0], b[1], a[0], a[1]};
    }

    /** Fills {@code g} by elimination (a blank with one candidate), noting each step in {@code trace} if given; true when solved. */
    private static boolean fill(int[] g, StringBuilder trace) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int cell = 0; cell < 16; cell++) {
                if (g[cell] != 0) continue;
                int r = cell / 4;
                int c = cell % 4;
                boolean[] used = new boolean[5];
                for (int k = 0; k < 4; k++) {
                    used[g[r * 4 + k]] = true;
                    used[g[k * 4 + c]] = true;
                }
                int br = r / 2 * 2;
                int bc = c / 2 * 2;
                for (int dr = 0; dr < 2; dr++) for (int dc = 0; dc < 2; dc++) used[g[(br + dr) * 4 + bc + dc]] = true;
                int only = 0;
                int candidates = 0;
                for (int d = 1; d <= 4; d++) {
                    if (!used[d]) {
                        candidates++;
                        only = d;
                    }
                }
                if (candidates == 1) {
                    g[cell] = only;
                    progress = true;
                    if (trace != null) trace.append("row ").append(r + 1).append(" column ").append(c + 1).append(": only ").append(only).append(" is left\n");
                }
            }
        }
        for (int v : g) if (v == 0) return false;
        return true;
    }

    private static String rows(int[] g) {
        var b = new StringBuilder();
        for (int r = 0; r < 4; r++) {
            if (r > 0) b.append(',');
            for (int c = 0; c < 4; c++) b.append(g[r * 4 + c]);
        }
        return b.toString();
    }
}
