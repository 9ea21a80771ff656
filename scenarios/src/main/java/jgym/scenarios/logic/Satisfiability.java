package jgym.scenarios.logic;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Propositional satisfiability: how many assignments of true/false to the variables make every clause of a formula
 * in conjunctive normal form true (0: unsatisfiable)? The trace goes through the truth table, one row per line.
 */
public final class Satisfiability implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("clauses");
    private static final String VARS = "pqrst";

    /** @param variables in [2, 5]; @param clauses in [1, 12]; @param width literals per clause, in [1, 3] */
    public record Config(int variables, int clauses, int width) {
        public Config {
            Options.range("variables", variables, 2, 5);
            Options.range("clauses", clauses, 1, 12);
            Options.range("width", width, 1, 3);
        }
    }

    /** Level 1: 2 variables, 2 clauses of 2; 2: 3 variables, 3 clauses of 2; 3: 4 variables, 5 clauses of 3. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(2, 2, 2);
            case 2 -> new Config(3, 3, 2);
            default -> new Config(4, 5, 3);
        };
    }

    /** The preset of {@code config.level()} with option {@code clauses}. */
    public static Satisfiability configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Satisfiability(new Config(p.variables(), config.intOption("clauses", p.clauses(), 1, 12), p.width()));
    }

    private final Config config;

    public Satisfiability(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int n = config.variables();
        int m = config.clauses();
        int w = Math.min(config.width(), n);
        int[][] vars = new int[m][w];
        boolean[][] neg = new boolean[m][w];
        for (int c = 0; c < m; c++) {
            int used = 0;
            for (int k = 0; k < w; k++) {
                int v;
                do v = rng.nextInt(n); while ((used >> v & 1) == 1);
                used |= 1 << v;
                vars[c][k] = v;
                neg[c][k] = rng.nextBoolean();
            }
        }
        var formula = new StringBuilder();
        for (int c = 0; c < m; c++) {
            formula.append(c == 0 ? "" : " AND ").append('(');
            for (int k = 0; k < w; k++) formula.append(k == 0 ? "" : " OR ").append(neg[c][k] ? "NOT " : "").append(VARS.charAt(vars[c][k]));
            formula.append(')');
        }
        var trace = new StringBuilder();
        int count = 0;
        for (int a = 0; a < 1 << n; a++) {
            int failed = -1;
            for (int c = 0; c < m && failed < 0; c++) {
                boolean any = false;
                for (int k = 0; k < w; k++) any |= ((a >> (n - 1 - vars[c][k]) & 1) == 1) != neg[c][k];
                if (!any) failed = c;
            }
            for (int v = 0; v < n; v++) trace.append(VARS.charAt(v)).append('=').append((a >> (n - 1 - v) & 1) == 1 ? 'T' : 'F').append(' ');
            if (failed < 0) {
                count++;
                trace.append("all clauses true (").append(count).append(")\n");
            } else {
                trace.append("clause ").append(failed + 1).append(" false\n");
            }
        }
        trace.append(count).append(" satisfying assignments");
        String prompt = "How many assignments of true/false to " + VARS.substring(0, n).replace("", " ").strip().replace(" ", ", ")
                + " make this formula true: " + formula + "? Answer with a number (0 if none).";
        return Problem.answer(prompt, Integer.toString(count), trace.toString());
    }
}
