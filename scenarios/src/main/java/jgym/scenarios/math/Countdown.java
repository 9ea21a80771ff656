package jgym.scenarios.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.Gold;
import jgym.env.ScenarioConfig;

/**
 * Countdown as in TinyZero: reach a target with the given numbers, each used at most once, with + - * /.
 *
 * <p>A puzzle is made by combining a random subset of the numbers two at a time (exact division and positive
 * differences only) until one value is left: that value is the target, so a solution always exists, and the
 * combination steps are the oracle trace. The other numbers are distractors.
 */
public final class Countdown implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 4;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("numbers", "used", "max_number", "max_target");

    /**
     * How puzzles are drawn.
     *
     * @param numbers   how many numbers the puzzle shows, in [2, 8]
     * @param used      how many of them the built solution uses, in [2, numbers]
     * @param maxNumber numbers are drawn from [1, maxNumber], in [2, 1000]
     * @param maxTarget the target and every intermediate value lie in [1, maxTarget], in [10, 1000000]
     */
    public record Config(int numbers, int used, int maxNumber, int maxTarget) {
        public Config {
            Options.range("numbers", numbers, 2, 8);
            Options.range("used", used, 2, numbers);
            Options.range("maxNumber", maxNumber, 2, 1000);
            Options.range("maxTarget", maxTarget, 10, 1_000_000);
        }
    }

    /** The preset of {@code level}: 1 uses all of 3 numbers, 4 uses 5 of 6 numbers. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(3, 3, 99, 999);
            case 2 -> new Config(4, 4, 99, 999);
            case 3 -> new Config(5, 4, 99, 999);
            default -> new Config(6, 5, 100, 9999);
        };
    }

    /** The preset of {@code config.level()} with options {@code numbers}, {@code used}, {@code max_number}, {@code max_target}. */
    public static Countdown configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        int numbers = config.intOption("numbers", p.numbers(), 2, 8);
        return new Countdown(new Config(numbers, config.intOption("used", Math.min(p.used(), numbers), 2, numbers),
                config.intOption("max_number", p.maxNumber(), 2, 1000),
                config.intOption("max_target", p.maxTarget(), 10, 1_000_000)));
    }

    private final Config config;

    public Countdown(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int[] shown = new int[config.numbers()];
        Expr[] pool = new Expr[config.used()];
        var trace = new StringBuilder(96);
        Expr solution;
        do {
            for (int i = 0; i < shown.length; i++) shown[i] = 1 + rng.nextInt(config.maxNumber());
            for (int i = 0; i < pool.length; i++) pool[i] = Expr.num(shown[i]);
            trace.setLength(0);
            solution = combine(rng, pool, trace);
        } while (solution == null || contains(shown, solution.value()));
        shuffle(rng, shown);
        long target = solution.value();
        String text = solution.render();
        trace.append(text).append(" = ").append(target);
        List<Integer> numbers = new ArrayList<>(shown.length);
        for (int n : shown) numbers.add(n);
        String prompt = "Using the numbers " + Arrays.toString(shown) + ", make an expression that equals " + target
                + ". Use + - * / and each number at most once. Answer with the expression only, e.g. (1+2)*3.";
        return new Problem(prompt, new Gold.Countdown(target, numbers, text), trace.toString());
    }

    /** Whether {@code target} is one of the shown numbers: such a puzzle is solved by writing that number alone. */
    private static boolean contains(int[] shown, long target) {
        for (int n : shown) if (n == target) return true;
        return false;
    }

    /** Combines the pool down to one expression, writing each step; null if no valid operation was found. */
    private Expr combine(SplittableRandom rng, Expr[] pool, StringBuilder trace) {
        int size = pool.length;
        while (size > 1) {
            int i = rng.nextInt(size);
            int j = rng.nextInt(size - 1);
            if (j >= i) j++;
            Expr a = pool[i];
            Expr b = pool[j];
            if (a.value() < b.value()) {
                Expr t = a;
                a = b;
                b = t;
            }
            Op op = pickOp(rng, a.value(), b.value());
            if (op == null) return null;
            Expr c = Expr.of(op, a, b);
            trace.append(a.value()).append(op.symbol()).append(b.value()).append(" = ").append(c.value()).append('\n');
            pool[Math.min(i, j)] = c;
            pool[Math.max(i, j)] = pool[size - 1];
            size--;
        }
        return pool[0];
    }

    /** A random operation with a >= b that keeps the result a positive integer within maxTarget; null if none does. */
    private Op pickOp(SplittableRandom rng, long a, long b) {
        Op[] valid = new Op[4];
        int n = 0;
        if (a + b <= config.maxTarget()) valid[n++] = Op.ADD;
        if (a > b) valid[n++] = Op.SUB;
        if (b > 1 && a * b <= config.maxTarget()) valid[n++] = Op.MUL;
        if (b > 1 && a % b == 0) valid[n++] = Op.DIV;
        return n == 0 ? null : valid[rng.nextInt(n)];
    }

    private static void shuffle(SplittableRandom rng, int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
