package jgym.scenarios.math;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;

/**
 * Unit-conversion and rate word problems from templates, with numbers chosen so every answer is a whole number:
 * conversions (level 1), unit rates such as speed or price per item (level 2), and rates with a conversion (level 3).
 */
public final class Units implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("max_quantity");

    /** A template kind. */
    public enum Kind {
        /** "How many metres are in 7 km?" in either direction. */
        CONVERSION,
        /** "5 pens cost 35 dollars. How much do 8 pens cost?" or a speed. */
        RATE,
        /** A rate combined with a conversion: km per hour to metres in some minutes, dollars per kg to cents for grams. */
        COMPOUND
    }

    /**
     * How problems are drawn.
     *
     * @param kinds       the template kinds, drawn uniformly; not empty
     * @param maxQuantity counts and unit rates are drawn from [2, maxQuantity], in [5, 999]
     */
    public record Config(List<Kind> kinds, int maxQuantity) {
        public Config {
            kinds = List.copyOf(kinds);
            if (kinds.isEmpty()) throw new IllegalArgumentException("kinds must not be empty");
            Options.range("maxQuantity", maxQuantity, 5, 999);
        }
    }

    /** The preset of {@code level}. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(List.of(Kind.CONVERSION), 999);
            case 2 -> new Config(List.of(Kind.CONVERSION, Kind.RATE), 99);
            default -> new Config(List.of(Kind.RATE, Kind.COMPOUND), 60);
        };
    }

    /** The preset of {@code config.level()} with option {@code max_quantity}. */
    public static Units configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Units(new Config(p.kinds(), config.intOption("max_quantity", p.maxQuantity(), 5, 999)));
    }

    /** A pair of units and how many small ones make a big one. */
    private record Conversion(String big, String small, int factor) {}

    private static final Conversion[] CONVERSIONS = {
        new Conversion("kilometres", "metres", 1000), new Conversion("metres", "centimetres", 100),
        new Conversion("kilograms", "grams", 1000), new Conversion("litres", "millilitres", 1000),
        new Conversion("hours", "minutes", 60), new Conversion("minutes", "seconds", 60),
        new Conversion("days", "hours", 24), new Conversion("weeks", "days", 7),
        new Conversion("dollars", "cents", 100), new Conversion("dozens", "eggs", 12)};
    private static final String[] NAMES = {"Ana", "Ben", "Chen", "Dara", "Eli", "Fatima", "Goran", "Hana", "Ivan", "Jun"};
    private static final String[] ITEMS = {"pens", "books", "apples", "tickets", "cups", "lamps", "shirts", "plants"};
    private static final String[] VEHICLES = {"car", "bus", "train", "cyclist", "boat", "truck"};
    private static final String[] GOODS = {"rice", "cheese", "coffee", "flour", "tea"};

    private final Config config;

    public Units(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        return switch (config.kinds().get(rng.nextInt(config.kinds().size()))) {
            case CONVERSION -> conversion(rng);
            case RATE -> rng.nextBoolean() ? price(rng) : speed(rng);
            case COMPOUND -> rng.nextBoolean() ? metresInMinutes(rng) : centsForGrams(rng);
        };
    }

    private Problem conversion(SplittableRandom rng) {
        Conversion c = CONVERSIONS[rng.nextInt(CONVERSIONS.length)];
        long n = quantity(rng);
        long m = n * c.factor();
        String unit = "1 " + c.big().substring(0, c.big().length() - 1) + " = " + c.factor() + " " + c.small();
        if (rng.nextBoolean()) {
            return answer("How many " + c.small() + " are in " + n + " " + c.big() + "?", m,
                    unit + "\n" + n + "*" + c.factor() + " = " + m);
        }
        return answer("How many " + c.big() + " are in " + m + " " + c.small() + "?", n,
                unit + "\n" + m + "/" + c.factor() + " = " + n);
    }

    private Problem price(SplittableRandom rng) {
        String who = pick(rng, NAMES), item = pick(rng, ITEMS);
        long each = quantity(rng), count = quantity(rng), wanted = quantity(rng);
        long total = each * count;
        return answer(who + " pays " + total + " dollars for " + count + " " + item + ". At the same price, how many dollars do "
                        + wanted + " " + item + " cost?", each * wanted,
                "one costs " + total + "/" + count + " = " + each + " dollars\n" + wanted + "*" + each + " = " + each * wanted);
    }

    private Problem speed(SplittableRandom rng) {
        String v = pick(rng, VEHICLES);
        long s = quantity(rng), t = 2 + rng.nextInt(9), t2 = 2 + rng.nextInt(9);
        return answer("A " + v + " travels " + s * t + " km in " + t + " hours. At the same speed, how many km does it travel in "
                        + t2 + " hours?", s * t2,
                "speed = " + s * t + "/" + t + " = " + s + " km per hour\n" + s + "*" + t2 + " = " + s * t2);
    }

    private Problem metresInMinutes(SplittableRandom rng) {
        String v = pick(rng, VEHICLES);
        long k = 1 + rng.nextInt(Math.max(1, config.maxQuantity() / 3));
        long kmh = 3 * k, minutes = 2 + rng.nextInt(59);
        long perMinute = kmh * 1000 / 60;
        return answer("A " + v + " moves at " + kmh + " km per hour. How many metres does it move in " + minutes + " minutes?",
                perMinute * minutes, kmh + " km per hour = " + kmh + "*1000 = " + kmh * 1000 + " metres per hour\nper minute: "
                        + kmh * 1000 + "/60 = " + perMinute + " metres\n" + perMinute + "*" + minutes + " = " + perMinute * minutes);
    }

    private Problem centsForGrams(SplittableRandom rng) {
        String item = pick(rng, GOODS);
        long dollars = quantity(rng), grams = 10L * (1 + rng.nextInt(99));
        long centsPerKg = dollars * 100;
        long cents = centsPerKg * grams / 1000;
        return answer(capital(item) + " costs " + dollars + " dollars per kilogram. How many cents do " + grams + " grams cost?",
                cents, dollars + " dollars per kilogram = " + centsPerKg + " cents per 1000 grams\n" + centsPerKg + "*" + grams
                        + "/1000 = " + cents);
    }

    private static Problem answer(String question, long answer, String trace) {
        return Problem.answer(question + " Answer with a single integer.", Long.toString(answer), trace);
    }

    private long quantity(SplittableRandom rng) {
        return 2 + rng.nextInt(config.maxQuantity() - 1);
    }

    private static String pick(SplittableRandom rng, String[] options) {
        return options[rng.nextInt(options.length)];
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
