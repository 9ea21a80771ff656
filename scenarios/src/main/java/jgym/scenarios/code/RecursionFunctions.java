package jgym.scenarios.code;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Function templates whose natural solution is recursive or a recurrence ({@code code/recursion}): powers, a linear
 * recurrence, counting subsets. Expected values are computed here in Java (iteratively or by brute force).
 */
public enum RecursionFunctions implements FunctionTemplate {
    POWER(1) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            var b = new Draw.Builder(this, "power", "b, e",
                    "returns b raised to the non-negative integer power e, without using ** or pow",
                    "Multiply e copies of b (b to the 0 is 1), or halve e and square: b^e = (b^(e/2))^2 times b if e is odd.",
                    "def power(b, e):\n    if e == 0:\n        return 1\n    half = power(b, e // 2)\n"
                            + "    return half * half * (b if e % 2 else 1)\n");
            long[][] cases = {{rng.nextLong(-9, 10), rng.nextLong(0, 11)}, {rng.nextLong(-9, 10), rng.nextLong(0, 11)},
                {rng.nextLong(2, 4), rng.nextLong(20, 40)}, {rng.nextLong(-9, 10), rng.nextLong(0, 11)}, {0, 0}, {-2, 7}, {1, 60}};
            for (long[] c : cases) b.add(c[0] + ", " + c[1], java.math.BigInteger.valueOf(c[0]).pow((int) c[1]).toString());
            return b.build();
        }
    },
    RECURRENCE(2) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            long p = rng.nextLong(1, 4);
            long q = rng.nextLong(1, 4);
            long a0 = rng.nextLong(0, 4);
            long a1 = rng.nextLong(1, 5);
            var b = new Draw.Builder(this, "term", "n",
                    "returns term n of the sequence a(0) = " + a0 + ", a(1) = " + a1 + ", a(n) = " + p + "*a(n-1) + " + q
                            + "*a(n-2) for n >= 2",
                    "Keep the last two terms and step forward n times (a plain recursion repeats work exponentially).",
                    "def term(n):\n    a, b = " + a0 + ", " + a1 + "\n    for _ in range(n):\n        a, b = b, " + p + " * b + "
                            + q + " * a\n    return a\n");
            for (long n : new long[] {rng.nextLong(2, 15), rng.nextLong(2, 15), rng.nextLong(15, 40), rng.nextLong(2, 15), 0, 1, 2, 60}) {
                java.math.BigInteger x = java.math.BigInteger.valueOf(a0);
                java.math.BigInteger y = java.math.BigInteger.valueOf(a1);
                for (long i = 0; i < n; i++) {
                    java.math.BigInteger next = y.multiply(java.math.BigInteger.valueOf(p)).add(x.multiply(java.math.BigInteger.valueOf(q)));
                    x = y;
                    y = next;
                }
                b.add(PyLit.of(n), x.toString());
            }
            return b.build();
        }
    },
    SUBSET_SUMS(3) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            long target = rng.nextLong(0, 16);
            var b = new Draw.Builder(this, "count_subsets", "xs",
                    "returns how many subsets of the positions of the list xs (integers) have elements summing to " + target
                            + " (the empty subset sums to 0; equal values at different positions are different subsets)",
                    "Recurse on the first element: subsets that skip it plus subsets that take it and need " + target + " minus it from the rest.",
                    "def count_subsets(xs, target=" + target + "):\n    if not xs:\n        return 1 if target == 0 else 0\n"
                            + "    return count_subsets(xs[1:], target) + count_subsets(xs[1:], target - xs[0])\n");
            var inputs = new ArrayList<List<Long>>();
            for (int i = 0; i < 4; i++) inputs.add(Draw.ints(rng, 1, 10, -3, 9));
            inputs.add(List.of());
            inputs.add(List.of(target, target, 0L));
            for (List<Long> xs : inputs) {
                long count = 0;
                for (int mask = 0; mask < 1 << xs.size(); mask++) {
                    long s = 0;
                    for (int i = 0; i < xs.size(); i++) if ((mask >> i & 1) == 1) s += xs.get(i);
                    if (s == target) count++;
                }
                b.add(PyLit.ints(xs), PyLit.of(count));
            }
            return b.build();
        }
    };

    private final int level;

    RecursionFunctions(int level) {
        this.level = level;
    }

    @Override
    public int level() {
        return level;
    }
}
