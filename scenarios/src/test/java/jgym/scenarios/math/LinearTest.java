package jgym.scenarios.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LinearTest {

    @Test
    void theAnswerSatisfiesTheEquationBySubstitution() {
        for (Problem p : Samples.everyLevel(Linear.LEVELS, l -> new Linear(Linear.preset(l)), 300)) {
            var m = Samples.match("Solve for ([a-z]): (.+) = (.+)\\. Answer", p.prompt());
            char v = m.group(1).charAt(0);
            ExactEval.Q x = ExactEval.Q.parse(p.gold().text());
            Samples.assertLowestTerms(p.gold().text());
            assertEquals(ExactEval.eval(m.group(2), Map.of(v, x)), ExactEval.eval(m.group(3), Map.of(v, x)),
                    () -> p.prompt() + " with " + v + " = " + x);
            Samples.assertTraceEndsAtAnswer(p);
        }
    }

    @Test
    void integerLevelsHaveIntegerSolutionsAndLevel3HasFractionalOnes() {
        for (int level = 1; level <= 2; level++) {
            Linear.Config c = Linear.preset(level);
            for (Problem p : Samples.everyLevel(1, l -> new Linear(c), 200)) {
                assertTrue(!p.gold().text().contains("/"), p.prompt());
            }
        }
        Linear bracketsWhole = Linear.configure("math/linear",
                jgym.env.ScenarioConfig.defaults().withLevel(4).withOption("fractional", "false"));
        for (Problem p : Samples.everyLevel(1, l -> bracketsWhole, 200)) {
            assertTrue(p.prompt().contains("(") && !p.gold().text().contains("/"), p.prompt());
        }
        int fractional = 0;
        for (Problem p : Samples.everyLevel(1, l -> new Linear(Linear.preset(3)), 200)) if (p.gold().text().contains("/")) fractional++;
        assertTrue(fractional > 100, "fractional solutions in " + fractional + " of 200 level-3 equations");
    }

    @Test
    void level2PutsTheUnknownOnBothSidesAndLevel4UsesBrackets() {
        for (Problem p : Samples.everyLevel(1, l -> new Linear(Linear.preset(2)), 100)) {
            var m = Samples.match("Solve for ([a-z]): (.+) = (.+)\\. Answer", p.prompt());
            assertTrue(m.group(2).contains(m.group(1)) && m.group(3).contains(m.group(1)), p.prompt());
        }
        for (Problem p : Samples.everyLevel(1, l -> new Linear(Linear.preset(4)), 100)) {
            assertTrue(p.prompt().contains("("), p.prompt());
        }
    }
}
