package jgym.scenarios.geometry;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * The area of a triangle with integer vertices, by the shoelace formula (half the absolute cross product): a right
 * triangle on the axes (level 1), any triangle (levels 2 and 3, coordinates up to 10 and 30). The answer is exact,
 * a whole number or a half ({@code 7/2} and {@code 3.5} are both right).
 */
public final class TriangleArea implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("range");

    /** @param range coordinates in [-range, range], in [2, 100]; @param axisAligned whether two sides lie along the axes */
    public record Config(int range, boolean axisAligned) {
        public Config {
            Options.range("range", range, 2, 100);
        }
    }

    /** Level 1: right triangles on the axes, coordinates up to 10; 2: any, up to 10; 3: any, up to 30. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(10, true);
            case 2 -> new Config(10, false);
            default -> new Config(30, false);
        };
    }

    /** The preset of {@code config.level()} with option {@code range}. */
    public static TriangleArea configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new TriangleArea(new Config(config.intOption("range", p.range(), 2, 100), p.axisAligned()));
    }

    private final Config config;

    public TriangleArea(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int r = config.range();
        long[] x = new long[3];
        long[] y = new long[3];
        long cross;
        do {
            if (config.axisAligned()) {
                x[0] = 0;
                y[0] = 0;
                x[1] = rng.nextInt(2 * r + 1) - r;
                y[1] = 0;
                x[2] = 0;
                y[2] = rng.nextInt(2 * r + 1) - r;
            } else {
                for (int i = 0; i < 3; i++) {
                    x[i] = rng.nextInt(2 * r + 1) - r;
                    y[i] = rng.nextInt(2 * r + 1) - r;
                }
            }
            cross = (x[1] - x[0]) * (y[2] - y[0]) - (x[2] - x[0]) * (y[1] - y[0]);
        } while (cross == 0);
        long twice = Math.abs(cross);
        String answer = twice % 2 == 0 ? Long.toString(twice / 2) : twice + "/2";
        String trace = "(x2 - x1)(y3 - y1) - (x3 - x1)(y2 - y1) = (" + (x[1] - x[0]) + ")(" + (y[2] - y[0]) + ") - (" + (x[2] - x[0]) + ")("
                + (y[1] - y[0]) + ") = " + cross + "\narea = |" + cross + "| / 2 = " + answer;
        String prompt = "What is the area of the triangle with vertices (" + x[0] + ", " + y[0] + "), (" + x[1] + ", " + y[1] + ") and (" + x[2]
                + ", " + y[2] + ")? Answer with an exact number (a fraction if needed).";
        return Problem.answer(prompt, answer, trace);
    }
}
