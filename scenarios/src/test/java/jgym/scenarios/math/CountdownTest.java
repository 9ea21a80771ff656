package jgym.scenarios.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jgym.env.Gold;
import org.junit.jupiter.api.Test;

class CountdownTest {

    @Test
    void theSolutionUsesOnlyGivenNumbersAtMostOnceAndReachesTheTarget() {
        for (int level = 1; level <= Countdown.LEVELS; level++) {
            Countdown.Config c = Countdown.preset(level);
            for (Problem p : Samples.everyLevel(1, l -> new Countdown(c), 300)) {
                var gold = (Gold.Countdown) p.gold();
                assertEquals(c.numbers(), gold.numbers().size(), p.prompt());
                List<BigInteger> left = new ArrayList<>();
                for (int n : gold.numbers()) left.add(BigInteger.valueOf(n));
                List<BigInteger> used = ExactEval.literals(gold.solution());
                assertEquals(c.used(), used.size(), gold.solution());
                for (BigInteger u : used) assertTrue(left.remove(u), () -> gold.solution() + " reuses or invents " + u + " of " + gold.numbers());
                assertEquals(BigInteger.valueOf(gold.target()).toString(), ExactEval.eval(gold.solution()).toString(), gold.solution());
                assertFalse(gold.numbers().contains((int) gold.target()), () -> "target is one of the numbers: " + p.prompt());
                assertTrue(gold.target() >= 1 && gold.target() <= c.maxTarget(), p.prompt());
                Samples.assertTraceEndsAtAnswer(p);
            }
        }
    }

    @Test
    void thePromptShowsTheTargetAndExactlyTheGoldNumbers() {
        for (Problem p : Samples.everyLevel(Countdown.LEVELS, l -> new Countdown(Countdown.preset(l)), 100)) {
            var gold = (Gold.Countdown) p.gold();
            var m = Samples.match("numbers \\[([0-9, ]+)\\], make an expression that equals (\\d+)\\.", p.prompt());
            int[] shown = Arrays.stream(m.group(1).split(", ")).mapToInt(Integer::parseInt).toArray();
            assertEquals(gold.numbers(), Arrays.stream(shown).boxed().toList());
            assertEquals(gold.target(), Long.parseLong(m.group(2)));
        }
    }

    @Test
    void everyTraceStepIsCorrectArithmetic() {
        for (Problem p : Samples.everyLevel(Countdown.LEVELS, l -> new Countdown(Countdown.preset(l)), 100)) {
            String[] lines = p.trace().split("\n");
            for (String line : lines) {
                String[] sides = line.split(" = ");
                assertEquals(2, sides.length, line);
                assertEquals(ExactEval.eval(sides[1]).toString(), ExactEval.eval(sides[0]).toString(), line);
            }
            int used = ((Gold.Countdown) p.gold()).solution().split("[-+*/]").length;
            assertEquals(used, lines.length, () -> "one line per combination plus the solution: " + p.trace());
        }
    }
}
