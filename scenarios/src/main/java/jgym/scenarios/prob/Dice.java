package jgym.scenarios.prob;

import java.math.BigInteger;
import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Probability by counting equally likely outcomes: one die at least k (level 1), the sum of two dice equal to k
 * (level 2), exactly k heads in n fair coin flips (level 3). The answer is a fraction in lowest terms; the trace counts
 * the favourable outcomes.
 */
public final class Dice implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("sides");
    /** The dice of level 1 (the option {@code sides} sets the two-dice level's). */
    private static final int[] SIDES = {4, 6, 8, 10, 12, 20};

    /** @param kind 1 one die, 2 two dice, 3 coins; @param sides faces per die, in [4, 20] */
    public record Config(int kind, int sides) {
        public Config {
            Options.range("kind", kind, 1, 3);
            Options.range("sides", sides, 4, 20);
        }
    }

    /** Level {@code l} is kind {@code l} with six-sided dice. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return new Config(level, 6);
    }

    /** The preset of {@code config.level()} with option {@code sides}. */
    public static Dice configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Dice(new Config(p.kind(), config.intOption("sides", p.sides(), 4, 20)));
    }

    private final Config config;

    public Dice(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int s = config.sides();
        long favourable;
        long total;
        String prompt;
        var trace = new StringBuilder();
        switch (config.kind()) {
            case 1 -> {
                s = SIDES[rng.nextInt(SIDES.length)];
                int k = 1 + rng.nextInt(s);
                int how = rng.nextInt(3);
                favourable = how == 0 ? s - k + 1 : how == 1 ? k : 1;
                total = s;
                String what = how == 0 ? "at least " + k : how == 1 ? "at most " + k : "exactly " + k;
                trace.append(how == 0 ? "faces " + k + " to " + s : how == 1 ? "faces 1 to " + k : "face " + k)
                        .append(": ").append(favourable).append(" of ").append(s).append('\n');
                prompt = "A fair " + s + "-sided die (faces 1 to " + s + ") is rolled once. What is the probability of rolling " + what + "?";
            }
            case 2 -> {
                int k = 2 + rng.nextInt(2 * s - 1);
                favourable = 0;
                for (int a = 1; a <= s; a++) {
                    int b = k - a;
                    if (b >= 1 && b <= s) {
                        favourable++;
                        trace.append(a).append("+").append(b).append(' ');
                    }
                }
                total = (long) s * s;
                trace.append("\n").append(favourable).append(" ordered pairs of ").append(total).append('\n');
                prompt = "Two fair " + s + "-sided dice (faces 1 to " + s + ") are rolled. What is the probability that their sum is " + k + "?";
            }
            default -> {
                int n = 2 + rng.nextInt(7);
                int k = rng.nextInt(n + 1);
                BigInteger c = BigInteger.ONE;
                for (int i = 0; i < k; i++) c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
                favourable = c.longValueExact();
                total = 1L << n;
                trace.append("C(").append(n).append(",").append(k).append(") = ").append(favourable).append(" sequences with ").append(k)
                        .append(" heads, of 2^").append(n).append(" = ").append(total).append('\n');
                prompt = "A fair coin is flipped " + n + " times. What is the probability of exactly " + k + " heads?";
            }
        }
        long g = BigInteger.valueOf(favourable).gcd(BigInteger.valueOf(total)).longValueExact();
        String answer = favourable == 0 ? "0" : total / g == 1 ? Long.toString(favourable / g) : favourable / g + "/" + total / g;
        trace.append(favourable).append("/").append(total).append(" = ").append(answer);
        return Problem.answer(prompt + " Answer with a fraction in lowest terms.", answer, trace.toString());
    }
}
