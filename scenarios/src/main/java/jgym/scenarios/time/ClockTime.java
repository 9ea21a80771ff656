package jgym.scenarios.time;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Clock arithmetic on a 24-hour clock: the time some minutes (level 1), hours and minutes (level 2) after a given
 * time, or before it (level 3), wrapping past midnight. The answer is {@code HH:MM}.
 */
public final class ClockTime implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("max_minutes");

    /**
     * @param maxMinutes the largest shift in minutes, in [1, 10,000]
     * @param backwards  whether half of the problems go back in time
     */
    public record Config(int maxMinutes, boolean backwards) {
        public Config {
            Options.range("maxMinutes", maxMinutes, 1, 10_000);
        }
    }

    /** Level 1: up to 90 minutes later; 2: up to 50 hours later; 3: up to 100 hours later or earlier. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(90, false);
            case 2 -> new Config(3000, false);
            default -> new Config(6000, true);
        };
    }

    /** The preset of {@code config.level()} with option {@code max_minutes}. */
    public static ClockTime configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new ClockTime(new Config(config.intOption("max_minutes", p.maxMinutes(), 1, 10_000), p.backwards()));
    }

    private final Config config;

    public ClockTime(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        boolean inMinutes = rng.nextInt(4) == 0;
        boolean back = config.backwards() && rng.nextBoolean();
        int start = rng.nextInt(24 * 60);
        int shift = 1 + rng.nextInt(config.maxMinutes());
        int end = Math.floorMod(start + (back ? -shift : shift), 24 * 60);
        String span = shift >= 60 && !inMinutes ? shift / 60 + " hours and " + shift % 60 + " minutes" : shift + " minutes";
        String trace = clock(start) + " is minute " + start + " of the day\n" + start + (back ? " - " : " + ") + shift + " = "
                + (start + (back ? -shift : shift)) + ", mod 1440 = " + end + "\nminute " + end + " = " + end / 60 + " h " + end % 60
                + " min = " + clock(end);
        String prompt = "It is " + clock(start) + " on a 24-hour clock. What time will the clock show " + span + (back ? " earlier" : " later")
                + "? Answer as HH:MM.";
        return Problem.answer(prompt, clock(end), trace);
    }

    static String clock(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
