package jgym.scenarios.logic;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Syllogisms: two premises about three categories ("All A are B", "Some C are not A", ...) and a conclusion; does the
 * conclusion follow? Decided by models: each of the 8 regions of the three categories' Venn diagram is empty or not,
 * and the conclusion follows exactly when it holds in every model of the premises (categories assumed non-empty, as
 * Aristotle did). The trace counts the models and names a counter-model when there is one.
 */
public final class Syllogism implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 2;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of();
    private static final String[][] TERMS = {{"poets", "dreamers", "painters"}, {"cats", "hunters", "pets"},
        {"doctors", "scientists", "runners"}, {"birds", "singers", "climbers"}, {"robots", "machines", "toys"},
        {"teachers", "readers", "gardeners"}, {"squares", "rectangles", "shapes"}, {"athletes", "swimmers", "students"}};

    /** @param abstractNames whether the categories are letters (A, B, C) instead of nouns */
    public record Config(boolean abstractNames) {}

    /** Level 1: everyday categories; 2: letters only (no help from world knowledge). */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return new Config(level == 2);
    }

    /** The preset of {@code config.level()}; no options. */
    public static Syllogism configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        return new Syllogism(preset(config.level()));
    }

    private final Config config;

    public Syllogism(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    /** A categorical statement: form 0 all X are Y, 1 no X are Y, 2 some X are Y, 3 some X are not Y. */
    private record Claim(int form, int x, int y) {
        /** Whether it holds in the model whose non-empty regions are the bits of {@code model} (region bit i: in category j iff bit j of i). */
        boolean holds(int model) {
            boolean someXY = false;
            boolean someXnotY = false;
            for (int region = 0; region < 8; region++) {
                if ((model >> region & 1) == 0 || (region >> x & 1) == 0) continue;
                if ((region >> y & 1) == 1) someXY = true;
                else someXnotY = true;
            }
            return switch (form) {
                case 0 -> !someXnotY;
                case 1 -> !someXY;
                case 2 -> someXY;
                default -> someXnotY;
            };
        }

        String text(String[] names) {
            return switch (form) {
                case 0 -> "All " + names[x] + " are " + names[y];
                case 1 -> "No " + names[x] + " are " + names[y];
                case 2 -> "Some " + names[x] + " are " + names[y];
                default -> "Some " + names[x] + " are not " + names[y];
            };
        }
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        String[] names = config.abstractNames() ? new String[] {"A things", "B things", "C things"} : TERMS[rng.nextInt(TERMS.length)];
        Claim p1 = new Claim(rng.nextInt(4), 0, 1);
        Claim p2 = rng.nextBoolean() ? new Claim(rng.nextInt(4), 2, 0) : new Claim(rng.nextInt(4), 1, 2);
        Claim conclusion = rng.nextBoolean() ? new Claim(rng.nextInt(4), 2, 1) : new Claim(rng.nextInt(4), 0, 2);
        int models = 0;
        int counter = -1;
        for (int model = 0; model < 256; model++) {
            if (!nonEmpty(model) || !p1.holds(model) || !p2.holds(model)) continue;
            models++;
            if (!conclusion.holds(model) && counter < 0) counter = model;
        }
        var trace = new StringBuilder();
        trace.append(models).append(" ways to fill the 8 regions agree with both premises (every category non-empty)\n");
        boolean follows = models > 0 && counter < 0;
        if (models == 0) {
            trace.append("the premises contradict each other, so nothing is claimed to follow: no");
        } else if (follows) {
            trace.append("the conclusion holds in all of them: yes");
        } else {
            trace.append("in one of them the regions ").append(regions(counter, names)).append(" are occupied and the conclusion fails: no");
        }
        String prompt = "Premises: " + p1.text(names) + ". " + p2.text(names) + ". Conclusion: " + conclusion.text(names)
                + ". Assuming every category has members, does the conclusion follow from the premises? Answer yes or no.";
        return Problem.answer(prompt, follows ? "yes" : "no", trace.toString());
    }

    private static boolean nonEmpty(int model) {
        for (int cat = 0; cat < 3; cat++) {
            boolean any = false;
            for (int region = 0; region < 8; region++) if ((model >> region & 1) == 1 && (region >> cat & 1) == 1) any = true;
            if (!any) return false;
        }
        return true;
    }

    private static String regions(int model, String[] names) {
        var b = new StringBuilder();
        for (int region = 0; region < 8; region++) {
            if ((model >> region & 1) == 0) continue;
            b.append(b.length() == 0 ? "" : "; ");
            var in = new StringBuilder();
            for (int cat = 0; cat < 3; cat++) in.append(in.length() == 0 ? "" : " ").append((region >> cat & 1) == 1 ? "" : "not-").append(names[cat]);
            b.append(in);
        }
        return b.toString();
    }
}
