package jgym.rewards.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import jgym.rewards.ExactRational;

/**
 * Exact comparisons that need no algebra system, for the two shapes procedural tasks answer with most: quadratic
 * surds {@code (a + b\sqrt{d}) / c} (integers, fractions, {@code k\sqrt{n}}, roots of quadratics) and polynomials in one
 * variable with rational coefficients ({@code 4x^3 + 52x^2 - 81}). Each has a unique canonical form (a squarefree
 * radicand; a coefficient per power), so when both sides read, equal forms mean equal values and different forms
 * different values: the verdict is exact either way. Anything else reads as null and goes to {@link Cas}.
 */
final class Quick {
    private Quick() {}

    /** {@code p + q \sqrt{d}} with d squarefree and > 1, or q = 0 and d = 1. */
    record Surd(ExactRational p, ExactRational q, long d) {
        static Surd of(ExactRational p, ExactRational q, long d) {
            if (q.signum() == 0 || d == 1) return new Surd(d == 1 ? p.add(q) : p, ExactRational.of(0), 1);
            return new Surd(p, q, d);
        }
    }

    /** A polynomial in {@code variable}: coefficient by power, no zero coefficients. */
    record Poly(char variable, TreeMap<Integer, ExactRational> coefficients) {}

    /** The verdict for two read answers when every expression in them is a surd or a polynomial; else null. */
    static Verdict compare(Form g, Form a) {
        if (g instanceof Form.Expression ge && a instanceof Form.Expression ae) {
            Object x = canonical(ge.latex());
            Object y = x == null ? null : canonical(ae.latex());
            if (y == null || x.getClass() != y.getClass()) return null;
            return x.equals(y) ? Verdict.yes("the same exact value") : Verdict.no("a different exact value");
        }
        List<Form> gi = items(g);
        List<Form> ai = items(a);
        if (gi == null || ai == null || gi.size() != ai.size() || gi.size() > Equivalence.MAX_ITEMS) return null;
        var gv = new ArrayList<Object>();
        var av = new ArrayList<Object>();
        for (int i = 0; i < gi.size(); i++) {
            if (!(gi.get(i) instanceof Form.Expression ge) || !(ai.get(i) instanceof Form.Expression ae)) return null;
            Object x = canonical(ge.latex());
            Object y = canonical(ae.latex());
            if (x == null || y == null || x.getClass() != y.getClass()) return null;
            gv.add(x);
            av.add(y);
        }
        boolean ordered = g instanceof Form.Tuple;
        if (ordered) return gv.equals(av) ? Verdict.yes("every item equal, in order") : Verdict.no("an item differs");
        var left = new ArrayList<>(av);
        for (Object x : gv) if (!left.remove(x)) return Verdict.no("nothing in the answer equals one of the gold's items");
        return Verdict.yes("the same items, in any order");
    }

    /** The items of a list-like answer that {@link Equivalence} would match item by item, or null. */
    private static List<Form> items(Form f) {
        if (f instanceof Form.Listing l) return l.items();
        if (f instanceof Form.SetOf s) return s.items();
        if (f instanceof Form.Tuple t) return t.items();
        return null;
    }

    /** A {@link Surd} or a polynomial (a coefficient map keyed by power) for {@code latex}, or null. */
    static Object canonical(String latex) {
        String s = latex.replace(" ", "").replace("\\left", "").replace("\\right", "").replace("\\dfrac", "\\frac")
                .replace("\\tfrac", "\\frac");
        if (s.isEmpty() || s.length() > 200 || s.indexOf('%') >= 0) return null;
        try {
            var p = new Parser(s);
            Object v = p.sum();
            return p.at == s.length() ? v : null;
        } catch (IllegalArgumentException | ArithmeticException e) {
            return null;
        }
    }

    /** Recursive descent over + - terms, each a signed surd or monomial; any other syntax fails. */
    private static final class Parser {
        final String s;
        int at;
        char variable;

        Parser(String s) {
            this.s = s;
        }

