package jgym.scenarios.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Knights and knaves (Smullyan): knights always tell the truth, knaves always lie; each islander says one thing about
 * the others (or about themself), and exactly one assignment of kinds is consistent with all the statements. The trace
 * tries every assignment in turn and names the first statement that rules it out.
 */
public final class KnightsKnaves implements Family {
    /** Number of difficulty levels: 2, 3 and 4 islanders. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("people");
    private static final String[] NAMES = {"Ada", "Ben", "Cleo", "Dev", "Eli", "Fay"};

    /** @param people how many islanders, in [2, 6] */
    public record Config(int people) {
        public Config {
            Options.range("people", people, 2, 6);
        }
    }

    /** Level {@code l} has {@code l + 1} islanders. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return new Config(level + 1);
    }

    /** The preset of {@code config.level()} with option {@code people}. */
    public static KnightsKnaves configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        return new KnightsKnaves(new Config(config.intOption("people", preset(config.level()).people(), 2, 6)));
    }

    private final Config config;

    public KnightsKnaves(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    /** What one islander says: a claim about the kinds of the islanders, true or false under an assignment. */
    private record Statement(int kind, int a, int b) {
        boolean holds(boolean[] knight, int speaker) {
            return switch (kind) {
                case 0 -> knight[a];
                case 1 -> !knight[a];
                case 2 -> knight[a] && knight[b];
                case 3 -> !knight[a] || !knight[b];
                case 4 -> knight[a] == knight[speaker];
                case 5 -> knight[a] != knight[b];
                default -> knight[a] || knight[b];
            };
        }

        String text(int speaker) {
            String x = name(a, speaker);
            String y = name(b, speaker);
            return switch (kind) {
                case 0 -> x + " " + (a == speaker ? "am" : "is") + " a knight";
                case 1 -> x + " " + (a == speaker ? "am" : "is") + " a knave";
                case 2 -> x + " and " + y + " are both knights";
                case 3 -> "at least one of " + x + " and " + y + " is a knave";
                case 4 -> NAMES[a] + " and I are the same kind";
                case 5 -> "exactly one of " + x + " and " + y + " is a knight";
                default -> "at least one of " + x + " and " + y + " is a knight";
            };
        }

        private static String name(int who, int speaker) {
            return who == speaker ? "I" : NAMES[who];
        }
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int n = config.people();
        for (int attempt = 0; attempt < 10_000; attempt++) {
            var says = new ArrayList<Statement>(n);
            for (int s = 0; s < n; s++) says.add(statement(rng, n, s));
            List<boolean[]> consistent = new ArrayList<>();
            for (int mask = 0; mask < 1 << n && consistent.size() < 2; mask++) {
                boolean[] knight = kinds(mask, n);
                if (consistent(knight, says) < 0) consistent.add(knight);
            }
            if (consistent.size() == 1) return problem(says, consistent.get(0));
        }
        throw new IllegalStateException("no puzzle with a unique solution in 10000 attempts");
    }

    private static Statement statement(SplittableRandom rng, int n, int speaker) {
        int kind = rng.nextInt(7);
        int a = rng.nextInt(n);
        int b = rng.nextInt(n - 1);
        if (b >= a) b++;
        if (kind == 4 && a == speaker) a = (a + 1 + rng.nextInt(n - 1)) % n;
        if ((kind == 0 || kind == 1) && rng.nextInt(3) > 0 && a == speaker) a = (a + 1) % n;
        return new Statement(kind, a, b);
    }

    private static boolean[] kinds(int mask, int n) {
        boolean[] knight = new boolean[n];
        for (int i = 0; i < n; i++) knight[i] = (mask >> (n - 1 - i) & 1) == 1;
        return knight;
    }

    /** The first islander whose statement contradicts their kind under {@code knight}, or -1 when none does. */
    private static int consistent(boolean[] knight, List<Statement> says) {
        for (int s = 0; s < says.size(); s++) if (says.get(s).holds(knight, s) != knight[s]) return s;
        return -1;
    }

    private Problem problem(List<Statement> says, boolean[] solution) {
        int n = says.size();
        var prompt = new StringBuilder("On an island, knights always tell the truth and knaves always lie. You meet ");
        for (int i = 0; i < n; i++) prompt.append(i == 0 ? "" : i == n - 1 ? " and " : ", ").append(NAMES[i]);
        prompt.append(".");
        for (int s = 0; s < n; s++) prompt.append(' ').append(NAMES[s]).append(" says: \"").append(cap(says.get(s).text(s))).append(".\"");
        prompt.append(" Who is a knight and who is a knave? Answer with knight or knave for ");
        for (int i = 0; i < n; i++) prompt.append(i == 0 ? "" : ", ").append(NAMES[i]);
        prompt.append(", in that order, separated by commas.");
        var trace = new StringBuilder();
        for (int mask = (1 << n) - 1; mask >= 0; mask--) {
            boolean[] knight = kinds(mask, n);
            trace.append("try ").append(assignment(knight)).append(": ");
            int bad = consistent(knight, says);
            if (bad < 0) {
                trace.append("every statement fits\n");
            } else {
                boolean truth = says.get(bad).holds(knight, bad);
                trace.append(NAMES[bad]).append("'s statement is ").append(truth ? "true" : "false").append(" but ")
                        .append(NAMES[bad]).append(" would be a ").append(knight[bad] ? "knight" : "knave").append(", no\n");
            }
        }
        var answer = new StringBuilder();
        for (int i = 0; i < n; i++) answer.append(i == 0 ? "" : ", ").append(solution[i] ? "knight" : "knave");
        trace.append("so: ").append(answer);
        return Problem.answer(prompt.toString(), answer.toString(), trace.toString());
    }

    private static String assignment(boolean[] knight) {
        var b = new StringBuilder();
        for (int i = 0; i < knight.length; i++) b.append(i == 0 ? "" : " ").append(NAMES[i]).append('=').append(knight[i] ? "knight" : "knave");
        return b.toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
