package jgym.rewards.symbolic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import jgym.rewards.MathAnswer;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Whether a final answer equals the gold answer as mathematics, not as text: {@code \frac{1}{\sqrt 2}} is
 * {@code \frac{\sqrt 2}{2}}, {@code (-\infty, 0]} is {@code x \le 0}, {@code \{2, 1\}} is {@code \{1, 2\}}, and
 * {@code x = 5} is {@code 5}.
 *
 * <p>The shapes are compared first ({@link FormReader}; an interval is never a tuple of another length, a set is
 * matched without regard to order, a tuple in order), then each pair of expressions: exact rationals directly, anything
 * else through the computer algebra system ({@link Cas}) with every decimal read as the exact fraction it writes: equal
 * canonical forms, a difference that simplifies to 0, or, for values with no free variable, {@link Closeness} in
 * 50-digit arithmetic (nothing overflows or underflows: {@code 10^{400}} is no number's neighbour). A difference that
 * is an exact nonzero number is never equal. When equality cannot be shown the verdict is "not equal" with the reason:
 * a false reject is a lost reward, a false accept teaches a policy
 * to write what the grader cannot check.
 *
 * <p>Percentages: {@code p\%} equals both {@code p} and {@code p/100}. Degrees: {@code 90^\circ} is 90. A comparison
 * that takes longer than {@code timeLimit} is stopped and is "not equal".
 *
 * @param tolerance for an answer (or gold) written with decimals, an approximation, against a gold whose value is
 *                  not rational (a decimal against {@code \pi}): the largest difference accepted, relative to the
 *                  gold's magnitude; {@link #DEFAULT} allows only floating-point noise. Exact answers, and any answer
 *                  to a rational gold, never get it
 * @param timeLimit wall time allowed for one comparison
 */
public record Equivalence(double tolerance, Duration timeLimit) {

    /** Floating-point noise only (1e-12 relative), two seconds per comparison. */
    public static final Equivalence DEFAULT = new Equivalence(1e-12, Duration.ofSeconds(2));
    /** Longest list, set or tuple compared element by element. */
    static final int MAX_ITEMS = 64;

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        var t = new Thread(null, r, "jgym-cas", 16L << 20);
        t.setDaemon(true);
        return t;
    });

    public Equivalence {
        if (!(tolerance >= 0) || tolerance >= 1) throw new IllegalArgumentException("tolerance must be in [0, 1), got " + tolerance);
        if (timeLimit.isNegative() || timeLimit.isZero()) throw new IllegalArgumentException("timeLimit must be positive, got " + timeLimit);
    }

    /** Compares {@code answer} with {@code gold}, both LaTeX as written. */
    public Verdict compare(String gold, String answer) {
        Form g = FormReader.read(gold);
        if (g instanceof Form.Malformed m) return Verdict.no("the gold answer cannot be read: " + m.reason());
        Form a = FormReader.read(answer);
        if (a instanceof Form.Malformed m) return Verdict.no("the answer cannot be read: " + m.reason());
        return compare(g, a);
    }

    /** Compares two read answers: exact numbers at once, anything else on a worker under the time limit. */
    public Verdict compare(Form gold, Form answer) {
        if (gold instanceof Form.Expression ge && answer instanceof Form.Expression ae) {
            Verdict quick = exact(ge, ae);
            if (quick != null) return quick;
        }
        Verdict surds = Quick.compare(gold, answer); // surds and polynomials: exact without the algebra system
        if (surds != null) return surds;
        Warm.ensure();
        var engine = new AtomicReference<EvalEngine>();
        Future<Verdict> job = WORKERS.submit(() -> {
            engine.set(Cas.engine());
            return new Comparison(engine.get(), tolerance).forms(gold, answer);
        });
        try {
            return job.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            EvalEngine running = engine.get();
            if (running != null) running.stopRequest();
            job.cancel(true);
            return Verdict.no("the comparison took longer than " + timeLimit.toMillis() + " ms and was stopped");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return Verdict.no("the algebra failed (" + cause.getClass().getSimpleName() + ": " + FormReader.abbreviate(String.valueOf(cause.getMessage())) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel(true);
            return Verdict.no("interrupted");
        }
    }

    /** The verdict for two plain numbers (exact rationals, percent), or null when the algebra must decide. */
    private static Verdict exact(Form.Expression gold, Form.Expression answer) {
        MathAnswer g = MathAnswer.parse(gold.latex());
        MathAnswer a = MathAnswer.parse(answer.latex());
        if (!(g instanceof MathAnswer.Number gn) || !(a instanceof MathAnswer.Number an)) return null;
        if (an.matches(gn)) return Verdict.yes("the same number " + gn);
        return Verdict.no(an + " is not " + gn);
    }

    /** One comparison on a worker thread: parses each expression once. */
    private static final class Comparison {
        private final EvalEngine engine;
        private final double tolerance;
        private final Map<String, Cas.Parsed> parsed = new HashMap<>();

        Comparison(EvalEngine engine, double tolerance) {
            this.engine = engine;
            this.tolerance = tolerance;
        }

        Verdict forms(Form g, Form a) {
            if (Thread.currentThread().isInterrupted()) return Verdict.no("interrupted");
            if (a instanceof Form.Malformed m) return Verdict.no("the answer cannot be read: " + m.reason());
            if (g instanceof Form.Malformed m) return Verdict.no("the gold cannot be read: " + m.reason());
            if (g instanceof Form.Relation gr && a instanceof Form.Relation ar) return relations(gr, ar);
            // 48 + 24 = 72 against 72: a true equation between values states its right-hand side.
            if (a instanceof Form.Relation ar && isEquationOfValues(ar)) {
                Verdict sides = forms(ar.lhs(), ar.rhs());
                if (!sides.equal()) return Verdict.no("the answer's equation is not true: " + sides.reason());
                return forms(g, ar.rhs());
            }
            // x = 5 against 5, f(x) = 1 against 1, x \in S against S, x >= 5 against [5, \infty): what the name is said
            // to be. A gold equation whose left side computes (2x + z = 1) states no value: it is never its right side.
            Form gs = stated(g);
            Form as = stated(a);
            if (gs != g || as != a) return forms(gs, as);
            if (g instanceof Form.Either ge) {
                if (a instanceof Form.Either ae) return unordered(List.copyOf(ge.values()), List.copyOf(ae.values()));
                if (a instanceof Form.SetOf || a instanceof Form.Listing) return forms(new Form.SetOf(List.copyOf(ge.values())), a);
                return differ(g, a);
            }
            if (a instanceof Form.Either ae && (g instanceof Form.SetOf || g instanceof Form.Listing)) {
                return forms(g, new Form.SetOf(List.copyOf(ae.values())));
            }
            if (g instanceof Form.Expression ge) return a instanceof Form.Expression ae ? expressions(ge, ae) : differ(g, a);
            if (g instanceof Form.Text gt) {
                if (a instanceof Form.Text at) return texts(gt.normalised(), at.normalised());
                if (a instanceof Form.Expression ae) return texts(gt.normalised(), plain(ae.latex()));
                return differ(g, a);
            }
            if (g instanceof Form.Relation) return differ(g, a);
            if (g instanceof Form.Interval gi) return intervalOf(a) instanceof Form.Interval ai ? intervals(gi, ai) : differ(g, a);
            if (g instanceof Form.Union gu) return a instanceof Form.Union au ? unordered(gu.parts(), au.parts()) : differ(g, a);
            if (g instanceof Form.Tuple gt) {
                if (a instanceof Form.Tuple at) return ordered(gt.items(), at.items());
                if (a instanceof Form.Listing al) return ordered(gt.items(), al.items());
                if (a instanceof Form.Interval ai && open(gt) != null) return intervals(open(gt), ai);
                if (a instanceof Form.Matrix am) return ordered(gt.items(), vector(am));
                if (a instanceof Form.SetOf as2) return ordered(gt.items(), as2.items()); // {1, 3} for (1, 3), as Math-Verify
                return differ(g, a);
            }
            if (g instanceof Form.SetOf gset) {
                if (a instanceof Form.SetOf aset) return unordered(gset.items(), aset.items());
                if (a instanceof Form.Listing al) return unordered(gset.items(), al.items());
                if (a instanceof Form.Tuple at) return unordered(gset.items(), at.items());
                return gset.items().size() == 1 ? forms(gset.items().get(0), a) : differ(g, a);
            }
            if (g instanceof Form.Listing gl) {
                if (a instanceof Form.Listing al) return unordered(gl.items(), al.items());
                if (a instanceof Form.SetOf aset) return unordered(gl.items(), aset.items());
                if (a instanceof Form.Tuple at) return ordered(gl.items(), at.items());
                return differ(g, a);
            }
            if (g instanceof Form.Matrix gm) {
                if (a instanceof Form.Matrix am) return matrices(gm, am);
                if (a instanceof Form.Tuple at) return ordered(vector(gm), at.items());
                return differ(g, a);
            }
            return Verdict.no("the gold cannot be read");
        }

        private static boolean isEquationOfValues(Form.Relation r) {
            return r.op() == Form.Op.EQ && !Relations.isName(r.lhs()) && !Relations.isName(r.rhs());
        }

        /** What a relation about one variable says that variable is, or {@code f} itself. */
        private static Form stated(Form f) {
            if (!(f instanceof Form.Relation r)) return f;
            boolean varLeft = Relations.isName(r.lhs());
            boolean varRight = Relations.isName(r.rhs());
            if (varLeft == varRight) return f;
            Form.Op op = varLeft ? r.op() : r.op().flipped();
            Form other = varLeft ? r.rhs() : r.lhs();
            if (op == Form.Op.EQ || op == Form.Op.IN) return other;
            if (!(other instanceof Form.Expression e)) return f;
            var inf = new Form.Expression("\\infty");
            var minf = new Form.Expression("-\\infty");
            return switch (op) {
                case LT -> new Form.Interval(minf, false, e, false);
                case LE -> new Form.Interval(minf, false, e, true);
                case GT -> new Form.Interval(e, false, inf, false);
                case GE -> new Form.Interval(e, true, inf, false);
                default -> f;
            };
        }

        private Verdict expressions(Form.Expression g, Form.Expression a) {
            Verdict quick = exact(g, a);
            if (quick != null) return quick;
            String gl = g.latex().strip();
            String al = a.latex().strip();
            boolean gp = percent(gl);
            boolean ap = percent(al);
            if (gp) gl = withoutPercent(gl);
            if (ap) al = withoutPercent(al);
            Verdict v = values(gl, al);
            if (v.equal() || gp == ap) return v;
            // p% matches p and p/100.
            Verdict scaled = gp ? values("(" + gl + ")/100", al) : values(gl, "(" + al + ")/100");
            return scaled.equal() ? Verdict.yes(scaled.reason() + " (as a percentage)") : v;
        }

        private Verdict values(String gold, String answer) {
            Cas.Parsed g = parsed.computeIfAbsent(gold, Cas::parse);
            if (g instanceof Cas.Parsed.Refused r) return Verdict.no("the gold cannot be read: " + r.reason());
            Cas.Parsed a = parsed.computeIfAbsent(answer, Cas::parse);
            if (a instanceof Cas.Parsed.Refused r) return Verdict.no(r.reason());
            var go = (Cas.Parsed.Ok) g;
            var ao = (Cas.Parsed.Ok) a;
            IExpr ge = go.expr();
            IExpr ae = ao.expr();
            // The same expression as the gold: equal when the gold has a value (no simplification needed).
            if (ge.equals(ae)) {
                IExpr v = engine.evaluate(ge);
                return Cas.comparable(v) ? Verdict.yes("the same expression as the gold") : Verdict.no("no definite value (" + Cas.shortly(v) + ")");
            }
            return Cas.sameValue(engine, ge, ae, go.approximate() || ao.approximate(), tolerance);
        }

        /**
         * Two relations: the same sides (or swapped, the relation flipped); two statements about the same name compared
         * as what they state ({@code x \ge 5} and {@code 5 \le x} both {@code [5, \infty)}); else as equations and
         * inequalities ({@link Relations#proportional}).
         */
        private Verdict relations(Form.Relation g, Form.Relation a) {
            if (g.op() == a.op()) {
                Verdict l = forms(g.lhs(), a.lhs());
                if (l.equal()) {
                    Verdict r = forms(g.rhs(), a.rhs());
                    if (r.equal()) return Verdict.yes("the same relation");
                }
            }
            boolean symmetric = g.op() == Form.Op.EQ || g.op() == Form.Op.NE;
            if (g.op().flipped() == a.op() && (symmetric || g.op() != a.op())) {
                if (forms(g.lhs(), a.rhs()).equal() && forms(g.rhs(), a.lhs()).equal()) return Verdict.yes("the same relation, sides swapped");
            }
            String gn = Relations.name(g);
            String an = Relations.name(a);
            if (gn != null && gn.equals(an)) {
                Verdict v = forms(stated(g), stated(a));
                if (v.equal() || g.op() == Form.Op.IN || a.op() == Form.Op.IN) return v;
            }
            return Relations.proportional(engine, g, a, parsed);
        }

        private Verdict intervals(Form.Interval g, Form.Interval a) {
            if (g.lowClosed() != a.lowClosed() || g.highClosed() != a.highClosed()) {
                return Verdict.no("the interval ends differ in being open or closed");
            }
            Verdict low = forms(g.low(), a.low());
            if (!low.equal()) return Verdict.no("the lower ends differ: " + low.reason());
            Verdict high = forms(g.high(), a.high());
            if (!high.equal()) return Verdict.no("the upper ends differ: " + high.reason());
            return Verdict.yes("the same interval");
        }

        private Verdict texts(String g, String a) {
            String gp = g.replace("(", "").replace(")", "").replace("\\text", "");
            String ap = a.replace("(", "").replace(")", "").replace("\\text", "");
            return gp.equals(ap) ? Verdict.yes("the same text") : Verdict.no("the text '" + FormReader.abbreviate(a) + "' is not '" + FormReader.abbreviate(g) + "'");
        }

        private Verdict ordered(List<Form> g, List<Form> a) {
            if (g.size() != a.size()) return Verdict.no(a.size() + " items where the gold has " + g.size());
            if (g.size() > MAX_ITEMS) return Verdict.no("more than " + MAX_ITEMS + " items");
            for (int i = 0; i < g.size(); i++) {
                Verdict v = forms(g.get(i), a.get(i));
                if (!v.equal()) return Verdict.no("item " + (i + 1) + " differs: " + v.reason());
            }
            return Verdict.yes("every item equal, in order");
        }

        /**
         * Each gold item matched to a distinct equal answer item (equality is transitive, so greedy matching is exact),
         * a repeated item counted once on either side, as in a set: {@code (3,17), (3,17), (1,2)} is two solutions.
         */
        private Verdict unordered(List<Form> g, List<Form> a) {
            if (g.size() > MAX_ITEMS || a.size() > MAX_ITEMS) return Verdict.no("more than " + MAX_ITEMS + " items");
            g = distinct(g);
            a = distinct(a);
            if (g.size() != a.size()) return Verdict.no(a.size() + " items where the gold has " + g.size());
            if (g.size() > MAX_ITEMS) return Verdict.no("more than " + MAX_ITEMS + " items");
            var free = new ArrayList<>(a);
            for (Form item : g) {
                int match = -1;
                for (int j = 0; j < free.size() && match < 0; j++) {
                    if (forms(item, free.get(j)).equal()) match = j;
                }
                if (match < 0) return Verdict.no("nothing in the answer equals the gold's " + describe(item));
                free.remove(match);
            }
            return Verdict.yes("the same items, in any order");
        }

        private List<Form> distinct(List<Form> items) {
            var out = new ArrayList<Form>(items.size());
            for (Form f : items) {
                boolean seen = false;
                for (int j = 0; j < out.size() && !seen; j++) seen = f.equals(out.get(j)) || forms(out.get(j), f).equal();
                if (!seen) out.add(f);
            }
            return out;
        }

        private Verdict matrices(Form.Matrix g, Form.Matrix a) {
            if (g.rows().size() != a.rows().size() || g.rows().get(0).size() != a.rows().get(0).size()) {
                return Verdict.no("a " + a.rows().size() + "x" + a.rows().get(0).size() + " matrix where the gold is "
                        + g.rows().size() + "x" + g.rows().get(0).size());
            }
            for (int i = 0; i < g.rows().size(); i++) {
                for (int j = 0; j < g.rows().get(i).size(); j++) {
                    Verdict v = forms(g.rows().get(i).get(j), a.rows().get(i).get(j));
                    if (!v.equal()) return Verdict.no("entry (" + (i + 1) + "," + (j + 1) + ") differs: " + v.reason());
                }
            }
            return Verdict.yes("every entry equal");
        }

        private static List<Form> vector(Form.Matrix m) {
            var items = new ArrayList<Form>();
            if (m.rows().size() == 1) items.addAll(m.rows().get(0));
            else if (m.rows().get(0).size() == 1) for (var row : m.rows()) items.add(row.get(0));
            else return List.of(m);
            return items;
        }

        private static Form.Interval open(Form.Tuple t) {
            if (t.items().get(0) instanceof Form.Expression l && t.items().get(1) instanceof Form.Expression h) {
                return new Form.Interval(l, false, h, false);
            }
            return null;
        }

        private static Form intervalOf(Form a) {
            if (a instanceof Form.Tuple t && t.items().size() == 2) {
                Form.Interval i = open(t);
                return i == null ? a : i;
            }
            return a;
        }

        private Verdict differ(Form g, Form a) {
            return Verdict.no("the answer is " + describe(a) + ", the gold is " + describe(g));
        }
    }

    private static boolean percent(String s) {
        return s.endsWith("\\%") || s.endsWith("%");
    }

    private static String withoutPercent(String s) {
        return s.substring(0, s.length() - (s.endsWith("\\%") ? 2 : 1)).strip();
    }

    private static String plain(String latex) {
        return FormReader.read("\\text{" + latex + "}") instanceof Form.Text t ? t.normalised() : latex.toLowerCase(java.util.Locale.ROOT);
    }

    static String describe(Form f) {
        if (f instanceof Form.Expression e) return "'" + FormReader.abbreviate(e.latex()) + "'";
        if (f instanceof Form.Relation) return "a relation";
        if (f instanceof Form.Either) return "two values (\\pm)";
        if (f instanceof Form.Interval) return "an interval";
        if (f instanceof Form.Union u) return "a union of " + u.parts().size();
        if (f instanceof Form.Tuple t) return "a tuple of " + t.items().size();
        if (f instanceof Form.SetOf set) return "a set of " + set.items().size();
        if (f instanceof Form.Listing l) return "a list of " + l.items().size();
        if (f instanceof Form.Matrix m) return "a " + m.rows().size() + "x" + m.rows().get(0).size() + " matrix";
        if (f instanceof Form.Text t) return "the text '" + FormReader.abbreviate(t.normalised()) + "'";
        return "unreadable (" + ((Form.Malformed) f).reason() + ")";
    }

    /**
     * Loads the algebra system (its first use reads thousands of rules: about 2 s on one core) if it is not loaded yet.
     * Called before the first comparison's clock starts, so that loading never counts against a time limit.
     */
    public static void warmUp() {
        Warm.ensure();
    }

    /** The first, untimed use of the algebra system, once per process (the class initialiser runs it). */
    private static final class Warm {
        static {
            new Comparison(Cas.engine(), 1e-12).forms(FormReader.read("\\frac{1}{\\sqrt 2}"), FormReader.read("(x+1)^2"));
        }

        static void ensure() {}
    }
}
