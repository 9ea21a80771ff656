package jgym.rewards.symbolic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Symbolic equivalence, written from the answer grammar of {@link FormReader} and the mathematics: each pair's verdict
 * is what a careful grader decides (the value, not the spelling), never the checker's own output.
 */
class EquivalenceTest {
    private static final Equivalence EQ = Equivalence.DEFAULT;

    static Stream<Arguments> equal() {
        return Stream.of(
                // fractions in every spelling
                Arguments.of("\\frac{1}{2}", "0.5"),
                Arguments.of("\\dfrac{3}{4}", "\\tfrac34"),
                Arguments.of("\\cfrac{3}{4}", "3/4"),
                Arguments.of("\\frac12", "\\frac{1}{2}"),
                Arguments.of("-\\frac{3}{4}", "\\frac{-3}{4}"),
                Arguments.of("\\frac{7}{2}", "3\\frac{1}{2}".equals("") ? "" : "3.5"),
                // roots
                Arguments.of("\\frac{\\sqrt 2}{2}", "\\frac{1}{\\sqrt{2}}"),
                Arguments.of("3\\sqrt{13}", "\\sqrt{13}\\cdot 3"),
                Arguments.of("3\\sqrt{13}", "\\sqrt{117}"),
                Arguments.of("2", "\\sqrt[3]{8}"),
                Arguments.of("2\\sqrt{2}", "\\sqrt8"),
                // pi and exponents
                Arguments.of("2\\pi", "\\pi \\cdot 2"),
                Arguments.of("\\frac{\\pi}{2}", "\\pi/2"),
                Arguments.of("1024", "2^{10}"),
                Arguments.of("(x+1)^2", "x^2+2x+1"),
                Arguments.of("-1", "e^{i\\pi}"),
                Arguments.of("\\frac{1}{8}", "2^{-3}"),
                // complex numbers
                Arguments.of("3+4i", "4i+3"),
                Arguments.of("-i", "\\frac{1}{i}"),
                Arguments.of("1+i", "\\frac{2}{1-i}"),
                // degrees, percent, scientific notation
                Arguments.of("90", "90^\\circ"),
                Arguments.of("30", "30^{\\circ}"),
                Arguments.of("50", "50\\%"),
                Arguments.of("0.5", "50\\%"),
                Arguments.of("\\frac{1}{3}", "33\\frac{1}{3}\\%"),
                Arguments.of("1500", "1.5\\times10^{3}"),
                Arguments.of("1500", "1.5e3"),
                Arguments.of("0.00025", "2.5 \\times 10^{-4}"),
                // binomials, factorials, logs
                Arguments.of("10", "\\binom{5}{2}"),
                Arguments.of("120", "5!"),
                Arguments.of("3", "\\log_2 8"),
                // intervals
                Arguments.of("(3,4]", "(3, 4]"),
                Arguments.of("(-\\infty, 0]", "(-\\infty,0]"),
                Arguments.of("\\left[2, \\infty\\right)", "[2,\\infty)"),
                Arguments.of("[2, \\infty)", "x \\geq 2"),
                Arguments.of("(-\\infty, 5)", "x < 5"),
                Arguments.of("x \\ge 5", "[5, \\infty)"),
                Arguments.of("[1,2]\\cup(3,4)", "(3,4)\\cup[1,2]"),
                Arguments.of("(1, 3)", "1 < x < 3"),
                Arguments.of("[1, 3)", "1 \\le x < 3"),
                Arguments.of("(-\\infty,-2)\\cup(2,\\infty)", "(2, \\infty) \\cup (-\\infty, -2)"),
                Arguments.of("[\\frac{1}{2}, 1]", "[0.5, 1]"),
                // sets, tuples and lists
                Arguments.of("\\{1,2,3\\}", "\\{3,1,2\\}"),
                Arguments.of("1, 2", "2, 1"),
                Arguments.of("\\{1,2\\}", "2,1"),
                Arguments.of("\\{\\frac{1}{2}, -3\\}", "\\{-3, 0.5\\}"),
                Arguments.of("(1, 2)", "(1,2)"),
                Arguments.of("(1,2)", "1, 2"),
                Arguments.of("(\\frac{1}{2}, \\sqrt{2})", "(0.5, \\sqrt 2)"),
                Arguments.of("(1, 2, 3)", "(1,2,3)"),
                Arguments.of("\\emptyset", "\\{\\}"),
                Arguments.of("-2, 3", "x = 3, x = -2"),
                // equations and relations
                Arguments.of("5", "x = 5"),
                Arguments.of("x = 5", "5"),
                Arguments.of("y = 2x + 3", "y = 3 + 2x"),
                Arguments.of("y = 2x + 3", "2x + 3 = y"),
                Arguments.of("x \\geq 5", "x >= 5"),
                Arguments.of("x \\ge 5", "5 \\le x"),
                Arguments.of("x \\neq 3", "x \\ne 3"),
                Arguments.of("x \\in [1,2]", "[1,2]"),
                Arguments.of("\\{1, 2\\}", "x \\in \\{2, 1\\}"),
                // matrices and vectors
                Arguments.of("\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}", "\\begin{bmatrix}1 & 2 \\\\ 3 & 4\\end{bmatrix}"),
                Arguments.of("\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}", "\\begin{pmatrix}\\frac{2}{2}&2\\\\3&\\sqrt{16}\\end{pmatrix}"),
                Arguments.of("\\begin{pmatrix} 1 \\\\ -2 \\end{pmatrix}", "(1, -2)"),
                // text
                Arguments.of("\\text{Evelyn}", "Evelyn"),
                Arguments.of("\\text{(B)}", "B"),
                Arguments.of("\\text{odd}", "\\textbf{Odd}"),
                // units, currency, prose, separators
                Arguments.of("125", "125\\textnormal{ miles}"),
                Arguments.of("125", "125 \\text{ miles}"),
                Arguments.of("5", "\\$5"),
                Arguments.of("12", "12 cm"),
                Arguments.of("18", "The answer is 18"),
                Arguments.of("1000", "1,000"),
                Arguments.of("1000000", "1\\,000\\,000"),
                Arguments.of("\\frac{3}{2}", "$\\frac{3}{2}$"),
                Arguments.of("4", "((4))"));
    }