        Object sum() {
            Surd surd = Surd.of(ExactRational.of(0), ExactRational.of(0), 1);
            TreeMap<Integer, ExactRational> poly = null;
            boolean first = true;
            while (at < s.length() && s.charAt(at) != '}') {
                int sign = 1;
                if (s.charAt(at) == '+' || s.charAt(at) == '-') {
                    sign = s.charAt(at) == '-' ? -1 : 1;
                    at++;
                } else if (!first) {
                    throw new IllegalArgumentException("expected + or -");
                }
                first = false;
                Object t = term();
                if (t instanceof Surd u) {
                    surd = add(surd, u, sign);
                } else {
                    if (poly == null) poly = new TreeMap<>();
                    for (var e : ((Poly) t).coefficients().entrySet()) {
                        poly.merge(e.getKey(), sign < 0 ? e.getValue().negate() : e.getValue(), ExactRational::add);
                    }
                }
            }
            if (first) throw new IllegalArgumentException("empty");
            if (poly == null) return surd;
            if (surd.d() != 1) throw new IllegalArgumentException("a radical in a polynomial");
            poly.merge(0, surd.p(), ExactRational::add);
            poly.values().removeIf(r -> r.signum() == 0);
            if (poly.isEmpty()) return Surd.of(ExactRational.of(0), ExactRational.of(0), 1);
            return poly.size() == 1 && poly.containsKey(0) ? Surd.of(poly.get(0), ExactRational.of(0), 1) : new Poly(variable, poly);
        }

        /** A number, k\sqrt{n}, \frac{...}{...} or a monomial c x^n. */
        Object term() {
            if (s.startsWith("\\frac{", at)) {
                at += 6;
                Object num = sum();
                expect('}');
                expect('{');
                Object den = sum();
                expect('}');
                if (!(num instanceof Surd n) || !(den instanceof Surd d) || d.d() != 1 || d.p().signum() == 0 || n.d() < 1) {
                    throw new IllegalArgumentException("only a surd over a rational");
                }
                return Surd.of(n.p().divide(d.p()), n.q().divide(d.p()), n.d());
            }
            ExactRational coefficient = null;
            if (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '.')) {
                coefficient = number();
                if (at < s.length() && s.charAt(at) == '/') { // 3/2: a fraction written inline
                    at++;
                    ExactRational den = number();
                    if (den.signum() == 0) throw new IllegalArgumentException("division by zero");
                    coefficient = coefficient.divide(den);
                }
            }
            if (s.startsWith("\\sqrt{", at)) {
                at += 6;
                int end = s.indexOf('}', at);
                if (end < 0) throw new IllegalArgumentException("open sqrt");
                long n = Long.parseLong(s.substring(at, end));
                at = end + 1;
                if (n < 0 || n > 1_000_000_000L) throw new IllegalArgumentException("radicand");
                long outside = 1;
                long inside = n;
                for (long f = 2; f * f <= inside; f++) {
                    while (inside % (f * f) == 0) {
                        inside /= f * f;
                        outside *= f;
                    }
                }
                ExactRational k = coefficient == null ? ExactRational.of(1) : coefficient;
                return n == 0 ? Surd.of(ExactRational.of(0), ExactRational.of(0), 1) : Surd.of(ExactRational.of(0), k.multiply(ExactRational.of(outside)), inside);
            }
            if (at < s.length() && Character.isLetter(s.charAt(at)) && s.charAt(at) != 'e' && s.charAt(at) != 'i') {
                char v = s.charAt(at++);
                if (variable != 0 && v != variable) throw new IllegalArgumentException("two variables");
                variable = v;
                int power = 1;
                if (at < s.length() && s.charAt(at) == '^') {
                    at++;
                    boolean braced = at < s.length() && s.charAt(at) == '{';
                    if (braced) at++;
                    int start = at;
                    while (at < s.length() && Character.isDigit(s.charAt(at))) at++;
                    if (at == start || at - start > 3) throw new IllegalArgumentException("power");
                    power = Integer.parseInt(s.substring(start, at));
                    if (braced) expect('}');
                }
                var m = new TreeMap<Integer, ExactRational>();
                m.put(power, coefficient == null ? ExactRational.of(1) : coefficient);
                return new Poly(v, m);
            }
            if (coefficient == null) throw new IllegalArgumentException("expected a number");
            return Surd.of(coefficient, ExactRational.of(0), 1);
        }

        ExactRational number() {
            int start = at;
            if (at >= s.length() || !(Character.isDigit(s.charAt(at)) || s.charAt(at) == '.')) throw new IllegalArgumentException("expected a number");
            while (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '.')) at++;
            if (at - start > 30) throw new IllegalArgumentException("long number");
            return ExactRational.parseDecimal(s.substring(start, at));
        }

        void expect(char c) {
            if (at >= s.length() || s.charAt(at) != c) throw new IllegalArgumentException("expected " + c);
            at++;
        }

        static Surd add(Surd a, Surd b, int sign) {
            ExactRational bp = sign < 0 ? b.p().negate() : b.p();
            ExactRational bq = sign < 0 ? b.q().negate() : b.q();
            if (a.d() != 1 && b.d() != 1 && a.d() != b.d()) throw new IllegalArgumentException("two radicands");
            long d = a.d() != 1 ? a.d() : b.d();
            return Surd.of(a.p().add(bp), a.q().add(bq), d);
        }
    }
}
