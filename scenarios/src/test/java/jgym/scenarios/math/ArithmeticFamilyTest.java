package jgym.scenarios.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ArithmeticFamilyTest {

    @Test
    void answersEqualAnIndependentEvaluationOfThePrompt() {
        for (Problem p : Samples.everyLevel(ArithmeticFamily.LEVELS, l -> new ArithmeticFamily(ArithmeticFamily.preset(l)), 300)) {
            String expr = Samples.match("Calculate (.+)\\. Answer", p.prompt()).group(1);
            assertEquals(ExactEval.eval(expr).toString(), p.gold().text(), p.prompt());
            Samples.assertTraceEndsAtAnswer(p);
        }
    }

    @Test
    void everyTraceLineHasTheSameValueAndOneOperationFewer() {
        for (Problem p : Samples.everyLevel(ArithmeticFamily.LEVELS, l -> new ArithmeticFamily(ArithmeticFamily.preset(l)), 200)) {
            String[] lines = p.trace().split("\n");
            int ops = operators(lines[0]);
            for (int i = 1; i < lines.length; i++) {
                assertTrue(lines[i].startsWith("= "), p.trace());
                String step = lines[i].substring(2);
                assertEquals(p.gold().text(), ExactEval.eval(step).toString(), p.trace());
                assertEquals(ops - i, operators(step), () -> "each step performs one operation: " + p.trace());
            }
            assertEquals(0, operators(lines[lines.length - 1].substring(2)), p.trace());
        }
    }

    @Test
    void level1HasNoBracketsOrDivisionAndThreeTwoDigitOperands() {
        for (Problem p : Samples.everyLevel(1, l -> new ArithmeticFamily(ArithmeticFamily.preset(1)), 300)) {
            String expr = Samples.match("Calculate (.+)\\. Answer", p.prompt()).group(1);
            assertFalse(expr.contains("(") || expr.contains("/"), expr);
            var lits = ExactEval.literals(expr);
            assertEquals(3, lits.size(), expr);
            for (BigInteger n : lits) assertTrue(n.compareTo(BigInteger.ONE) >= 0 && n.compareTo(BigInteger.valueOf(99)) <= 0, expr);
        }
    }

    @Test
    void bracketsAppearFromLevel2AndDivisionIsAlwaysExact() {
        int bracketed = 0;
        for (Problem p : Samples.everyLevel(1, l -> new ArithmeticFamily(ArithmeticFamily.preset(3)), 300)) {
            String expr = Samples.match("Calculate (.+)\\. Answer", p.prompt()).group(1);
            if (expr.contains("(")) bracketed++;
            // every division in the reduction is exact: the evaluator works over rationals, the answer is an integer
            assertFalse(p.gold().text().contains("/"), expr);
        }
        assertTrue(bracketed > 100, "brackets in " + bracketed + " of 300 level-3 problems");
    }

    @Test
    void precedenceIsRespected() {
        // 2+3*4 must be 14: built by hand, rendered without brackets, reduced multiplication first
        Expr e = Expr.of(Op.ADD, Expr.num(2), Expr.of(Op.MUL, Expr.num(3), Expr.num(4)));
        assertEquals("2+3*4", e.render());
        assertEquals("2+12", e.reduceOnce().render());
        assertEquals(14, e.value());
        Expr f = Expr.of(Op.SUB, Expr.num(10), Expr.of(Op.SUB, Expr.num(4), Expr.num(1)));
        assertEquals("10-(4-1)", f.render());
        assertEquals(7, f.value());
        Expr g = Expr.of(Op.MUL, Expr.of(Op.SUB, Expr.num(3), Expr.num(10)), Expr.num(-2));
        assertEquals("(3-10)*(-2)", g.render());
        assertEquals("-7*(-2)", g.reduceOnce().render());
        assertEquals(14, g.value());
    }

    private static int operators(String expr) {
        int n = 0;
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            boolean unaryMinus = c == '-' && (i == 0 || expr.charAt(i - 1) == '(');
            if ((c == '+' || c == '-' || c == '*' || c == '/') && !unaryMinus) n++;
        }
        return n;
    }
}
