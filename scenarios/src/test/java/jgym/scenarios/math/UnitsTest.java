package jgym.scenarios.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Unit problems re-solved from their text with a conversion table written here, independently of the generator. */
class UnitsTest {
    private static final Map<String, Long> SMALL_PER_BIG = Map.of(
            "metres/kilometres", 1000L, "centimetres/metres", 100L, "grams/kilograms", 1000L, "millilitres/litres", 1000L,
            "minutes/hours", 60L, "seconds/minutes", 60L, "hours/days", 24L, "days/weeks", 7L, "cents/dollars", 100L,
            "eggs/dozens", 12L);

    @Test
    void everyAnswerFollowsFromTheQuestion() {
        for (Problem p : Samples.everyLevel(Units.LEVELS, l -> new Units(Units.preset(l)), 400)) {
            assertEquals(Long.toString(solve(p.prompt())), p.gold().text(), p.prompt());
            Samples.assertTraceEndsAtAnswer(p);
        }
    }

    private static long solve(String q) {
        Matcher m;
        if ((m = find("How many (\\w+) are in (\\d+) (\\w+)\\?", q)) != null) {
            Long down = SMALL_PER_BIG.get(m.group(1) + "/" + m.group(3));
            if (down != null) return n(m, 2) * down;
            Long up = SMALL_PER_BIG.get(m.group(3) + "/" + m.group(1));
            if (up == null) fail("unknown units in " + q);
            assertEquals(0, n(m, 2) % up, q);
            return n(m, 2) / up;
        }
        if ((m = find("pays (\\d+) dollars for (\\d+) \\w+\\. .* do (\\d+) \\w+ cost\\?", q)) != null) {
            return exact(n(m, 1) * n(m, 3), n(m, 2), q);
        }
        if ((m = find("travels (\\d+) km in (\\d+) hours\\. .* in (\\d+) hours\\?", q)) != null) {
            return exact(n(m, 1) * n(m, 3), n(m, 2), q);
        }
        if ((m = find("moves at (\\d+) km per hour\\. How many metres does it move in (\\d+) minutes\\?", q)) != null) {
            return exact(n(m, 1) * 1000 * n(m, 2), 60, q);
        }
        if ((m = find("costs (\\d+) dollars per kilogram\\. How many cents do (\\d+) grams cost\\?", q)) != null) {
            return exact(n(m, 1) * 100 * n(m, 2), 1000, q);
        }
        throw new AssertionError("no template matches: " + q);
    }

    private static long exact(long numerator, long denominator, String q) {
        assertEquals(0, numerator % denominator, () -> "answer is not whole: " + q);
        return numerator / denominator;
    }

    private static Matcher find(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m : null;
    }

    private static long n(Matcher m, int group) {
        return Long.parseLong(m.group(group));
    }
}
