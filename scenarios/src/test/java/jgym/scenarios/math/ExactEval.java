package jgym.scenarios.math;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A test-only exact evaluator, written independently of the generators: rationals over BigInteger, + - * /, brackets,
 * unary minus, implicit multiplication ({@code 3x}, {@code 2(x + 1)}) and single-letter variables.
 */
final class ExactEval {

    /** An exact rational {@code n/d}, {@code d > 0}, in lowest terms. */
    record Q(BigInteger n, BigInteger d) {
        static Q of(BigInteger n, BigInteger d) {
            if (d.signum() == 0) throw new ArithmeticException("division by zero");
            if (d.signum() < 0) {
                n = n.negate();
                d = d.negate();
            }
            BigInteger g = n.gcd(d);
            if (g.signum() == 0) g = BigInteger.ONE;
            return new Q(n.divide(g), d.divide(g));
        }

        static Q of(long n) {
            return new Q(BigInteger.valueOf(n), BigInteger.ONE);
        }

        /** Parses {@code "a"} or {@code "a/b"}. */
        static Q parse(String s) {
            s = s.strip();
            int slash = s.indexOf('/');
            if (slash < 0) return new Q(new BigInteger(s), BigInteger.ONE);
            return of(new BigInteger(s.substring(0, slash).strip()), new BigInteger(s.substring(slash + 1).strip()));
        }

        Q add(Q o) { return of(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d)); }
        Q sub(Q o) { return add(new Q(o.n.negate(), o.d)); }
        Q mul(Q o) { return of(n.multiply(o.n), d.multiply(o.d)); }
        Q div(Q o) { return of(n.multiply(o.d), d.multiply(o.n)); }

        @Override
        public String toString() {
            return d.equals(BigInteger.ONE) ? n.toString() : n + "/" + d;
        }
    }

    private final String s;
    private final Map<Character, Q> vars;
    private final List<BigInteger> literals = new ArrayList<>();
    private int pos;

    private ExactEval(String s, Map<Character, Q> vars) {
        this.s = s;
        this.vars = vars;
    }

    /** The exact value of {@code expr} with {@code vars} bound. */
    static Q eval(String expr, Map<Character, Q> vars) {
        var e = new ExactEval(expr, vars);
        Q v = e.expr();
        e.skip();
        if (e.pos != expr.length()) throw new IllegalArgumentException("trailing text at " + e.pos + " in " + expr);
        return v;
    }

    static Q eval(String expr) {
        return eval(expr, Map.of());
    }

    /** The integer literals of {@code expr} in reading order. */
    static List<BigInteger> literals(String expr) {
        var e = new ExactEval(expr, Map.of());
        e.expr();
        return e.literals;
    }

    private Q expr() {
        Q v = term();
        while (true) {
            skip();
            if (peek('+')) { pos++; v = v.add(term()); }
            else if (peek('-')) { pos++; v = v.sub(term()); }
            else return v;
        }
    }

    private Q term() {
        Q v = factor();
        while (true) {
            skip();
            if (peek('*')) { pos++; v = v.mul(factor()); }
            else if (peek('/')) { pos++; v = v.div(factor()); }
            else if (pos < s.length() && (Character.isLetter(s.charAt(pos)) || s.charAt(pos) == '(')) v = v.mul(factor());
            else return v;
        }
    }

    private Q factor() {
        skip();
        if (peek('-')) { pos++; Q f = factor(); return new Q(f.n.negate(), f.d); }
        if (peek('(')) {
            pos++;
            Q v = expr();
            skip();
            if (!peek(')')) throw new IllegalArgumentException("missing ) at " + pos + " in " + s);
            pos++;
            return v;
        }
        if (pos < s.length() && Character.isLetter(s.charAt(pos))) {
            Q v = vars.get(s.charAt(pos));
            if (v == null) throw new IllegalArgumentException("unbound variable " + s.charAt(pos) + " in " + s);
            pos++;
            return v;
        }
        int start = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
        if (start == pos) throw new IllegalArgumentException("number expected at " + pos + " in " + s);
        BigInteger n = new BigInteger(s.substring(start, pos));
        literals.add(n);
        return new Q(n, BigInteger.ONE);
    }

    private boolean peek(char c) {
        return pos < s.length() && s.charAt(pos) == c;
    }

    private void skip() {
        while (pos < s.length() && s.charAt(pos) == ' ') pos++;
    }
}
