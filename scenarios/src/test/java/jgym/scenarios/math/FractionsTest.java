package jgym.scenarios.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FractionsTest {

    @Test
    void theAnswerIsTheExactValueOfThePromptInLowestTerms() {
        int simplify = 0, sums = 0;
        for (Problem p : Samples.everyLevel(Fractions.LEVELS, l -> new Fractions(Fractions.preset(l)), 300)) {
            var m = Samples.match("(Simplify|Calculate) (.+)\\. Answer", p.prompt());
            if (m.group(1).equals("Simplify")) simplify++;
            else sums++;
            assertEquals(ExactEval.eval(m.group(2)).toString(), p.gold().text(), p.prompt());
            Samples.assertLowestTerms(p.gold().text());
            Samples.assertTraceEndsAtAnswer(p);
        }
        assertTrue(simplify > 100 && sums > 500, simplify + " simplifications and " + sums + " sums of 900");
    }

    @Test
    void simplificationsStartOutOfLowestTerms() {
        for (Problem p : Samples.everyLevel(1, l -> new Fractions(new Fractions.Config(1, 30, false)), 200)) {
            String fraction = Samples.match("Simplify (\\d+)/(\\d+)\\.", p.prompt()).group(0);
            var m = Samples.match("(\\d+)/(\\d+)", fraction);
            long a = Long.parseLong(m.group(1)), b = Long.parseLong(m.group(2));
            assertTrue(java.math.BigInteger.valueOf(a).gcd(java.math.BigInteger.valueOf(b)).longValue() > 1, fraction);
        }
    }

    @Test
    void level1OnlyAddsAndLaterLevelsAlsoSubtract() {
        for (Problem p : Samples.everyLevel(1, l -> new Fractions(Fractions.preset(1)), 200)) {
            assertTrue(!p.prompt().contains(" - "), p.prompt());
        }
        long withMinus = Samples.everyLevel(1, l -> new Fractions(Fractions.preset(3)), 200).stream()
                .filter(p -> p.prompt().contains(" - ")).count();
        assertTrue(withMinus > 50, withMinus + " of 200 level-3 problems subtract");
    }
}
