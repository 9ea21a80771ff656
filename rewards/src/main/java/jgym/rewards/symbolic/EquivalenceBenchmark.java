package jgym.rewards.symbolic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jgym.rewards.MathAnswer;

/**
 * The time per answer comparison of {@link Equivalence} with the algebra system warm, by kind of answer, against the
 * exact reader ({@link MathAnswer}, what {@code CorrectAnswer} uses) on the same pairs in the same run.
 *
 * <p>Run it from a {@code bench} command, not from unit tests.
 */
public final class EquivalenceBenchmark {
    private EquivalenceBenchmark() {}

    /** Pairs (gold, answer) by kind: equal and unequal ones, as a MATH grader meets them. */
    static final Map<String, String[][]> PAIRS = new LinkedHashMap<>();

    static {
        PAIRS.put("plain numbers", new String[][] {{"72", "72"}, {"1000", "1,000"}, {"0.5", "\\frac{1}{2}"}, {"18", "19"}});
        PAIRS.put("roots, pi, powers", new String[][] {{"\\frac{\\sqrt 2}{2}", "\\frac{1}{\\sqrt{2}}"}, {"3\\sqrt{13}", "\\sqrt{117}"},
                {"2\\pi", "\\pi \\cdot 2"}, {"3\\sqrt{13}", "\\sqrt{39}"}, {"1024", "2^{10}"}});
        PAIRS.put("polynomials", new String[][] {{"(x+1)^2", "x^2+2x+1"}, {"(x+1)^2", "x^2+1"}, {"\\frac{x^2-1}{x-1}", "x+1"}});
        PAIRS.put("complex", new String[][] {{"3+4i", "4i+3"}, {"-i", "\\frac{1}{i}"}, {"3+4i", "3-4i"}});
        PAIRS.put("intervals", new String[][] {{"(3,4]", "3 < x \\le 4"}, {"(-\\infty, 0]", "x \\le 0"}, {"[1,2]\\cup(3,4)", "(3,4)\\cup[1,2]"},
                {"(3,4]", "[3,4]"}});
        PAIRS.put("sets, tuples", new String[][] {{"\\{1,2,3\\}", "\\{3,1,2\\}"}, {"(1, 2)", "(1,2)"}, {"1, 2", "2, 1"}, {"(1,2)", "(2,1)"}});
        PAIRS.put("relations", new String[][] {{"5", "x = 5"}, {"x \\geq 5", "x >= 5"}, {"y = 2x + 3", "y = 3 + 2x"}});
        PAIRS.put("matrices", new String[][] {{"\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}", "\\begin{bmatrix}1 & 2 \\\\ 3 & \\sqrt{16}\\end{bmatrix}"}});
        PAIRS.put("text, units", new String[][] {{"\\text{Evelyn}", "Evelyn"}, {"125", "125\\text{ miles}"}, {"50", "50\\%"}});
    }

    /**
     * One kind's timings.
     *
     * @param kind        the kind of answer
     * @param comparisons comparisons timed
     * @param medianMicros median time per comparison, microseconds
     * @param p99Micros   99th percentile, microseconds
     * @param exactMicros median time of the exact reader on the same pairs, microseconds
     * @param equal       how many of the kind's pairs the checker found equal (out of {@code pairs})
     * @param exactEqual  how many of them the exact reader found equal
     * @param pairs       the kind's pairs
     */
    public record Row(String kind, int comparisons, double medianMicros, double p99Micros, double exactMicros, int equal,
                      int exactEqual, int pairs) {}

    /** Times every pair {@code rounds} times after one untimed round (which also loads the algebra system). */
    public static List<Row> run(int rounds) {
        if (rounds < 1) throw new IllegalArgumentException("rounds must be >= 1, got " + rounds);
        Equivalence.warmUp();
        var eq = Equivalence.DEFAULT;
        var rows = new ArrayList<Row>();
        var all = new ArrayList<Double>();
        var allExact = new ArrayList<Double>();
        int allEqual = 0;
        int allExactEqual = 0;
        int allPairs = 0;
        for (var kind : PAIRS.entrySet()) {
            String[][] pairs = kind.getValue();
            for (String[] p : pairs) eq.compare(p[0], p[1]);
            var times = new ArrayList<Double>();
            var exact = new ArrayList<Double>();
            int equal = 0;
            int exactEqual = 0;
            for (int r = 0; r < rounds; r++) {
                for (String[] p : pairs) {
                    long t0 = System.nanoTime();
                    boolean same = eq.compare(p[0], p[1]).equal();
                    long t1 = System.nanoTime();
                    boolean plain = MathAnswer.parse(p[1]).matches(MathAnswer.parse(p[0]));
                    long t2 = System.nanoTime();
                    times.add((t1 - t0) / 1e3);
                    exact.add((t2 - t1) / 1e3);
                    if (r == 0 && same) equal++;
                    if (r == 0 && plain) exactEqual++;
                }
            }
            rows.add(new Row(kind.getKey(), times.size(), percentile(times, 0.5), percentile(times, 0.99), percentile(exact, 0.5), equal, exactEqual, pairs.length));
            all.addAll(times);
            allExact.addAll(exact);
            allEqual += equal;
            allExactEqual += exactEqual;
            allPairs += pairs.length;
        }
        rows.add(new Row("all", all.size(), percentile(all, 0.5), percentile(all, 0.99), percentile(allExact, 0.5), allEqual, allExactEqual, allPairs));
        return rows;
    }

    static double percentile(List<Double> xs, double q) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        int i = (int) Math.ceil(q * a.length) - 1;
        return a[Math.max(0, Math.min(a.length - 1, i))];
    }
}
