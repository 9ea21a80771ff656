package jgym.scenarios.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceTest {

    @Test
    void everyRuleThatFitsTheShownTermsPredictsTheAnswer() {
        for (Problem p : Samples.everyLevel(Sequence.LEVELS, l -> new Sequence(Sequence.preset(l)), 300)) {
            long[] t = terms(p);
            List<Long> predictions = predictions(t);
            assertFalse(predictions.isEmpty(), () -> "no simple rule fits " + Arrays.toString(t));
            for (long next : predictions) assertEquals(next, Long.parseLong(p.gold().text()), p.prompt());
            Samples.assertTraceEndsAtAnswer(p);
        }
    }

    @Test
    void level1IsArithmeticAndLevel4IncludesFibonacciLikeSequences() {
        for (Problem p : Samples.everyLevel(1, l -> new Sequence(Sequence.preset(1)), 200)) {
            long[] t = terms(p);
            for (int i = 2; i < t.length; i++) assertEquals(t[1] - t[0], t[i] - t[i - 1], p.prompt());
        }
        int fibonacci = 0;
        for (Problem p : Samples.everyLevel(1, l -> new Sequence(Sequence.preset(4)), 400)) {
            long[] t = terms(p);
            boolean fib = true;
            for (int i = 2; i < t.length; i++) fib &= t[i] == t[i - 1] + t[i - 2];
            if (fib) fibonacci++;
        }
        assertTrue(fibonacci > 60, fibonacci + " of 400 level-4 sequences are Fibonacci-like");
    }

    private static long[] terms(Problem p) {
        String list = Samples.match("sequence (.+), \\.\\.\\.\\?", p.prompt()).group(1);
        return Arrays.stream(list.split(", ")).mapToLong(Long::parseLong).toArray();
    }

    /** The next term under each rule that fits all the shown terms. */
    private static List<Long> predictions(long[] t) {
        int n = t.length;
        var out = new ArrayList<Long>();
        boolean arithmetic = true, quadratic = true, fibonacci = true, geometric = t[0] != 0;
        for (int i = 2; i < n; i++) {
            arithmetic &= t[i] - t[i - 1] == t[1] - t[0];
            quadratic &= t[i] - 2 * t[i - 1] + t[i - 2] == t[2] - 2 * t[1] + t[0];
            fibonacci &= t[i] == t[i - 1] + t[i - 2];
        }
        for (int i = 1; i < n && geometric; i++) geometric = t[i - 1] != 0 && t[i] % t[i - 1] == 0 && t[i] / t[i - 1] == t[1] / t[0];
        if (arithmetic) out.add(t[n - 1] + (t[1] - t[0]));
        if (quadratic) out.add(t[n - 1] + (t[n - 1] - t[n - 2]) + (t[2] - 2 * t[1] + t[0]));
        if (fibonacci) out.add(t[n - 1] + t[n - 2]);
        if (geometric) out.add(t[n - 1] * (t[1] / t[0]));
        return out;
    }
}
