package jgym.rewards.symbolic;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matheclipse.core.basic.Config;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.form.tex.TeXParser;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The computer algebra system behind {@link Equivalence}: Symja (matheclipse-core) reads one LaTeX expression,
 * refuses anything but arithmetic, and decides whether two values are equal.
 *
 * <p>Guards, because the answer is written by a policy that wants reward: the parsed expression may only use the
 * functions and constants in {@link #FUNCTIONS} and {@link #CONSTANTS} (Symja also has functions that read files or
 * run code; a {@code \operatorname{ReadString}(x)} is refused before anything is evaluated) and free variables; numbers
 * are bounded ({@link Config#MAX_BIT_LENGTH} and friends, set once here) so that {@code 10^{10^{10}}} or
 * {@code (10^9)!} fail fast; the caller ({@link Equivalence}) also bounds the wall time of each comparison.
 */
final class Cas {
    private Cas() {}

    /** Functions an answer may use (Symja's names). */
    static final Set<String> FUNCTIONS = Set.of("Plus", "Times", "Power", "Sqrt", "Surd", "CubeRoot", "Rational",
            "Complex", "Sin", "Cos", "Tan", "Cot", "Sec", "Csc", "ArcSin", "ArcCos", "ArcTan", "ArcCot", "ArcSec", "ArcCsc",
            "Sinh", "Cosh", "Tanh", "Coth", "Sech", "Csch", "ArcSinh", "ArcCosh", "ArcTanh", "Log", "Log10", "Log2", "Exp",
            "Abs", "Factorial", "Factorial2", "Binomial", "Floor", "Ceiling", "Max", "Min", "Mod", "GCD", "LCM",
            "Subscript", "Subtract", "Divide", "Minus", "DirectedInfinity");
    /** Named constants an answer may use. */
    static final Set<String> CONSTANTS = Set.of("Pi", "E", "I", "Infinity", "ComplexInfinity", "Degree", "GoldenRatio",
            "EulerGamma");

    private static final Pattern SCIENTIFIC = Pattern.compile("(?<![A-Za-z\\\\.\\d])(\\d+(?:\\.\\d+)?)[eE]([+-]?\\d{1,4})(?![A-Za-z\\d])");
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("(?<![\\d.])\\d{1,3}(?: \\d{3})+(?![\\d])");
    private static final Pattern DIGITS_APART = Pattern.compile("(?<![\\d_^.])\\d+\\s+\\d");
    /** A decimal literal: digits with a point and at least one digit after it, not part of a longer number. */
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\d.])(\\d{0,200})\\.(\\d{1,200})(?![\\d.])");
    private static final Pattern ODD_ROOT = Pattern.compile("\\\\sqrt\\s*\\[\\s*(\\d*[13579])\\s*\\]\\s*\\{");
    private static final Pattern RATIO = Pattern.compile("(?<!\\\\):(?!=)");
    private static final Pattern FRAC_SHORT = Pattern.compile("\\\\frac\\s*([0-9A-Za-z])\\s*([0-9A-Za-z]|\\{)");
    private static final Pattern FRAC_SHORT_SECOND = Pattern.compile("\\\\frac(\\{[^{}]*\\})\\s*([0-9A-Za-z])");

    static {
        Config.MAX_BIT_LENGTH = 20_000;
        Config.MAX_AST_SIZE = 20_000;
        Config.MAX_POLYNOMIAL_DEGREE = 200;
        Config.MAX_INPUT_LEAVES = 2_000L;
        Config.MAX_MATRIX_DIMENSION_SIZE = 20;
        Config.MAX_LOOP_COUNT = 100_000L;
        Config.FILESYSTEM_ENABLED = false;
        Config.JAVA_UNSAFE = false;
    }

    /** A parsed, guarded expression or the reason it was refused. */
    sealed interface Parsed permits Parsed.Ok, Parsed.Refused {
        /**
         * A guarded expression with every decimal literal read as the exact rational it writes ({@code 2.5} is 5/2).
         *
         * @param approximate whether the expression was written with a decimal point: an approximation, for which the
         *                    tolerance applies (see {@link Closeness})
         */
        record Ok(IExpr expr, boolean approximate) implements Parsed {}

        record Refused(String reason) implements Parsed {}
    }

    /** A fresh evaluation engine that prints nothing, for the calling thread. */
    static EvalEngine engine() {
        var engine = new EvalEngine(true);
        var silent = new PrintStream(OutputStream.nullOutputStream());
        engine.setOutPrintStream(silent);
        engine.setErrorPrintStream(silent);
        engine.setQuietMode(true);
        engine.setRecursionLimit(256);
        engine.setIterationLimit(100_000);
        EvalEngine.set(engine);
        return engine;
    }

    /** Reads one LaTeX expression (no relations, lists or text: {@link FormReader} split those off). */
    static Parsed parse(String latex) {
        String s;
        boolean approximate;
        try {
            s = prepare(latex);
            approximate = DECIMAL.matcher(s).find();
            s = exactDecimals(s);
        } catch (IllegalArgumentException e) {
            return new Parsed.Refused(e.getMessage());
        }
        IExpr expr;
        try {
            expr = new TeXParser().parse(s);
        } catch (RuntimeException | StackOverflowError e) {
            return new Parsed.Refused("cannot read '" + FormReader.abbreviate(latex) + "' as an expression");
        }
        if (expr == null) return new Parsed.Refused("cannot read '" + FormReader.abbreviate(latex) + "' as an expression");
        String bad = refused(expr, 0);
        if (bad != null) return new Parsed.Refused("'" + FormReader.abbreviate(latex) + "' uses " + bad + ", which an answer may not");
        // A machine float would overflow to Infinity or underflow to 0.0 (10^{-400} as 0): none may reach the algebra.
        if (expr.has(IExpr::isInexactNumber, false)) {
            return new Parsed.Refused("'" + FormReader.abbreviate(latex) + "' has a number that cannot be read exactly");
        }
        return new Parsed.Ok(expr, approximate);
    }

    /** LaTeX the parser reads as meant: wrappers unwrapped, shorthand fractions braced, binomials and e-notation spelled out. */
    static String prepare(String latex) {
        String s = latex;
        for (String w : new String[] {"\\mathrm", "\\mathbf", "\\textbf", "\\boldsymbol", "\\text", "\\textnormal", "\\mbox"}) {
            s = unwrap(s, w);
        }
        s = FRAC_SHORT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                "\\frac{" + m.group(1) + "}" + (m.group(2).equals("{") ? "{" : "{" + m.group(2) + "}")));
        s = FRAC_SHORT_SECOND.matcher(s).replaceAll(m -> Matcher.quoteReplacement("\\frac" + m.group(1) + "{" + m.group(2) + "}"));
        s = binomials(s);
        s = oddRoots(s);
        s = RATIO.matcher(s).replaceAll("/"); // 7:32, a ratio, is 7/32
        s = SPACED_THOUSANDS.matcher(s).replaceAll(m -> m.group().replace(" ", ""));
        if (DIGITS_APART.matcher(s).find()) throw new IllegalArgumentException("two numbers side by side in '" + FormReader.abbreviate(latex) + "'");
        s = SCIENTIFIC.matcher(s).replaceAll(m -> Matcher.quoteReplacement("(" + m.group(1) + "\\times 10^{" + m.group(2) + "})"));
        return s;
    }

    /**
     * {@code s} with each decimal literal written as the exact fraction it denotes ({@code 2.5} as
     * {@code (\frac{25}{10})}), so that no value is ever a machine float.
     */
    static String exactDecimals(String s) {
        return DECIMAL.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                "(\\frac{" + m.group(1) + m.group(2) + "}{1" + "0".repeat(m.group(2).length()) + "})"));
    }

    private static String unwrap(String s, String cmd) {
        int at = s.indexOf(cmd + "{");
        int guard = 0;
        while (at >= 0 && guard++ < 64) {
            int open = at + cmd.length();
            int close = Scan.closingBrace(s, open);
            if (close < 0) throw new IllegalArgumentException("unbalanced braces after " + cmd);
            s = s.substring(0, at) + s.substring(open + 1, close) + s.substring(close + 1);
            at = s.indexOf(cmd + "{", at);
        }
        return s;
    }

    /**
     * {@code \sqrt[n]{x}} for odd n as {@code \operatorname{Surd}(x, n)}: the real root, so {@code \sqrt[3]{-8}} is -2
     * (as written by people; the parser's principal complex root would be 1 + i\sqrt 3). Only for a radicand without
     * letters: a symbolic one keeps the power form, which simplifies with {@code x^{2/3}}.
     */
    private static String oddRoots(String s) {
        Matcher m = ODD_ROOT.matcher(s);
        int from = 0;
        int guard = 0;
        while (m.find(from) && guard++ < 64) {
            int open = m.end() - 1;
            int close = Scan.closingBrace(s, open);
            if (close < 0) throw new IllegalArgumentException("unbalanced braces after \\sqrt[" + m.group(1) + "]");
            String radicand = s.substring(open + 1, close);
            if (radicand.chars().anyMatch(Character::isLetter)) {
                from = close;
                continue;
            }
            String root = "{\\operatorname{Surd}(" + radicand + "," + m.group(1) + ")}";
            s = s.substring(0, m.start()) + root + s.substring(close + 1);
            from = m.start() + root.length();
            m = ODD_ROOT.matcher(s);
        }
        return s;
    }

    /** {@code \binom{a}{b}} as {@code \operatorname{Binomial}(a,b)}. */
    private static String binomials(String s) {
        int at = s.indexOf("\\binom");
        int guard = 0;
        while (at >= 0 && guard++ < 64) {
            int p = at + "\\binom".length();
            String[] args = new String[2];
            for (int k = 0; k < 2; k++) {
                while (p < s.length() && s.charAt(p) == ' ') p++;
                if (p >= s.length()) throw new IllegalArgumentException("\\binom without its two arguments");
                if (s.charAt(p) == '{') {
                    int close = Scan.closingBrace(s, p);
                    if (close < 0) throw new IllegalArgumentException("unbalanced braces after \\binom");
                    args[k] = s.substring(p + 1, close);
                    p = close + 1;
                } else {
                    args[k] = String.valueOf(s.charAt(p++));
                }
            }
            s = s.substring(0, at) + "\\operatorname{Binomial}(" + args[0] + "," + args[1] + ")" + s.substring(p);
            at = s.indexOf("\\binom", at);
        }
        return s;
    }

    /** The first function or constant in {@code e} outside the allowed sets, or null when there is none. */
    private static String refused(IExpr e, int depth) {
        if (depth > 200) return "nesting deeper than 200";
        if (e.isNumber()) return null;
        if (e.isString()) return "text ('" + FormReader.abbreviate(e.toString()) + "')";
        if (e instanceof ISymbol sym) {
            if (!sym.isBuiltInSymbol() || CONSTANTS.contains(name(sym))) return null;
            return "the symbol " + name(sym);
        }
        if (e instanceof IAST ast) {
            IExpr head = ast.head();
            if (!(head instanceof ISymbol h)) return "a compound head";
            if (h.isBuiltInSymbol() && !FUNCTIONS.contains(name(h))) return "the function " + name(h);
            for (int i = 1; i < ast.size(); i++) {
                String bad = refused(ast.get(i), depth + 1);
                if (bad != null) return bad;
            }
            return null;
        }
        return "an unknown kind of expression";
    }

    /** The symbol's name as Symja writes it ({@code Times}, not the lower-case key of relaxed mode). */
    private static String name(ISymbol s) {
        return s.toString();
    }

    /** Whether {@code v} is a value that can be compared: not Indeterminate, not a division by zero, not an error marker. */
    static boolean comparable(IExpr v) {
        return !v.isIndeterminate() && !v.has(F.Indeterminate) && !v.isComplexInfinity() && !v.has(F.CComplexInfinity)
                && !v.isAST(F.Interval) && !v.has(S_ABORTED);
    }

    private static final IExpr S_ABORTED = F.$Aborted;

    /** Whether {@code v} is infinite in some direction. */
    static boolean infinite(IExpr v) {
        return v.isInfinity() || v.isNegativeInfinity() || v.isComplexInfinity() || v.isDirectedInfinity();
    }

    /**
     * Whether the values {@code gold} and {@code answer} (already parsed) are equal, on {@code engine}'s thread: the same
     * value, a difference that evaluates or simplifies to 0, or, for values with no free variable that the algebra
     * cannot settle, {@link Closeness} (exact values only within 50-digit rounding noise; an answer written with
     * decimals within {@code tolerance} of a gold that is not rational). A difference that is an exact nonzero number
     * is never equal.
     *
     * @param approximate whether either side was written with decimals
     * @param tolerance   relative to the gold, for approximate values
     */
    static Verdict sameValue(EvalEngine engine, IExpr gold, IExpr answer, boolean approximate, double tolerance) {
        IExpr vg = engine.evaluate(gold);
        IExpr va = engine.evaluate(answer);
        if (!comparable(vg) || !comparable(va)) return Verdict.no("no definite value (" + shortly(comparable(vg) ? va : vg) + ")");
        if (vg.equals(va)) return Verdict.yes("the same value " + shortly(vg));
        if (infinite(vg) || infinite(va)) return Verdict.no(shortly(va) + " is not " + shortly(vg));
        IExpr difference = engine.evaluate(F.Subtract(vg, va));
        if (difference.isZero()) return Verdict.yes("the difference is 0");
        boolean numeric = vg.isNumericFunction(true) && va.isNumericFunction(true);
        // A decimal can state a rational gold exactly, so only an irrational gold (pi, a surd) takes an approximation.
        if (approximate && numeric && !vg.isRational()) return Closeness.approximate(engine, vg, va, tolerance);
        if (difference.isExactNumber()) return Verdict.no(shortly(va) + " is not " + shortly(vg) + ": they differ by exactly " + shortly(difference));
        IExpr simplified = engine.evaluate(F.Simplify(difference));
        if (simplified.isZero()) return Verdict.yes("the difference simplifies to 0");
        if (simplified.isExactNumber()) return Verdict.no(shortly(va) + " is not " + shortly(vg) + ": they differ by exactly " + shortly(simplified));
        if (numeric) return Closeness.exact(engine, vg, va, simplified);
        for (var form : new IExpr[] {F.Together(difference), F.Expand(difference), F.TrigExpand(difference)}) {
            IExpr v = engine.evaluate(form);
            if (v.isZero() || engine.evaluate(F.Simplify(v)).isZero()) return Verdict.yes("the difference simplifies to 0");
        }
        return Verdict.no("could not show " + shortly(va) + " equal to " + shortly(vg) + " (difference " + shortly(simplified) + ")");
    }

    static String shortly(IExpr e) {
        return FormReader.abbreviate(e.toString());
    }
}
