package jgym.scenarios.puzzle;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Tower of Hanoi: in the shortest solution moving n disks from peg A to peg C, which move is number k? The answer is
 * {@code D:X->Y} (disk D from peg X to peg Y); the trace lists the solution's moves up to k.
 */
public final class Hanoi implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("disks");

    /** @param disks disks from 2 up to this, in [2, 10] */
    public record Config(int disks) {
        public Config {
            Options.range("disks", disks, 2, 10);
        }
    }

    /** Level 1: up to 3 disks; 2: up to 4; 3: up to 6. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return new Config(switch (level) {
            case 1 -> 3;
            case 2 -> 4;
            default -> 6;
        });
    }

    /** The preset of {@code config.level()} with option {@code disks}. */
    public static Hanoi configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        return new Hanoi(new Config(config.intOption("disks", preset(config.level()).disks(), 2, 10)));
    }

    private final Config config;

    public Hanoi(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int n = 2 + rng.nextInt(config.disks() - 1);
        int total = (1 << n) - 1;
        int k = 1 + rng.nextInt(total);
        var trace = new StringBuilder(n + " disks take 2^" + n + " - 1 = " + total + " moves\n");
        String[] out = new String[1];
        int[] count = {0};
        solve(n, 'A', 'C', 'B', k, count, out, trace);
        trace.append("move ").append(k).append(": ").append(out[0]);
        String prompt = "Tower of Hanoi: " + n + " disks (1 is the smallest) start on peg A and must move to peg C, one at a time, never a larger disk on"
                + " a smaller one, using peg B. In the shortest solution, what is move number " + k
                + "? Answer as disk:from->to, e.g. 1:A->C for disk 1 from peg A to peg C.";
        return Problem.answer(prompt, out[0], trace.toString());
    }

    /** Moves disks 1..n from {@code from} to {@code to}, recording moves until the {@code k}-th. */
    private static void solve(int n, char from, char to, char via, int k, int[] count, String[] out, StringBuilder trace) {
        if (n == 0 || out[0] != null) return;
        solve(n - 1, from, via, to, k, count, out, trace);
        if (out[0] != null) return;
        count[0]++;
        String move = n + ":" + from + "->" + to;
        if (count[0] == k) {
            out[0] = move;
            return;
        }
        trace.append(count[0]).append(": ").append(move).append('\n');
        solve(n - 1, via, to, from, k, count, out, trace);
    }
}
