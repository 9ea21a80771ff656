package jgym.scenarios.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Days between two dates (the later minus the earlier): within one month (level 1), one year (level 2), several
 * years with leap days (level 3). The trace counts month by month.
 */
public final class Duration implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("max_days");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** @param maxDays the largest gap in days, in [1, 5000] */
    public record Config(int maxDays) {
        public Config {
            Options.range("maxDays", maxDays, 1, 5000);
        }
    }

    /** Level 1: up to 27 days; 2: up to 365; 3: up to 2,000. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return new Config(switch (level) {
            case 1 -> 27;
            case 2 -> 365;
            default -> 2000;
        });
    }

    /** The preset of {@code config.level()} with option {@code max_days}. */
    public static Duration configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        return new Duration(new Config(config.intOption("max_days", preset(config.level()).maxDays(), 1, 5000)));
    }

    private final Config config;

    public Duration(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        LocalDate from = LocalDate.of(1970 + rng.nextInt(80), 1 + rng.nextInt(12), 1);
        from = from.plusDays(rng.nextInt(from.lengthOfMonth()));
        LocalDate to = from.plusDays(1 + rng.nextInt(config.maxDays()));
        var trace = new StringBuilder();
        LocalDate cursor = from;
        long total = 0;
        while (cursor.getYear() != to.getYear() || cursor.getMonthValue() != to.getMonthValue()) {
            LocalDate next = cursor.withDayOfMonth(1).plusMonths(1);
            long step = ChronoUnit.DAYS.between(cursor, next);
            total += step;
            trace.append("to ").append(show(next)).append(": ").append(step).append(" days, total ").append(total).append('\n');
            cursor = next;
        }
        long rest = ChronoUnit.DAYS.between(cursor, to);
        total += rest;
        trace.append("to ").append(show(to)).append(": ").append(rest).append(" days, total ").append(total);
        String prompt = "How many days are there from " + show(from) + " to " + show(to) + "? (Count the days between them: from the 1st to the"
                + " 3rd of a month is 2 days.) Answer with a number.";
        return Problem.answer(prompt, Long.toString(total), trace.toString());
    }

    private static String show(LocalDate d) {
        return MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear();
    }
}
