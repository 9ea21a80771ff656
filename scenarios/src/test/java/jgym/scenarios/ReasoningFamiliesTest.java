package jgym.scenarios;

import static jgym.scenarios.FamilyChecks.each;
import static jgym.scenarios.FamilyChecks.find;
import static jgym.scenarios.FamilyChecks.gold;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jgym.env.Gold;
import jgym.env.Task;
import org.junit.jupiter.api.Test;

/**
 * The reasoning families' gold answers recomputed from their prompts alone, by other means than the generators use
 * (Floyd-Warshall for Dijkstra, union-find for flooding, brute force for formulas, java.time for day counting).
 */
class ReasoningFamiliesTest {
    @Test
    void baseConversionGoldReadsBackToTheGivenValue() {
        each("algo/base_conversion", t -> {
            Matcher m = find("base-(\\d+) number (\\w+) in base (\\d+)", t.prompt());
            long value = Long.parseLong(m.group(2), Integer.parseInt(m.group(1)));
            assertEquals(value, Long.parseLong(gold(t), Integer.parseInt(m.group(3))), t.id());
        });
    }

    @Test
    void binaryArithmeticMatchesBigIntegers() {
        each("algo/binary_arithmetic", t -> {
            Matcher m = find("binary: ([01]+) ([+-]) ([01]+)\\.", t.prompt());
            BigInteger a = new BigInteger(m.group(1), 2);
            BigInteger b = new BigInteger(m.group(3), 2);
            BigInteger want = m.group(2).equals("+") ? a.add(b) : a.subtract(b);
            assertEquals(want.toString(2), gold(t), t.id());
        });
    }

    @Test
    void letterCountsMatchACountOverTheText() {
        each("algo/letter_count", t -> {
            String text = find("Text: \"([a-z ]+)\"", t.prompt()).group(1);
            char letter = find("letter '([a-z])'", t.prompt()).group(1).charAt(0);
            long want = t.prompt().contains("How many words")
                    ? Arrays.stream(text.split(" ")).filter(w -> w.indexOf(letter) >= 0).count()
                    : text.chars().filter(c -> c == letter).count();
            assertEquals(Long.toString(want), gold(t), t.id());
        });
    }

    @Test
    void caesarGoldEncryptsToTheGivenCipher() {
        each("cipher/caesar", t -> {
            String cipher = find("alphabet \\(wrapping from z to a\\): \"([a-z ]+)\"", t.prompt()).group(1);
            String plain = gold(t);
            int k = Math.floorMod(cipher.charAt(0) - plain.charAt(0), 26);
            var enc = new StringBuilder();
            for (char c : plain.toCharArray()) enc.append(c == ' ' ? ' ' : (char) ('a' + (c - 'a' + k) % 26));
            assertEquals(cipher, enc.toString(), t.id());
            assertTrue(k >= 1, t.id());
        });
    }

    @Test
    void shortestPathsMatchFloydWarshall() {
        each("graph/shortest_path", t -> {
            int n = find("nodes A to ([A-Z])", t.prompt()).group(1).charAt(0) - 'A' + 1;
            long inf = Long.MAX_VALUE / 4;
            long[][] d = new long[n][n];
            for (long[] row : d) Arrays.fill(row, inf);
            for (int i = 0; i < n; i++) d[i][i] = 0;
            Matcher e = Pattern.compile("([A-Z])-([A-Z])(?: \\((\\d+)\\))?").matcher(t.prompt().substring(0, t.prompt().indexOf(". What")));
            while (e.find()) {
                int a = e.group(1).charAt(0) - 'A';
                int b = e.group(2).charAt(0) - 'A';
                long w = e.group(3) == null ? 1 : Long.parseLong(e.group(3));
                d[a][b] = d[b][a] = Math.min(d[a][b], w);
            }
            for (int k = 0; k < n; k++) for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
            Matcher q = find("from ([A-Z]) to ([A-Z])\\?", t.prompt());
            long want = d[q.group(1).charAt(0) - 'A'][q.group(2).charAt(0) - 'A'];
            assertEquals(Long.toString(want >= inf ? -1 : want), gold(t), t.id());
        });
    }