    static Stream<Arguments> notEqual() {
        return Stream.of(
                Arguments.of("\\frac{1}{2}", "\\frac{1}{3}"),
                Arguments.of("3\\sqrt{13}", "\\sqrt{39}"),
                Arguments.of("\\pi", "3.14159"),
                Arguments.of("\\frac{1}{3}", "0.333333"),
                Arguments.of("(x+1)^2", "x^2+1"),
                Arguments.of("3+4i", "3-4i"),
                Arguments.of("(3,4]", "[3,4]"),
                Arguments.of("(3,4]", "(3,4)"),
                Arguments.of("[2, \\infty)", "x > 2"),
                Arguments.of("(-\\infty, 0]", "(0, \\infty)"),
                Arguments.of("\\{1,2\\}", "\\{1,2,3\\}"),
                Arguments.of("\\{1,2\\}", "\\{1,1\\}"),
                Arguments.of("(1,2)", "(2,1)"),
                Arguments.of("(1,2)", "\\{2,1\\}"),
                Arguments.of("x = 5", "x = 6"),
                Arguments.of("x > 5", "x \\ge 5"),
                Arguments.of("x < 5", "5 < x"),
                Arguments.of("\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}", "\\begin{pmatrix}1&3\\\\2&4\\end{pmatrix}"),
                Arguments.of("\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}", "\\begin{pmatrix}1&2\\end{pmatrix}"),
                Arguments.of("\\text{Evelyn}", "\\text{Eve}"),
                Arguments.of("\\text{odd}", "dod"),
                Arguments.of("\\infty", "-\\infty"),
                Arguments.of("90", "\\frac{\\pi}{2}"),
                Arguments.of("0.5", "50"),
                Arguments.of("125", "125 miles per 2 hours"));
    }

