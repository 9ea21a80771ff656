package jgym.scenarios.math;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jgym.env.Seeds;

/** Test helpers: problems drawn the way {@link ProceduralScenario} draws them, and regex extraction. */
final class Samples {
    private Samples() {}

    /** Problems 0..n-1 of {@code family} under seed 7, at every preset level. */
    static List<Problem> everyLevel(int levels, IntFunction<Family> atLevel, int n) {
        var out = new ArrayList<Problem>();
        for (int level = 1; level <= levels; level++) {
            Family f = atLevel.apply(level);
            for (int i = 0; i < n; i++) out.add(f.generate(new SplittableRandom(Seeds.mix(7, i))));
        }
        return out;
    }

    /** The first match of {@code regex} in {@code text}, failing the test with the text when there is none. */
    static Matcher match(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), () -> "no match for " + regex + " in: " + text);
        return m;
    }

    /** Checks that {@code answer} is an integer or {@code a/b} with b > 1 and gcd(a, b) = 1, by BigInteger arithmetic. */
    static void assertLowestTerms(String answer) {
        int slash = answer.indexOf('/');
        if (slash < 0) {
            new java.math.BigInteger(answer);
            return;
        }
        var a = new java.math.BigInteger(answer.substring(0, slash));
        var b = new java.math.BigInteger(answer.substring(slash + 1));
        assertTrue(b.compareTo(java.math.BigInteger.ONE) > 0, () -> "denominator of " + answer + " must be > 1");
        assertTrue(a.gcd(b).equals(java.math.BigInteger.ONE), () -> answer + " is not in lowest terms");
    }

    /** Checks that the trace's last line ends at the gold answer, as the SFT stage needs. */
    static void assertTraceEndsAtAnswer(Problem p) {
        String trace = p.trace();
        String last = trace.substring(trace.lastIndexOf('\n') + 1);
        assertTrue(last.endsWith(p.gold().text()) || last.contains(p.gold().text() + " = "),
                () -> "last trace line '" + last + "' does not end at the answer " + p.gold().text());
    }
}
