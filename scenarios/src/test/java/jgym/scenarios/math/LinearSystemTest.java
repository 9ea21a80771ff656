package jgym.scenarios.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LinearSystemTest {

    @Test
    void theAnswerSatisfiesBothEquationsBySubstitution() {
        for (Problem p : Samples.everyLevel(LinearSystem.LEVELS, l -> new LinearSystem(LinearSystem.preset(l)), 300)) {
            var m = Samples.match("Solve the system: (.+) = (-?\\d+) and (.+) = (-?\\d+)\\. Answer", p.prompt());
            String[] xy = p.gold().text().split(", ");
            assertEquals(2, xy.length, p.gold().text());
            Samples.assertLowestTerms(xy[0]);
            Samples.assertLowestTerms(xy[1]);
            var vars = Map.of('x', ExactEval.Q.parse(xy[0]), 'y', ExactEval.Q.parse(xy[1]));
            assertEquals(ExactEval.eval(m.group(2)), ExactEval.eval(m.group(1), vars), p.prompt() + " -> " + p.gold().text());
            assertEquals(ExactEval.eval(m.group(4)), ExactEval.eval(m.group(3), vars), p.prompt() + " -> " + p.gold().text());
            Samples.assertTraceEndsAtAnswer(p);
        }
    }

    @Test
    void integerLevelsGiveIntegerSolutions() {
        for (Problem p : Samples.everyLevel(2, l -> new LinearSystem(LinearSystem.preset(l)), 200)) {
            assertTrue(!p.gold().text().contains("/"), p.prompt());
        }
    }
}
