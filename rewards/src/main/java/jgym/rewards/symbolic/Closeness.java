package jgym.rewards.symbolic;

import org.apfloat.Apfloat;
import org.apfloat.ApcomplexMath;
import org.apfloat.ApfloatMath;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.INumber;

/**
 * Numerical equality for values with no free variable that the algebra could not settle, in 50-digit arbitrary
 * precision (apfloat): nothing overflows to infinity or underflows to 0, so {@code 10^{400}} is not within any tolerance
 * of {@code \sqrt 2} and {@code 10^{-400}} is not 0.
 *
 * <p>Two rules. Exact values (no decimals written) are equal only when their difference is rounding noise at this
 * precision relative to the larger of the two, and neither is 0: a value that is 0 must be shown 0 exactly. An answer
 * written with decimals is an approximation: it is equal when it lies within {@code tolerance} times the gold's
 * magnitude of the gold, a bound that depends on the gold alone, never on the answer (so a gold of 0 takes an exact 0).
 */
final class Closeness {
    private Closeness() {}

    /** Digits of every numerical evaluation. */
    static final int PRECISION = 50;
    /** Relative difference of two exact values taken as rounding noise at {@link #PRECISION} digits. */
    private static final Apfloat NOISE = new Apfloat("1e-40", PRECISION);

    /** Exact values that the algebra could not show equal (nor different): equal within rounding noise. */
    static Verdict exact(EvalEngine engine, IExpr gold, IExpr answer, IExpr difference) {
        Apfloat g = magnitude(engine, gold);
        Apfloat a = magnitude(engine, answer);
        Apfloat gap = magnitude(engine, difference);
        if (g == null || a == null || gap == null) return Verdict.no("no numerical value to compare");
        if (g.signum() == 0 || a.signum() == 0) {
            return Verdict.no("could not show " + Cas.shortly(answer) + " equal to " + Cas.shortly(gold) + " exactly (a zero must be exact)");
        }
        if (gap.compareTo(NOISE.multiply(ApfloatMath.max(g, a))) <= 0) {
            return Verdict.yes("equal to " + PRECISION + " digits (the algebra could not simplify their difference)");
        }
        return Verdict.no(Cas.shortly(answer) + " differs from " + Cas.shortly(gold) + " by " + shortly(gap));
    }

    /** An answer or gold written with decimals: equal within {@code tolerance} times the gold's magnitude. */
    static Verdict approximate(EvalEngine engine, IExpr gold, IExpr answer, double tolerance) {
        Apfloat g = magnitude(engine, gold);
        Apfloat gap = magnitude(engine, F.Subtract(gold, answer));
        if (g == null || gap == null) return Verdict.no("no numerical value to compare");
        Apfloat bound = new Apfloat(tolerance, PRECISION).multiply(g);
        if (gap.compareTo(bound) <= 0) return Verdict.yes("equal within the tolerance (they differ by " + shortly(gap) + ")");
        return Verdict.no(Cas.shortly(answer) + " differs from " + Cas.shortly(gold) + " by " + shortly(gap));
    }

    /** |v| at {@link #PRECISION} digits, or null when v has no numerical value. */
    private static Apfloat magnitude(EvalEngine engine, IExpr v) {
        try {
            IExpr n = engine.evaluate(F.N(v, F.ZZ(PRECISION)));
            if (!(n instanceof INumber number) || n.isInexactNumber() && n.isMachineNumber()) return null;
            return ApcomplexMath.abs(number.apcomplexValue());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String shortly(Apfloat x) {
        return x.signum() == 0 ? "0" : x.precision(4).toString();
    }
}
