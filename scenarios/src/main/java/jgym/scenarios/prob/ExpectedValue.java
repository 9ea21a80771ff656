package jgym.scenarios.prob;

import java.math.BigInteger;
import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Expected values: of one die roll with faces m to m+s-1 (level 1), of a game paying a prize on some faces and a loss
 * on the rest (level 2), of the larger or smaller of two dice of any sizes (level 3). The answer is an exact fraction in lowest terms; the trace sums value times count.
 */
public final class ExpectedValue implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of();
    private static final int[] SIDES = {4, 6, 8, 10, 12, 20};

    /** @param kind 1 one die, 2 a game, 3 the larger of two dice */
    public record Config(int kind) {
        public Config {
            Options.range("kind", kind, 1, 3);
        }
    }

    /** Level {@code l} is kind {@code l}. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return new Config(level);
    }

    /** The preset of {@code config.level()}; no options. */
    public static ExpectedValue configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        return new ExpectedValue(preset(config.level()));
    }

    private final Config config;

    public ExpectedValue(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int s = SIDES[rng.nextInt(SIDES.length)];
        long sum = 0;
        long total;
        String prompt;
        var trace = new StringBuilder();
        switch (config.kind()) {
            case 1 -> {
                int m = rng.nextInt(21);
                for (int f = 0; f < s; f++) sum += m + f;
                total = s;
                trace.append(m).append(" + ").append(m + 1).append(" + ... + ").append(m + s - 1).append(" = ").append(sum).append(" over ").append(s).append(" faces\n");
                prompt = "A fair die has " + s + " faces showing the numbers " + m + " to " + (m + s - 1) + ", one each. What is the expected value of a roll?";
            }
            case 2 -> {
                int k = 1 + rng.nextInt(s - 1);
                int prize = 1 + rng.nextInt(20);
                int loss = 1 + rng.nextInt(10);
                sum = (long) (s - k + 1) * prize - (long) (k - 1) * loss;
                total = s;
                trace.append(s - k + 1).append(" faces win ").append(prize).append(", ").append(k - 1).append(" faces lose ").append(loss)
                        .append(": ").append(s - k + 1).append("*").append(prize).append(" - ").append(k - 1).append("*").append(loss)
                        .append(" = ").append(sum).append(" over ").append(s).append('\n');
                prompt = "A game: roll a fair " + s + "-sided die (faces 1 to " + s + "). On " + k + " or more you win " + prize
                        + " points; otherwise you lose " + loss + " points. What is the expected number of points per game?";
            }
            default -> {
                int t = SIDES[rng.nextInt(SIDES.length)];
                boolean larger = rng.nextBoolean();
                total = (long) s * t;
                for (int v = 1; v <= Math.max(s, t); v++) {
                    long ways = 0;
                    for (int a = 1; a <= s; a++) for (int b = 1; b <= t; b++) if ((larger ? Math.max(a, b) : Math.min(a, b)) == v) ways++;
                    if (ways == 0) continue;
                    sum += ways * v;
                    trace.append(larger ? "larger " : "smaller ").append(v).append(": ").append(ways).append(" pairs\n");
                }
                trace.append("sum over all ").append(total).append(" pairs = ").append(sum).append('\n');
                prompt = "A fair " + s + "-sided die and a fair " + t + "-sided die (faces from 1) are rolled. What is the expected value of the "
                        + (larger ? "larger" : "smaller") + " of the two numbers?";
            }
        }
        long g = BigInteger.valueOf(Math.abs(sum)).gcd(BigInteger.valueOf(total)).longValueExact();
        if (g == 0) g = total;
        String answer = sum == 0 ? "0" : total / g == 1 ? Long.toString(sum / g) : sum / g + "/" + total / g;
        trace.append("expected value ").append(sum).append("/").append(total).append(" = ").append(answer);
        return Problem.answer(prompt + " Answer with an exact number (a fraction in lowest terms if needed).", answer, trace.toString());
    }
}
