package jgym.rewards.symbolic;

import java.util.Map;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Equations and inequalities compared as what they say about their variables, not as text: {@code 2x + 4y - 3 = 0}
 * is {@code y = -\frac{1}{2}x + \frac{3}{4}}, {@code x < 1} is {@code -x > -1}. Each relation is written as
 * {@code d op 0} ({@code d} its left side minus its right, {@code >} and {@code \ge} turned round to {@code <} and
 * {@code \le}); two relations are the same when they have the same op and {@code d_gold / d_answer} is a nonzero
 * number (positive for an inequality, whose direction a negative factor would turn). Proportional equations have the
 * same solution set; this is the test Math-Verify's {@code a.lhs - a.rhs} comparison makes, made exact.
 *
 * <p>Never equal: an identity ({@code x = x}, {@code 0 = 0}: d is 0, true of everything, so it states nothing) or a
 * relation between numbers; a ratio that depends on a variable ({@code x^2 = 4} is not {@code x = 2}).
 */
final class Relations {
    private Relations() {}

    /**
     * Whether {@code f} names quantities: a name ({@link Form.Expression#isName}), letters read as words ({@code AB}
     * in {@code AB = 4}), or a tuple of names ({@code (p, q)} in {@code (p, q) = (3, 2)}).
     */
    static boolean isName(Form f) {
        if (f instanceof Form.Expression e) return e.isName();
        if (f instanceof Form.Text t) return t.normalised().length() <= 4;
        if (f instanceof Form.Tuple t) return t.items().stream().allMatch(Relations::isName);
        return false;
    }

    /** The name a relation is about ({@code x} in {@code x \ge 5} or {@code 5 \le x}), or null when neither side is one. */
    static String name(Form.Relation r) {
        if (r.lhs() instanceof Form.Expression l && l.isName()) return l.latex().strip();
        if (r.rhs() instanceof Form.Expression x && x.isName()) return x.latex().strip();
        return null;
    }

    /** Whether the two relations are proportional (see the class comment), on {@code engine}'s thread. */
    static Verdict proportional(EvalEngine engine, Form.Relation g, Form.Relation a, Map<String, Cas.Parsed> parsed) {
        if (!(g.lhs() instanceof Form.Expression gl && g.rhs() instanceof Form.Expression gr
                && a.lhs() instanceof Form.Expression al && a.rhs() instanceof Form.Expression ar)) {
            return Verdict.no("the relations differ");
        }
        Form.Op go = normal(g.op());
        Form.Op ao = normal(a.op());
        if (go == null || ao == null || go != ao) return Verdict.no("the relations differ (" + g.op() + " and " + a.op() + ")");
        IExpr dg = difference(engine, g.op(), gl, gr, parsed);
        IExpr da = difference(engine, a.op(), al, ar, parsed);
        if (dg == null || da == null) return Verdict.no("the relations cannot be read as algebra");
        if (dg.isZero() || da.isZero()) return Verdict.no("an identity (true of every value) states nothing");
        if (dg.isNumber() || da.isNumber()) return Verdict.no("a relation between numbers, not about a variable");
        IExpr ratio = engine.evaluate(F.Simplify(F.Together(F.Divide(dg, da))));
        if (!ratio.isNumber() || !ratio.isExactNumber() || ratio.isZero() || !Cas.comparable(ratio)) {
            return Verdict.no("the relations are not proportional (ratio " + Cas.shortly(ratio) + ")");
        }
        boolean inequality = go == Form.Op.LT || go == Form.Op.LE;
        if (inequality && !(ratio.isReal() && ratio.isPositive())) {
            return Verdict.no("the inequality points the other way (ratio " + Cas.shortly(ratio) + ")");
        }
        return Verdict.yes("the same relation up to the factor " + Cas.shortly(ratio));
    }

    /** The op of {@code d op 0} ({@code >} as {@code <}), or null for one that is not compared this way. */
    private static Form.Op normal(Form.Op op) {
        return switch (op) {
            case EQ, NE, LT, LE -> op;
            case GT -> Form.Op.LT;
            case GE -> Form.Op.LE;
            default -> null;
        };
    }

    /** {@code lhs - rhs} evaluated and expanded (or {@code rhs - lhs} for > and >=), or null when a side is refused. */
    private static IExpr difference(EvalEngine engine, Form.Op op, Form.Expression lhs, Form.Expression rhs, Map<String, Cas.Parsed> parsed) {
        boolean turned = op == Form.Op.GT || op == Form.Op.GE;
        if (!(parsed.computeIfAbsent(lhs.latex(), Cas::parse) instanceof Cas.Parsed.Ok l)) return null;
        if (!(parsed.computeIfAbsent(rhs.latex(), Cas::parse) instanceof Cas.Parsed.Ok r)) return null;
        IExpr d = turned ? F.Subtract(r.expr(), l.expr()) : F.Subtract(l.expr(), r.expr());
        IExpr v = engine.evaluate(F.Expand(d));
        return Cas.comparable(v) ? v : null;
    }
}