    @Test
    void componentCountsMatchUnionFind() {
        each("graph/components", t -> {
            int n = find("nodes A to ([A-Z])", t.prompt()).group(1).charAt(0) - 'A' + 1;
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) parent[i] = i;
            Matcher e = Pattern.compile("([A-Z])-([A-Z])").matcher(t.prompt());
            int components = n;
            while (e.find()) {
                int a = root(parent, e.group(1).charAt(0) - 'A');
                int b = root(parent, e.group(2).charAt(0) - 'A');
                if (a != b) {
                    parent[a] = b;
                    components--;
                }
            }
            assertEquals(Integer.toString(components), gold(t), t.id());
        });
    }

    private static int root(int[] parent, int x) {
        while (parent[x] != x) x = parent[x];
        return x;
    }

    @Test
    void topologicalOrdersKeepEveryRuleAndAreTheOnlyOne() {
        each("graph/topological_order", t -> {
            List<String> order = Arrays.asList(gold(t).split(", "));
            var rules = new ArrayList<String[]>();
            Matcher e = Pattern.compile("([A-Z]) before ([A-Z])").matcher(t.prompt());
            while (e.find()) rules.add(new String[] {e.group(1), e.group(2)});
            int n = find("Tasks A to ([A-Z])", t.prompt()).group(1).charAt(0) - 'A' + 1;
            assertEquals(n, new HashSet<>(order).size(), t.id());
            for (String[] r : rules) assertTrue(order.indexOf(r[0]) < order.indexOf(r[1]), t.id() + " breaks " + r[0] + " before " + r[1]);
            // Unique exactly when every consecutive pair is ordered by a rule of its own.
            for (int i = 0; i + 1 < order.size(); i++) {
                String a = order.get(i);
                String b = order.get(i + 1);
                assertTrue(rules.stream().anyMatch(r -> r[0].equals(a) && r[1].equals(b)), t.id() + ": " + a + ", " + b + " could swap");
            }
        });
    }

    @Test
    void cyclesMatchADepthFirstSearch() {
        each("graph/cycles", t -> {
            int n = find("nodes A to ([A-Z])", t.prompt()).group(1).charAt(0) - 'A' + 1;
            var adj = new ArrayList<List<Integer>>();
            for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
            Matcher e = Pattern.compile("([A-Z])->([A-Z])").matcher(t.prompt());
            while (e.find()) adj.get(e.group(1).charAt(0) - 'A').add(e.group(2).charAt(0) - 'A');
            int[] colour = new int[n];
            boolean cycle = false;
            for (int s = 0; s < n && !cycle; s++) if (colour[s] == 0) cycle = dfs(adj, colour, s);
            assertEquals(cycle ? "yes" : "no", gold(t), t.id());
        });
    }

    private static boolean dfs(List<List<Integer>> adj, int[] colour, int u) {
        colour[u] = 1;
        for (int v : adj.get(u)) {
            if (colour[v] == 1) return true;
            if (colour[v] == 0 && dfs(adj, colour, v)) return true;
        }
        colour[u] = 2;
        return false;
    }

    @Test
    void weekdaysMatchJavaTime() {
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        each("time/weekday", t -> {
            if (t.prompt().startsWith("Today")) {
                Matcher m = find("Today is (\\w+)\\. .* in (\\d+) days", t.prompt());
                int start = Arrays.asList(days).indexOf(m.group(1));
                assertEquals(days[(start + Integer.parseInt(m.group(2))) % 7], gold(t), t.id());
            } else {
                Matcher m = find("What day of the week is (\\d{4}-\\d{2}-\\d{2})", t.prompt());
                String want = LocalDate.parse(m.group(1)).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                assertEquals(want, gold(t), t.id());
                Matcher r = find("^(\\d{4}-\\d{2}-\\d{2}) \\(year-month-day\\) was a (\\w+)", t.prompt());
                assertEquals(LocalDate.parse(r.group(1)).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), r.group(2), t.id());
            }
        });
    }

    @Test
    void clockTimesMatchLocalTime() {
        each("time/clock", t -> {
            Matcher m = find("It is (\\d{2}:\\d{2}) .* show (?:(\\d+) hours and )?(\\d+) minutes (later|earlier)", t.prompt());
            long minutes = (m.group(2) == null ? 0 : 60L * Long.parseLong(m.group(2))) + Long.parseLong(m.group(3));
            LocalTime start = LocalTime.parse(m.group(1));
            LocalTime want = m.group(4).equals("later") ? start.plusMinutes(minutes) : start.minusMinutes(minutes);
            assertEquals(want.toString(), gold(t), t.id());
        });
    }

    @Test
    void diceProbabilitiesMatchEnumeration() {
        each("prob/dice", t -> {
            long fav = 0;
            long total = 0;
            if (t.prompt().startsWith("Two")) {
                int s = Integer.parseInt(find("Two fair (\\d+)-sided", t.prompt()).group(1));
                int k = Integer.parseInt(find("sum is (\\d+)", t.prompt()).group(1));
                for (int a = 1; a <= s; a++) for (int b = 1; b <= s; b++) {
                    total++;
                    if (a + b == k) fav++;
                }
            } else if (t.prompt().startsWith("A fair coin")) {
                int n = Integer.parseInt(find("flipped (\\d+) times", t.prompt()).group(1));
                int k = Integer.parseInt(find("exactly (\\d+) heads", t.prompt()).group(1));
                for (int mask = 0; mask < 1 << n; mask++) {
                    total++;
                    if (Integer.bitCount(mask) == k) fav++;
                }
            } else {
                int s = Integer.parseInt(find("A fair (\\d+)-sided", t.prompt()).group(1));
                Matcher m = find("rolling (at least|at most|exactly) (\\d+)", t.prompt());
                int k = Integer.parseInt(m.group(2));
                for (int face = 1; face <= s; face++) {
                    total++;
                    boolean ok = switch (m.group(1)) {
                        case "at least" -> face >= k;
                        case "at most" -> face <= k;
                        default -> face == k;
                    };
                    if (ok) fav++;
                }
            }
            String[] parts = gold(t).split("/");
            long num = Long.parseLong(parts[0]);
            long den = parts.length == 2 ? Long.parseLong(parts[1]) : 1;
            assertEquals(fav * den, num * total, t.id() + ": " + gold(t) + " vs " + fav + "/" + total);
            assertEquals(1, BigInteger.valueOf(num).gcd(BigInteger.valueOf(den)).intValue(), t.id() + " not in lowest terms");
        });
    }

    @Test
    void countingMatchesBruteForceOnShortWords() {
        each("prob/counting", t -> {
            Matcher word = Pattern.compile("letters of the word \"([a-z]+)\"").matcher(t.prompt());
            if (word.find() && word.group(1).length() <= 8) {
                var seen = new HashSet<String>();
                permute(word.group(1).toCharArray(), 0, seen);
                assertEquals(Integer.toString(seen.size()), gold(t), t.id());
            }
            Matcher choose = Pattern.compile("committee of (\\d+) be chosen from (\\d+)").matcher(t.prompt());
            if (choose.find()) {
                int k = Integer.parseInt(choose.group(1));
                int n = Integer.parseInt(choose.group(2));
                long subsets = 0;
                for (int mask = 0; mask < 1 << n; mask++) if (Integer.bitCount(mask) == k) subsets++;
                assertEquals(Long.toString(subsets), gold(t), t.id());
            }
        });
    }

    private static void permute(char[] c, int i, HashSet<String> out) {
        if (i == c.length) {
            out.add(new String(c));
            return;
        }
        for (int j = i; j < c.length; j++) {
            char x = c[i]; c[i] = c[j]; c[j] = x;
            permute(c, i + 1, out);
            x = c[i]; c[i] = c[j]; c[j] = x;
        }
    }

    @Test
    void quadraticRootsSatisfyTheEquation() {
        Pattern coefficient = Pattern.compile("Solve for x: (-?\\d*)x\\^2(?: ([+-]) (\\d*)x)?(?: ([+-]) (\\d+))? = 0");
        each("algebra/quadratic", t -> {
            Matcher m = coefficient.matcher(t.prompt());
            assertTrue(m.find(), t.prompt());
            double a = m.group(1).isEmpty() ? 1 : Double.parseDouble(m.group(1));
            double b = m.group(2) == null ? 0 : (m.group(2).equals("-") ? -1 : 1) * (m.group(3).isEmpty() ? 1 : Double.parseDouble(m.group(3)));
            double c = m.group(4) == null ? 0 : (m.group(4).equals("-") ? -1 : 1) * Double.parseDouble(m.group(5));
            for (String root : gold(t).split(", (?=\\\\frac|-?\\d)")) {
                double x = value(root.strip());
                assertEquals(0.0, a * x * x + b * x + c, 1e-9 * (1 + Math.abs(a * x * x)), t.id() + " root " + root);
            }
        });
    }

    /** A root as the generator writes it: an integer, p/q, or \frac{p + \sqrt{d}}{q}. */
    private static double value(String s) {
        Matcher f = Pattern.compile("\\\\frac\\{(-?\\d+) ([+-]) \\\\sqrt\\{(\\d+)\\}\\}\\{(\\d+)\\}").matcher(s);
        if (f.matches()) {
            double r = Math.sqrt(Double.parseDouble(f.group(3)));
            return (Double.parseDouble(f.group(1)) + (f.group(2).equals("+") ? r : -r)) / Double.parseDouble(f.group(4));
        }
        String[] p = s.split("/");
        return p.length == 2 ? Double.parseDouble(p[0]) / Double.parseDouble(p[1]) : Double.parseDouble(s);
    }

    @Test
    void expansionsAgreeWithTheProductAtManyPoints() {
        each("algebra/expand", t -> {
            var factors = new ArrayList<long[]>();
            Matcher f = Pattern.compile("\\((\\d*)x ([+-]) (\\d+)\\)").matcher(t.prompt());
            while (f.find()) {
                factors.add(new long[] {f.group(1).isEmpty() ? 1 : Long.parseLong(f.group(1)), (f.group(2).equals("-") ? -1 : 1) * Long.parseLong(f.group(3))});
            }
            Matcher term = Pattern.compile("([+-]?)\\s*(\\d*)(x(?:\\^(\\d+))?)?").matcher(gold(t).replace(" ", ""));
            for (long x = -3; x <= 3; x++) {
                long product = 1;
                for (long[] ab : factors) product *= ab[0] * x + ab[1];
                long sum = 0;
                term.reset();
                while (term.find()) {
                    if (term.group().isEmpty()) continue;
                    long coef = term.group(2).isEmpty() ? 1 : Long.parseLong(term.group(2));
                    if (term.group(1).equals("-")) coef = -coef;
                    int power = term.group(3) == null ? 0 : term.group(4) == null ? 1 : Integer.parseInt(term.group(4));
                    sum += coef * (long) Math.pow(x, power);
                }
                assertEquals(product, sum, t.id() + " at x = " + x + ": " + gold(t));
            }
        });
    }

    @Test
    void distancesSquareToTheSumOfSquares() {
        each("geometry/distance", t -> {
            Matcher p = Pattern.compile("\\((-?\\d+(?:, -?\\d+)+)\\)").matcher(t.prompt());
            assertTrue(p.find());
            long[] a = Arrays.stream(p.group(1).split(", ")).mapToLong(Long::parseLong).toArray();
            assertTrue(p.find());
            long[] b = Arrays.stream(p.group(1).split(", ")).mapToLong(Long::parseLong).toArray();
            long d2 = 0;
            for (int i = 0; i < a.length; i++) d2 += (a[i] - b[i]) * (a[i] - b[i]);
            Matcher r = Pattern.compile("(\\d*)(?:\\\\sqrt\\{(\\d+)\\})?").matcher(gold(t));
            assertTrue(r.matches(), gold(t));
            long outside = r.group(1).isEmpty() ? 1 : Long.parseLong(r.group(1));
            long inside = r.group(2) == null ? 1 : Long.parseLong(r.group(2));
            assertEquals(d2, outside * outside * inside, t.id());
            for (long f = 2; f * f <= inside; f++) assertTrue(inside % (f * f) != 0, t.id() + " not in simplest form");
        });
    }

    @Test
    void knightsAndKnavesHaveExactlyOneConsistentAssignment() {
        each("logic/knights_knaves", t -> {
            long fits = t.trace().lines().filter(l -> l.endsWith("every statement fits")).count();
            assertEquals(1, fits, t.id());
            String line = t.trace().lines().filter(l -> l.endsWith("every statement fits")).findFirst().orElseThrow();
            var kinds = new ArrayList<String>();
            Matcher m = Pattern.compile("=(knight|knave)").matcher(line);
            while (m.find()) kinds.add(m.group(1));
            assertEquals(String.join(", ", kinds), gold(t), t.id());
        });
    }

    @Test
    void stringOpsMatchAnIndependentReversal() {
        each("algo/string_ops", t -> {
            if (t.prompt().startsWith("Reverse the letters")) {
                String s = find("string \"([a-z]+)\"", t.prompt()).group(1);
                assertEquals(new StringBuilder(s).reverse().toString(), gold(t), t.id());
            } else if (t.prompt().startsWith("Reverse the order")) {
                List<String> w = new ArrayList<>(Arrays.asList(find("words in \"([a-z ]+)\"", t.prompt()).group(1).split(" ")));
                java.util.Collections.reverse(w);
                assertEquals(String.join(" ", w), gold(t), t.id());
            } else {
                String[] w = find("each word in \"([a-z ]+)\"", t.prompt()).group(1).split(" ");
                var b = new StringBuilder();
                for (int i = w.length - 1; i >= 0; i--) b.append(w[i].charAt(w[i].length() - 1));
                assertEquals(b.toString(), gold(t), t.id());
            }
        });
    }
}
