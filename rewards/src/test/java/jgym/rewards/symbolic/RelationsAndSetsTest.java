package jgym.rewards.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules added for Math-Verify's cases, each with the answers a policy that wants reward without solving would
 * write: identities against equations, a lone right-hand side, {@code \pm} listing more values, a union that covers
 * everything against an interval, a hedge joined by "or". Every row states its exact verdict.
 */
class RelationsAndSetsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // equations as equations: same solution set up to a nonzero factor
                Arguments.of("2x+4y-3=0", "y=-\\frac{1}{2}x+\\frac{3}{4}", true),
                Arguments.of("34x+45y-20z+100=0", "-34x-45y+20z-100=0", true),
                Arguments.of("x^2/4 + y^2/3 = 1", "x^2/16 + y^2/12 = 1/4", true),
                Arguments.of("a + 3z = 0", "0", false),
                Arguments.of("2x + z = 1", "1", false),
                Arguments.of("7 = 11a+c", "11a+c", false),
                Arguments.of("2x + 3y = 6", "x = x", false),
                Arguments.of("2x + 3y = 6", "0 = 0", false),
                Arguments.of("2x + 3y = 6", "2x + 3y = 2x + 3y", false),
                Arguments.of("x = 2", "x^2 = 4", false),
                Arguments.of("x = 5", "y = 5", false),
                // a chain states its last side only when every step equals it: no false step is paid
                Arguments.of("2", "x = 5 = 2", false),
                Arguments.of("2", "x = 3+3 = 6 = 2", false),
                Arguments.of("11", "x = 5+5+2 = 11", false),
                Arguments.of("x = 11", "x = 5+5+2 = 11", false),
                Arguments.of("11", "x = 5+5+1 = 11", true),
                Arguments.of("x = 11", "x = 5+6 = 11", true),
                Arguments.of("f(x) = 1", "1", true),
                Arguments.of("(p,q) = (3,2)", "(3,2)", true),
                Arguments.of("x = 11", "x = 5+5+1 = 7 = 11", false), // 5+5+1 is not 7: Math-Verify pays it, we do not
                Arguments.of("1", "x = 1 = 2", false),
                Arguments.of("11", "x \\approx 11", true),
                Arguments.of("\\frac{1}{3}", "x \\approx 0.33", false),
                // inequalities: a negative factor turns them round
                Arguments.of("x < 1", "-x > -1", true),
                Arguments.of("x < 1", "-x < -1", false),
                Arguments.of("x < 1", "x \\le 1", false),
                Arguments.of("x \\geq 5", "x >= 5", true),
                Arguments.of("0<f(x)<1", "(0,1)", true),
                // \pm as two values
                Arguments.of("1 \\pm \\sqrt{19}", "1 \\pm \\sqrt{19}", true),
                Arguments.of("1 \\pm \\sqrt{19}", "\\{1 - \\sqrt{19}, 1 + \\sqrt{19}\\}", true),
                Arguments.of("1 \\pm \\sqrt{19}", "1 + \\sqrt{19}", false),
                Arguments.of("1 \\pm \\sqrt{19}", "1 + \\sqrt{19}, 1 - \\sqrt{19}, 5", false),
                Arguments.of("\\pm 2021", "2021", false),
                Arguments.of("2021", "\\pm 2021", false),
                Arguments.of("\\{1\\pm\\sqrt{5},-2\\}", "-2, 1+\\sqrt 5, 1-\\sqrt 5", true),
                Arguments.of("x = 3 \\mp 1", "2, 4", true),
                // intervals and unions as sets: covering everything is no answer
                Arguments.of("[1, 3]", "(-\\infty, \\infty)", false),
                Arguments.of("[1, 3]", "(-\\infty, 1) \\cup [1, 3] \\cup (3, \\infty)", false),
                Arguments.of("(2, 12) \\cup (12, 102)", "(12, 102) \\cup (2, 12)", true),
                Arguments.of("x \\ge 5", "x \\ge 5 \\text{ or } x < 5", false),
                Arguments.of("72", "72 or 73", false),
                Arguments.of("6 \\text{ and } 8", "8, 6", true),
                // sets written loosely, repeated items once
                Arguments.of("(1,3)", "{1,3}", true),
                Arguments.of("(3,1)", "{1,3}", false),
                Arguments.of("(3,17),(1,2)", "(1,2),(3,17),(3,17)", true),
                Arguments.of("(3,17),(1,2)", "(1,2),(3,17),(3,18)", false),
                // matrices in every environment
                Arguments.of("\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}", "\\left[\\begin{array}{cc}1 & 2 \\\\ 3 & 4\\end{array}\\right]", true),
                Arguments.of("\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}", "\\begin{bmatrix}1 & 2 \\\\ 3 & 4\\end{bmatrix}", true),
                Arguments.of("\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}", "\\begin{vmatrix}1 & 2 \\\\ 3 & 5\\end{vmatrix}", false),
                // real odd roots
                Arguments.of("-2", "\\sqrt[3]{-8}", true),
                Arguments.of("2", "\\sqrt[3]{-8}", false),
                Arguments.of("-3", "\\sqrt[5]{-243}", true),
                // ratios and thousands
                Arguments.of("S_{MBCN}:S=7:32", "7:32", true),
                Arguments.of("7:32", "7:33", false),
                Arguments.of("11111111100", "11,\\! 111,\\! 111,\\! 100", true),
                Arguments.of("32349", "32, 349", false),
                Arguments.of("28\\%", "28 percent", true));
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @MethodSource("cases")
    void verdict(String gold, String answer, boolean expected) {
        Verdict v = Equivalence.DEFAULT.compare(gold, answer);
        assertEquals(expected, v.equal(), () -> gold + " vs " + answer + ": " + v.reason());
    }
}
