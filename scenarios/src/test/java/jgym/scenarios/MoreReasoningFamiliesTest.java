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
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import org.junit.jupiter.api.Test;

/**
 * The puzzle, logic, algorithm, algebra, geometry, probability and calendar families added second: their gold answers
 * recomputed from the prompts alone by other means than the generators use (relaxation for BFS, the binary Hanoi
 * formula, recursion for truth tables, a subtractive parser for numerals, java.time, enumeration, BigInteger primality).
 */
class MoreReasoningFamiliesTest {
    @Test
    void mazeDistancesMatchRepeatedRelaxation() {
        each("puzzle/maze", t -> {
            String[] rows = t.prompt().split("\n");
            var grid = new ArrayList<String>();
            for (String r : rows) if (r.matches("[#.SE]+")) grid.add(r);
            int n = grid.size();
            int inf = Integer.MAX_VALUE / 2;
            int[][] d = new int[n][n];
            int er = -1;
            int ec = -1;
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
                d[i][j] = grid.get(i).charAt(j) == 'S' ? 0 : inf;
                if (grid.get(i).charAt(j) == 'E') { er = i; ec = j; }
            }
            for (boolean changed = true; changed; ) {
                changed = false;
                for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
                    if (grid.get(i).charAt(j) == '#') continue;
                    int best = d[i][j];
                    if (i > 0) best = Math.min(best, d[i - 1][j] + 1);
                    if (i + 1 < n) best = Math.min(best, d[i + 1][j] + 1);
                    if (j > 0) best = Math.min(best, d[i][j - 1] + 1);
                    if (j + 1 < n) best = Math.min(best, d[i][j + 1] + 1);
                    if (best < d[i][j]) { d[i][j] = best; changed = true; }
                }
            }
            assertEquals(Integer.toString(d[er][ec] >= inf ? -1 : d[er][ec]), gold(t), t.id());
        });
    }

    @Test
    void hanoiMovesMatchTheBinaryFormula() {
        each("puzzle/hanoi", t -> {
            int n = Integer.parseInt(find("Tower of Hanoi: (\\d+) disks", t.prompt()).group(1));
            long k = Long.parseLong(find("move number (\\d+)", t.prompt()).group(1));
            int disk = Long.numberOfTrailingZeros(k) + 1;
            // Move k goes from peg (k & (k-1)) % 3 to ((k | (k-1)) + 1) % 3, pegs numbered A=0, B=1, C=2 for odd n;
            // for even n pegs B and C swap roles.
            int from = (int) ((k & (k - 1)) % 3);
            int to = (int) (((k | (k - 1)) + 1) % 3);
            char[] pegs = n % 2 == 1 ? new char[] {'A', 'B', 'C'} : new char[] {'A', 'C', 'B'};
            assertEquals(disk + ":" + pegs[from] + "->" + pegs[to], gold(t), t.id());
        });
    }

    @Test
    void sudokuSolutionsAreValidAndKeepTheGivens() {
        each("puzzle/mini_sudoku", t -> {
            String[] given = t.prompt().lines().filter(l -> l.matches("[0-4]{4}")).toArray(String[]::new);
            String[] rows = gold(t).split(",");
            assertEquals(4, given.length, t.id());
            for (int r = 0; r < 4; r++) for (int c = 0; c < 4; c++) {
                if (given[r].charAt(c) != '0') assertEquals(given[r].charAt(c), rows[r].charAt(c), t.id());
            }
            for (int i = 0; i < 4; i++) {
                var row = new HashSet<Character>();
                var col = new HashSet<Character>();
                var box = new HashSet<Character>();
                for (int j = 0; j < 4; j++) {
                    row.add(rows[i].charAt(j));
                    col.add(rows[j].charAt(i));
                    box.add(rows[i / 2 * 2 + j / 2].charAt(i % 2 * 2 + j % 2));
                }
                assertEquals(Set.of('1', '2', '3', '4'), row, t.id());
                assertEquals(Set.of('1', '2', '3', '4'), col, t.id());
                assertEquals(Set.of('1', '2', '3', '4'), box, t.id());
            }
        });
    }

    @Test
    void classicSyllogismsAreJudgedAsLogicTextbooksDo() {
        // Barbara (valid), Celarent (valid), Darii (valid), and the undistributed middle (invalid), in the family's words.
        int seen = 0;
        Scenario s = Scenarios.make("logic/syllogism", ScenarioConfig.defaults().withSeed(3).withLevel(2));
        for (int i = 0; i < 3000 && seen < 4; i++) {
            Task t = s.task(i);
            String p = t.prompt();
            if (p.startsWith("Premises: All A things are B things. All C things are A things. Conclusion: All C things are B things.")) {
                assertEquals("yes", gold(t)); seen |= 1;
            }
            if (p.startsWith("Premises: No A things are B things. All C things are A things. Conclusion: No C things are B things.")) {
                assertEquals("yes", gold(t)); seen |= 2;
            }
            if (p.startsWith("Premises: All A things are B things. Some C things are A things. Conclusion: Some C things are B things.")) {
                assertEquals("yes", gold(t)); seen |= 4;
            }
            if (p.startsWith("Premises: All A things are B things. All B things are C things. Conclusion: All C things are A things.")) {
                assertEquals("no", gold(t)); seen |= 8;
            }
        }
        assertTrue(seen != 0, "no classic form among the first 3000 tasks");
    }

    @Test
    void satisfyingAssignmentsMatchARecursiveCount() {
        each("logic/sat", t -> {
            String vars = find("to ([p-t](?:, [p-t])*) make", t.prompt()).group(1).replace(", ", "");
            var clauses = new ArrayList<List<String>>();
            Matcher c = Pattern.compile("\\(([^)]*)\\)").matcher(t.prompt().substring(t.prompt().indexOf("formula true:"), t.prompt().indexOf("? Answer")));
            while (c.find()) clauses.add(Arrays.asList(c.group(1).split(" OR ")));
            assertEquals(Integer.toString(count(vars, 0, new boolean[vars.length()], clauses)), gold(t), t.id());
        });
    }

    private static int count(String vars, int i, boolean[] value, List<List<String>> clauses) {
        if (i == vars.length()) {
            for (List<String> clause : clauses) {
                boolean any = false;
                for (String lit : clause) {
                    boolean neg = lit.startsWith("NOT ");
                    any |= value[vars.indexOf(lit.charAt(lit.length() - 1))] != neg;
                }
                if (!any) return 0;
            }
            return 1;
        }
        value[i] = false;
        int a = count(vars, i + 1, value, clauses);
        value[i] = true;
        return a + count(vars, i + 1, value, clauses);
    }

    @Test
    void sortedWordsAreInOrderAndArePermutations() {
        each("algo/sort_by_key", t -> {
            List<String> given = Arrays.asList(find("ties alphabetically: ([a-z, ]+)\\.", t.prompt()).group(1).split(", "));
            List<String> got = Arrays.asList(gold(t).split(", "));
            assertEquals(new HashSet<>(given), new HashSet<>(got), t.id());
            assertEquals(given.size(), got.size(), t.id());
            for (int i = 0; i + 1 < got.size(); i++) {
                String a = got.get(i);
                String b = got.get(i + 1);
                int ka = key(t.prompt(), a);
                int kb = key(t.prompt(), b);
                assertTrue(ka < kb || ka == kb && a.compareTo(b) < 0, t.id() + ": " + a + " before " + b);
            }
        });
    }

    private static int key(String prompt, String w) {
        if (prompt.contains("by length")) return w.length();
        if (prompt.contains("last letter")) return w.charAt(w.length() - 1);
        return -(int) w.chars().filter(ch -> "aeiou".indexOf(ch) >= 0).count();
    }

    @Test
    void romanNumeralsReadBackByASubtractiveParser() {
        each("algo/roman", t -> {
            Matcher read = Pattern.compile("Roman numeral ([MDCLXVI]+) stand").matcher(t.prompt());
            if (read.find()) {
                assertEquals(Integer.toString(roman(read.group(1))), gold(t), t.id());
            } else {
                int n = Integer.parseInt(find("Write (\\d+) as", t.prompt()).group(1));
                assertEquals(n, roman(gold(t)), t.id());
                assertTrue(!gold(t).contains("IIII") && !gold(t).contains("VV") && !gold(t).contains("XXXX"), t.id());
            }
        });
    }

    private static int roman(String s) {
        String symbols = "IVXLCDM";
        int[] values = {1, 5, 10, 50, 100, 500, 1000};
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = values[symbols.indexOf(s.charAt(i))];
            int next = i + 1 < s.length() ? values[symbols.indexOf(s.charAt(i + 1))] : 0;
            total += v < next ? -v : v;
        }
        return total;
    }

    @Test
    void polynomialValuesMatchASumOfPowers() {
        each("algebra/evaluate", t -> {
            String poly = find("p\\(x\\) = (.*)\\. What", t.prompt()).group(1).replace(" ", "");
            long x = Long.parseLong(find("What is p\\((-?\\d+)\\)", t.prompt()).group(1));
            Matcher term = Pattern.compile("([+-]?)(\\d*)(x(?:\\^(\\d+))?)?").matcher(poly);
            BigInteger sum = BigInteger.ZERO;
            while (term.find()) {
                if (term.group().isEmpty()) continue;
                long coef = term.group(2).isEmpty() ? 1 : Long.parseLong(term.group(2));
                if (term.group(1).equals("-")) coef = -coef;
                int power = term.group(3) == null ? 0 : term.group(4) == null ? 1 : Integer.parseInt(term.group(4));
                sum = sum.add(BigInteger.valueOf(coef).multiply(BigInteger.valueOf(x).pow(power)));
            }
            assertEquals(sum.toString(), gold(t), t.id());
        });
    }

    @Test
    void triangleAreasMatchTheDeterminantFormula() {
        each("geometry/triangle_area", t -> {
            Matcher p = Pattern.compile("\\((-?\\d+), (-?\\d+)\\)").matcher(t.prompt());
            long[] v = new long[6];
            for (int i = 0; i < 3; i++) {
                assertTrue(p.find());
                v[2 * i] = Long.parseLong(p.group(1));
                v[2 * i + 1] = Long.parseLong(p.group(2));
            }
            long twice = Math.abs(v[0] * (v[3] - v[5]) + v[2] * (v[5] - v[1]) + v[4] * (v[1] - v[3]));
            String[] g = gold(t).split("/");
            long num = Long.parseLong(g[0]);
            long den = g.length == 2 ? Long.parseLong(g[1]) : 1;
            assertEquals(twice * den, 2 * num, t.id());
        });
    }

    @Test
    void expectedValuesMatchEnumeration() {
        each("prob/expected_value", t -> {
            long sum = 0;
            long total = 0;
            Matcher one = Pattern.compile("has (\\d+) faces showing the numbers (\\d+) to (\\d+)").matcher(t.prompt());
            Matcher game = Pattern.compile("roll a fair (\\d+)-sided die .* On (\\d+) or more you win (\\d+) points; otherwise you lose (\\d+)").matcher(t.prompt());
            Matcher two = Pattern.compile("A fair (\\d+)-sided die and a fair (\\d+)-sided die .* of the (larger|smaller)").matcher(t.prompt());
            if (one.find()) {
                for (long f = Long.parseLong(one.group(2)); f <= Long.parseLong(one.group(3)); f++) { sum += f; total++; }
            } else if (game.find()) {
                int s = Integer.parseInt(game.group(1));
                for (int f = 1; f <= s; f++) { sum += f >= Integer.parseInt(game.group(2)) ? Long.parseLong(game.group(3)) : -Long.parseLong(game.group(4)); total++; }
            } else {
                assertTrue(two.find(), t.prompt());
                for (int a = 1; a <= Integer.parseInt(two.group(1)); a++) for (int b = 1; b <= Integer.parseInt(two.group(2)); b++) {
                    sum += two.group(3).equals("larger") ? Math.max(a, b) : Math.min(a, b);
                    total++;
                }
            }
            String[] g = gold(t).split("/");
            long num = Long.parseLong(g[0]);
            long den = g.length == 2 ? Long.parseLong(g[1]) : 1;
            assertEquals(sum * den, num * total, t.id() + ": " + gold(t));
        });
    }

    @Test
    void durationsMatchJavaTime() {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
        each("time/duration", t -> {
            Matcher m = find("from (\\w+ \\d+, \\d+) to (\\w+ \\d+, \\d+)\\?", t.prompt());
            long want = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(m.group(1), f), LocalDate.parse(m.group(2), f));
            assertEquals(Long.toString(want), gold(t), t.id());
        });
    }

    @Test
    void primesMatchBigIntegerPrimality() {
        each("math/primes", t -> {
            Matcher is = Pattern.compile("Is (\\d+) a prime").matcher(t.prompt());
            Matcher upTo = Pattern.compile("less than or equal to (\\d+)").matcher(t.prompt());
            if (is.find()) {
                assertEquals(BigInteger.valueOf(Long.parseLong(is.group(1))).isProbablePrime(50) ? "yes" : "no", gold(t), t.id());
            } else if (upTo.find()) {
                long n = Long.parseLong(upTo.group(1));
                long c = java.util.stream.LongStream.rangeClosed(2, n).filter(k -> BigInteger.valueOf(k).isProbablePrime(50)).count();
                assertEquals(Long.toString(c), gold(t), t.id());
            } else {
                long n = Long.parseLong(find("prime factors of (\\d+)", t.prompt()).group(1));
                long product = 1;
                long last = 0;
                for (String f : gold(t).split(", ")) {
                    long p = Long.parseLong(f);
                    assertTrue(BigInteger.valueOf(p).isProbablePrime(50) && p >= last, t.id());
                    product *= p;
                    last = p;
                }
                assertEquals(n, product, t.id());
            }
        });
    }
}
