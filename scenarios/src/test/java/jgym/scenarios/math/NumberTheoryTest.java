package jgym.scenarios.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** GCD/LCM and modular arithmetic, each answer recomputed by brute force or BigInteger, not by the generator's code. */
class NumberTheoryTest {

    @Test
    void gcdIsTheLargestCommonDivisorAndLcmTheSmallestCommonMultiple() {
        int gcds = 0;
        for (Problem p : Samples.everyLevel(GcdLcm.LEVELS, l -> new GcdLcm(GcdLcm.preset(l)), 300)) {
            var m = Samples.match("Find the (greatest common divisor|least common multiple) of (.+)\\. Answer", p.prompt());
            long[] n = Arrays.stream(m.group(2).split(", | and ")).mapToLong(Long::parseLong).toArray();
            long answer = Long.parseLong(p.gold().text());
            if (m.group(1).startsWith("greatest")) {
                gcds++;
                long best = 1;
                long min = Arrays.stream(n).min().orElseThrow();
                for (long d = 1; d <= min; d++) if (dividesAll(d, n)) best = d;
                assertEquals(best, answer, p.prompt());
            } else {
                long max = Arrays.stream(n).max().orElseThrow();
                long multiple = max;
                while (!divisibleByAll(multiple, n)) multiple += max;
                assertEquals(multiple, answer, p.prompt());
            }
            Samples.assertTraceEndsAtAnswer(p);
        }
        assertTrue(gcds > 300 && gcds < 600, gcds + " gcd problems of 900");
    }

    @Test
    void euclidTraceLinesAreCorrectAndChained() {
        for (Problem p : Samples.everyLevel(GcdLcm.LEVELS, l -> new GcdLcm(GcdLcm.preset(l)), 100)) {
            long[] prev = null;
            for (String line : p.trace().split("\n")) {
                var m = java.util.regex.Pattern.compile("(\\d+) mod (\\d+) = (\\d+)").matcher(line);
                if (!m.matches()) {
                    prev = null;
                    continue;
                }
                long a = Long.parseLong(m.group(1)), b = Long.parseLong(m.group(2)), r = Long.parseLong(m.group(3));
                assertEquals(a % b, r, line);
                if (prev != null) assertTrue(prev[1] == a && prev[2] == b, () -> "Euclid continues with (b, r): " + p.trace());
                prev = new long[] {a, b, r};
            }
        }
    }

    @Test
    void modularAnswersMatchBigIntegerArithmetic() {
        for (Problem p : Samples.everyLevel(Modular.LEVELS, l -> new Modular(Modular.preset(l)), 300)) {
            var m = Samples.match("Compute (.+) mod (\\d+)\\. Answer", p.prompt());
            BigInteger mod = new BigInteger(m.group(2));
            String expr = m.group(1);
            BigInteger expected;
            if (expr.contains("^")) {
                String[] be = expr.split("\\^");
                expected = new BigInteger(be[0]).modPow(new BigInteger(be[1]), mod);
            } else {
                expected = ExactEval.eval(expr).n().mod(mod);
            }
            assertEquals(expected.toString(), p.gold().text(), p.prompt());
            Samples.assertTraceEndsAtAnswer(p);
        }
    }

    private static boolean divisibleByAll(long x, long[] n) {
        for (long v : n) if (x % v != 0) return false;
        return true;
    }

    private static boolean dividesAll(long d, long[] n) {
        for (long v : n) if (v % d != 0) return false;
        return true;
    }
}
