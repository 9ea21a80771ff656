package jgym.scenarios.math;

import java.util.SplittableRandom;
import java.util.Set;
import jgym.env.ScenarioConfig;

/**
 * Multi-digit integer arithmetic with operator precedence and, from level 2, parentheses: "Calculate 12+3*(4-1)."
 * The trace rewrites the expression one operation at a time ({@code = 12+3*3}, {@code = 12+9}, {@code = 21}).
 */
public final class ArithmeticFamily implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 4;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("operands", "max_operand", "parentheses", "division");

    /** The largest divisor a division may have. */
    static final int MAX_DIVISOR = 99;

    /**
     * How expressions are drawn.
     *
     * @param operands    number of integer operands, in [2, 8]
     * @param maxOperand  operands are drawn from [1, maxOperand], in [2, 9999]
     * @param parentheses whether random tree shapes (needing brackets) are drawn, or only flat precedence chains
     * @param division    whether exact divisions may appear (by a literal divisor up to 99)
     * @param maxAbs      every intermediate and final value stays within [-maxAbs, maxAbs], in [100, 10^12]
     */
    public record Config(int operands, int maxOperand, boolean parentheses, boolean division, long maxAbs) {
        public Config {
            Options.range("operands", operands, 2, 8);
            Options.range("maxOperand", maxOperand, 2, 9999);
            Options.range("maxAbs", maxAbs, 100, 1_000_000_000_000L);
        }
    }

    /** The preset of {@code level}: 1 is three operands up to 99 without brackets, 4 is six operands up to 999 with brackets and division. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(3, 99, false, false, 100_000);
            case 2 -> new Config(4, 99, true, false, 1_000_000);
            case 3 -> new Config(5, 999, true, true, 10_000_000);
            default -> new Config(6, 999, true, true, 100_000_000);
        };
    }

    /** The preset of {@code config.level()} with options {@code operands}, {@code max_operand}, {@code parentheses}, {@code division}. */
    public static ArithmeticFamily configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new ArithmeticFamily(new Config(config.intOption("operands", p.operands(), 2, 8),
                config.intOption("max_operand", p.maxOperand(), 2, 9999),
                Options.bool(config, "parentheses", p.parentheses()),
                Options.bool(config, "division", p.division()), p.maxAbs()));
    }

    private final Config config;

    public ArithmeticFamily(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        Expr e;
        do {
            e = tryDraw(rng);
        } while (e == null);
        var trace = new StringBuilder(128).append(e.render());
        for (Expr step = e; step instanceof Expr.Bin; ) {
            step = step.reduceOnce();
            trace.append("\n= ").append(step.render());
        }
        return Problem.answer("Calculate " + e.render() + ". Answer with a single integer.", Long.toString(e.value()),
                trace.toString());
    }

    /** One expression, or null when it overflowed or left the allowed range (the caller draws again). */
    private Expr tryDraw(SplittableRandom rng) {
        try {
            Expr e = config.parentheses() ? tree(rng, config.operands()) : flat(rng);
            return withinRange(e) ? e : null;
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    private boolean withinRange(Expr e) {
        if (Math.abs(e.value()) > config.maxAbs()) return false;
        return !(e instanceof Expr.Bin b) || withinRange(b.left()) && withinRange(b.right());
    }

    /** A chain without brackets, e.g. 3+4*5-6/2: products are grouped by precedence, then sums left to right. */
    private Expr flat(SplittableRandom rng) {
        Expr sum = null;
        Op pending = null;
        Expr term = leaf(rng);
        for (int i = 1; i < config.operands(); i++) {
            Op op = randomOp(rng);
            if (op.precedence() == 2) {
                term = extend(rng, term, op);
            } else {
                sum = sum == null ? term : Expr.of(pending, sum, term);
                pending = op;
                term = leaf(rng);
            }
        }
        return sum == null ? term : Expr.of(pending, sum, term);
    }

    /** A random tree shape over {@code n} operands; brackets appear where the shape needs them. */
    private Expr tree(SplittableRandom rng, int n) {
        if (n == 1) return leaf(rng);
        int k = 1 + rng.nextInt(n - 1);
        Expr left = tree(rng, k);
        Op op = randomOp(rng);
        if (n - k == 1) return extend(rng, left, op);
        if (op == Op.DIV) op = Op.MUL; // a division by a compound expression is rarely exact: keep divisors literal
        return Expr.of(op, left, tree(rng, n - k));
    }

    /** {@code left op x} for a new literal x; a division picks x among the divisors of left, or multiplies if none. */
    private Expr extend(SplittableRandom rng, Expr left, Op op) {
        if (op == Op.DIV) {
            long d = divisor(rng, left.value());
            if (d > 0) return Expr.of(Op.DIV, left, Expr.num(d));
            op = Op.MUL;
        }
        return Expr.of(op, left, leaf(rng));
    }

    /**
     * A uniformly chosen divisor of v in [2, min(|v|, maxOperand, 99)], or 0 when there is none. One pass with reservoir
     * sampling; divisors stay below 100 so that the scan is short and the division is one a person does in the head.
     */
    private long divisor(SplittableRandom rng, long v) {
        long a = Math.abs(v);
        long top = Math.min(a, Math.min(config.maxOperand(), MAX_DIVISOR));
        long chosen = 0;
        int seen = 0;
        for (long d = 2; d <= top; d++) {
            if (a % d == 0 && rng.nextInt(++seen) == 0) chosen = d;
        }
        return chosen;
    }

    private Op randomOp(SplittableRandom rng) {
        int kinds = config.division() ? 4 : 3;
        return Op.values()[rng.nextInt(kinds)];
    }

    private Expr leaf(SplittableRandom rng) {
        return Expr.num(1 + rng.nextInt(config.maxOperand()));
    }
}
