package jgym.scenarios.geometry;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Coordinate geometry: the distance between two points with integer coordinates in the plane (levels 1-2) or in space
 * (level 3), in simplest radical form ({@code 2\sqrt{5}}); level 1 draws Pythagorean pairs so the distance is whole.
 * Scored by symbolic equivalence ({@code \sqrt{20}} is {@code 2\sqrt{5}}).
 */
public final class Distance implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("range");
    private static final int[][] TRIPLES = {{3, 4}, {6, 8}, {5, 12}, {8, 15}, {9, 12}, {7, 24}, {12, 16}, {20, 21}};

    /** @param dimensions 2 or 3; @param whole whether the distance is a whole number; @param range coordinates in [-range, range], in [2, 100] */
    public record Config(int dimensions, boolean whole, int range) {
        public Config {
            Options.range("dimensions", dimensions, 2, 3);
            Options.range("range", range, 2, 100);
        }
    }

    /** Level 1: whole distances in the plane; 2: any in the plane; 3: in space. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(2, true, 10);
            case 2 -> new Config(2, false, 10);
            default -> new Config(3, false, 10);
        };
    }

    /** The preset of {@code config.level()} with option {@code range}. */
    public static Distance configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Distance(new Config(p.dimensions(), p.whole(), config.intOption("range", p.range(), 2, 100)));
    }

    private final Config config;

    public Distance(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int r = config.range();
        int k = config.dimensions();
        long[] p = new long[k];
        long[] q = new long[k];
        for (int i = 0; i < k; i++) p[i] = rng.nextInt(2 * r + 1) - r;
        if (config.whole()) {
            int[] t = TRIPLES[rng.nextInt(TRIPLES.length)];
            q[0] = p[0] + (rng.nextBoolean() ? t[0] : -t[0]);
            q[1] = p[1] + (rng.nextBoolean() ? t[1] : -t[1]);
        } else {
            do {
                for (int i = 0; i < k; i++) q[i] = rng.nextInt(2 * r + 1) - r;
            } while (java.util.Arrays.equals(p, q));
        }
        var trace = new StringBuilder("d^2 = ");
        long sum = 0;
        for (int i = 0; i < k; i++) {
            long d = q[i] - p[i];
            sum += d * d;
            trace.append(i == 0 ? "" : " + ").append('(').append(d).append(")^2");
        }
        trace.append(" = ").append(sum).append('\n');
        long outside = 1;
        long inside = sum;
        for (long f = 2; f * f <= inside; f++) {
            while (inside % (f * f) == 0) {
                inside /= f * f;
                outside *= f;
            }
        }
        String answer = inside == 1 ? Long.toString(outside) : (outside == 1 ? "" : Long.toString(outside)) + "\\sqrt{" + inside + "}";
        trace.append("sqrt(").append(sum).append(") = ").append(answer);
        String prompt = "What is the distance between the points " + point(p) + " and " + point(q)
                + "? Answer in simplest radical form, e.g. 2\\sqrt{5}.";
        return Problem.answer(prompt, answer, trace.toString());
    }

    private static String point(long[] p) {
        var s = new StringBuilder("(");
        for (int i = 0; i < p.length; i++) s.append(i == 0 ? "" : ", ").append(p[i]);
        return s.append(')').toString();
    }
}
