package jgym.scenarios.time;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Options;
import jgym.scenarios.math.Problem;

/**
 * Calendar arithmetic: the day of the week some days after a given weekday (levels 1-2), or of a date given a
 * reference date in the same or an earlier year (level 3, counting month by month in the trace, leap years included).
 */
public final class Weekday implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("max_days");
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    /** @param maxDays the largest offset in days, in [1, 3000]; level 3 counts between dates at most this far apart */
    public record Config(int maxDays, boolean dates) {
        public Config {
            Options.range("maxDays", maxDays, 1, 3000);
        }
    }

    /** Level 1: up to 30 days after a weekday; 2: up to 1,000 days; 3: between two dates up to 800 days apart. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(30, false);
            case 2 -> new Config(1000, false);
            default -> new Config(800, true);
        };
    }

    /** The preset of {@code config.level()} with option {@code max_days}. */
    public static Weekday configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Weekday(new Config(config.intOption("max_days", p.maxDays(), 1, 3000), p.dates()));
    }

    private final Config config;

    public Weekday(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int days = 1 + rng.nextInt(config.maxDays());
        if (!config.dates()) {
            int start = rng.nextInt(7);
            int end = (start + days) % 7;
            String trace = days + " days = " + days / 7 + " weeks and " + days % 7 + " days\n" + DAYS[start] + " + " + days % 7
                    + " days = " + DAYS[end];
            String prompt = "Today is " + DAYS[start] + ". What day of the week will it be in " + days + " days? Answer with the day's name.";
            return Problem.answer(prompt, DAYS[end], trace);
        }
        LocalDate reference = LocalDate.of(1990 + rng.nextInt(50), 1, 1).plusDays(rng.nextInt(365));
        LocalDate target = reference.plusDays(days);
        var trace = new StringBuilder();
        LocalDate cursor = reference;
        long total = 0;
        while (cursor.getYear() != target.getYear() || cursor.getMonthValue() != target.getMonthValue()) {
            LocalDate next = cursor.withDayOfMonth(1).plusMonths(1);
            long step = ChronoUnit.DAYS.between(cursor, next);
            total += step;
            trace.append(cursor).append(" -> ").append(next).append(": ").append(step).append(" days, total ").append(total).append('\n');
            cursor = next;
        }
        long rest = ChronoUnit.DAYS.between(cursor, target);
        total += rest;
        String refDay = name(reference);
        trace.append(cursor).append(" -> ").append(target).append(": ").append(rest).append(" days, total ").append(total).append('\n');
        trace.append(total).append(" mod 7 = ").append(total % 7).append(": ").append(refDay).append(" + ").append(total % 7).append(" = ").append(name(target));
        String prompt = reference + " (year-month-day) was a " + refDay + ". What day of the week is " + target + "? Answer with the day's name.";
        return Problem.answer(prompt, name(target), trace.toString());
    }

    private static String name(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