    /** Answers a policy might write to be paid without solving: each is refused against the gold given. */
    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("72", "3, 4, 5, 72"),
                Arguments.of("72", "[70, 72]"),
                Arguments.of("72", "72 or 73"),
                Arguments.of("72", "70 to 75"),
                Arguments.of("5", "x"),
                Arguments.of("0", "0.\\overline{3}"),
                Arguments.of("0", "2 3"),
                Arguments.of("6", "2 3"),
                Arguments.of("0", "5 000"),
                Arguments.of("1", "\\frac{0}{0}"),
                Arguments.of("0", "\\frac{1}{0} - \\frac{1}{0}"),
                Arguments.of("\\infty", "\\frac{1}{0}"),
                Arguments.of("x", "\\operatorname{ReadString}(x)"),
                Arguments.of("2", "\\operatorname{N}(2)"),
                Arguments.of("3", "\\operatorname{Length}(\\{1,2,3\\})"),
                Arguments.of("1", "\\operatorname{Print}(1)"),
                Arguments.of("0", "\\operatorname{Null}"),
                Arguments.of("1", "\\mathrm{True}"),
                Arguments.of("1", "x = 1 = 2"),
                Arguments.of("1", ""),
                Arguments.of("1", "\\text{}"),
                Arguments.of("1", "(".repeat(40) + "1" + ")".repeat(40)),
                Arguments.of("1", "1".repeat(1001)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("equal")
    void equalValuesAreEqual(String gold, String answer) {
        Verdict v = EQ.compare(gold, answer);
        assertTrue(v.equal(), () -> gold + " vs " + answer + ": " + v.reason());
    }

    @ParameterizedTest(name = "{0} != {1}")
    @MethodSource("notEqual")
    void differentValuesAreNot(String gold, String answer) {
        Verdict v = EQ.compare(gold, answer);
        assertFalse(v.equal(), () -> gold + " vs " + answer + " accepted: " + v.reason());
    }

    @ParameterizedTest(name = "{0} vs hostile {1}")
    @MethodSource("hostile")
    void hostileAnswersAreRefusedWithAReason(String gold, String answer) {
        Verdict v = EQ.compare(gold, answer);
        assertFalse(v.equal(), () -> gold + " vs " + answer + " accepted: " + v.reason());
        assertFalse(v.reason().isBlank());
    }

    @Test
    void hugeNumbersFailFastInsteadOfHanging() {
        for (String bomb : new String[] {"10^{10^{10}}", "(10^{9})!", "2^{2^{40}}", "(x+1)^{100000}", "(x+y+z)^{300}"}) {
            long t0 = System.nanoTime();
            Verdict v = EQ.compare("1", bomb);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertFalse(v.equal(), bomb);
            assertTrue(seconds < 3.0, bomb + " took " + seconds + " s: " + v.reason());
        }
    }

    @Test
    void theTimeLimitStopsAComparison() {
        Equivalence.warmUp();
        var strict = new Equivalence(1e-12, Duration.ofMillis(1));
        long t0 = System.nanoTime();
        Verdict v = strict.compare("\\frac{x^{60}-1}{x-1}", "\\frac{(x^{30}+1)(x^{15}+1)(x^{15}-1)}{x-1}");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertFalse(v.equal(), v.reason());
        assertTrue(v.reason().contains("longer than 1 ms"), v.reason());
        assertTrue(seconds < 1.0, seconds + " s");
        // The same comparison with time to finish shows the two equal.
        assertTrue(EQ.compare("\\frac{x^{60}-1}{x-1}", "\\frac{(x^{30}+1)(x^{15}+1)(x^{15}-1)}{x-1}").equal());
    }

    @Test
    void theToleranceCanBeSet() {
        assertFalse(EQ.compare("\\pi", "3.1416").equal());
        var loose = new Equivalence(1e-4, Duration.ofSeconds(2));
        assertTrue(loose.compare("\\pi", "3.1416").equal());
        assertFalse(loose.compare("\\pi", "3.15").equal());
    }
}
