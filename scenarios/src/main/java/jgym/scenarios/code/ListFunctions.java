package jgym.scenarios.code;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Function templates over lists of integers. Expected values are computed here in Java, from the specification; the
 * Python reference is an independent implementation that the tests check against them.
 */
public enum ListFunctions implements FunctionTemplate {
    SUM_MULTIPLES(1) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            long k = rng.nextLong(2, 8);
            var b = new Draw.Builder(this, "sum_multiples", "xs",
                    "returns the sum of the integers in the list xs that are divisible by " + k,
                    "Keep the x with x % " + k + " == 0 and add them up; an empty list sums to 0.",
                    "def sum_multiples(xs):\n    return sum(x for x in xs if x % " + k + " == 0)\n");
            for (List<Long> xs : inputs(rng, 0, -30, 30, List.of(), List.of(k), List.of(-k, k + 1))) {
                long s = 0;
                for (long x : xs) if (x % k == 0) s += x;
                b.add(PyLit.ints(xs), PyLit.of(s));
            }
            return b.build();
        }
    },
    COUNT_GREATER(1) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            long t = rng.nextLong(-5, 21);
            var b = new Draw.Builder(this, "count_greater", "xs",
                    "returns how many integers in the list xs are greater than " + t,
                    "Count the x with x > " + t + "; an element equal to " + t + " does not count.",
                    "def count_greater(xs):\n    return sum(1 for x in xs if x > " + t + ")\n");
            for (List<Long> xs : inputs(rng, 0, -10, 30, List.of(), List.of(t), List.of(t + 1, t, t - 1))) {
                b.add(PyLit.ints(xs), PyLit.of(xs.stream().filter(x -> x > t).count()));
            }
            return b.build();
        }
    },
    SPREAD(1) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            var b = new Draw.Builder(this, "spread", "xs",
                    "returns the largest minus the smallest integer of the non-empty list xs",
                    "Find the maximum and the minimum and subtract; a single element gives 0.",
                    "def spread(xs):\n    return max(xs) - min(xs)\n");
            long v = rng.nextLong(-50, 51);
            for (List<Long> xs : inputs(rng, 1, -50, 50, List.of(v), List.of(-3L, -9L, -4L))) {
                long max = xs.stream().mapToLong(Long::longValue).max().orElseThrow();
                long min = xs.stream().mapToLong(Long::longValue).min().orElseThrow();
                b.add(PyLit.ints(xs), PyLit.of(max - min));
            }
            return b.build();
        }
    },
    AFFINE(1) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            long a = rng.nextLong(2, 6) * (rng.nextBoolean() ? 1 : -1);
            long c = rng.nextLong(-10, 11);
            String expr = Draw.affine(a, c);
            var b = new Draw.Builder(this, "transform", "xs",
                    "returns a new list holding " + expr + " for each x of the list xs, in order",
                    "Map each x to " + expr + " and keep the order; an empty list gives an empty list.",
                    "def transform(xs):\n    return [" + a + " * x + (" + c + ") for x in xs]\n");
            for (List<Long> xs : inputs(rng, 0, -20, 20, List.of(), List.of(0L))) {
                var out = new ArrayList<Long>();
                for (long x : xs) out.add(a * x + c);
                b.add(PyLit.ints(xs), PyLit.ints(out));
            }
            return b.build();
        }
    },
    RUNNING(2) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            int op = rng.nextInt(3);
            String what = new String[] {"sum", "largest value", "smallest value"}[op];
            String py = new String[] {"acc + x", "max(acc, x)", "min(acc, x)"}[op];
            var b = new Draw.Builder(this, "running", "xs",
                    "returns a list whose element i is the " + what + " of xs[0], ..., xs[i] (the running " + what + ")",
                    "Walk the list once, carrying the " + what + " so far, and append it after each element.",
                    "def running(xs):\n    out = []\n    for i, x in enumerate(xs):\n        acc = x if i == 0 else "
                            + py + "\n        out.append(acc)\n    return out\n");
            for (List<Long> xs : inputs(rng, 0, -20, 20, List.of(), List.of(7L))) {
                var out = new ArrayList<Long>();
                long acc = 0;
                for (int i = 0; i < xs.size(); i++) {
                    long x = xs.get(i);
                    acc = i == 0 ? x : op == 0 ? acc + x : op == 1 ? Math.max(acc, x) : Math.min(acc, x);
                    out.add(acc);
                }
                b.add(PyLit.ints(xs), PyLit.ints(out));
            }
            return b.build();
        }
    },
    DISTINCT(2) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            boolean singletons = rng.nextBoolean();
            var b = singletons
                    ? new Draw.Builder(this, "distinct", "xs",
                            "returns the values that occur exactly once in the list xs, in the order they appear",
                            "Count every value first, then keep the elements whose count is 1, in order.",
                            "def distinct(xs):\n    counts = {}\n    for x in xs:\n        counts[x] = counts.get(x, 0) + 1\n"
                                    + "    return [x for x in xs if counts[x] == 1]\n")
                    : new Draw.Builder(this, "distinct", "xs",
                            "returns the list xs without repeated values, keeping the first occurrence of each, in order",
                            "Walk the list with a set of values seen and keep an element only the first time it appears.",
                            "def distinct(xs):\n    seen = set()\n    out = []\n    for x in xs:\n        if x not in seen:\n"
                                    + "            seen.add(x)\n            out.append(x)\n    return out\n");
            for (List<Long> xs : inputs(rng, 0, 0, 5, List.of(), List.of(4L, 4L, 4L))) {
                var counts = new HashMap<Long, Integer>();
                for (long x : xs) counts.merge(x, 1, Integer::sum);
                List<Long> out = singletons
                        ? xs.stream().filter(x -> counts.get(x) == 1).toList()
                        : new ArrayList<>(new LinkedHashSet<>(xs));
                b.add(PyLit.ints(xs), PyLit.ints(out));
            }
            return b.build();
        }
    },
    ROTATE(2) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            int k = rng.nextInt(1, 10);
            var b = new Draw.Builder(this, "rotate", "xs",
                    "returns the list xs rotated left by " + k + " positions (the first element moves to the end "
                            + k + " times; an empty list stays empty)",
                    "Rotating by the length changes nothing, so rotate by " + k + " modulo the length and join the two slices.",
                    "def rotate(xs):\n    if not xs:\n        return []\n    k = " + k + " % len(xs)\n    return xs[k:] + xs[:k]\n");
            for (List<Long> xs : inputs(rng, 0, 0, 9, List.of(), List.of(5L), List.of(1L, 2L, 3L))) {
                var out = new ArrayList<Long>();
                for (int i = 0; i < xs.size(); i++) out.add(xs.get((i + k) % xs.size()));
                b.add(PyLit.ints(xs), PyLit.ints(out));
            }
            return b.build();
        }
    },
    COUNT_PAIRS(2) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            long t = rng.nextLong(0, 11);
            var b = new Draw.Builder(this, "count_pairs", "xs",
                    "returns the number of index pairs i < j with xs[i] + xs[j] == " + t,
                    "Check every pair of positions i < j once and count those whose values add up to " + t + ".",
                    "def count_pairs(xs):\n    n = 0\n    for i in range(len(xs)):\n        for j in range(i + 1, len(xs)):\n"
                            + "            if xs[i] + xs[j] == " + t + ":\n                n += 1\n    return n\n");
            for (List<Long> xs : inputs(rng, 0, -5, 10, List.of(), List.of(t), List.of(t, 0L, 0L))) {
                long n = 0;
                for (int i = 0; i < xs.size(); i++) {
                    for (int j = i + 1; j < xs.size(); j++) if (xs.get(i) + xs.get(j) == t) n++;
                }
                b.add(PyLit.ints(xs), PyLit.of(n));
            }
            return b.build();
        }
    },
    LONGEST_RUN(3) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            boolean up = rng.nextBoolean();
            String dir = up ? "increasing" : "decreasing";
            String cmp = up ? ">" : "<";
            var b = new Draw.Builder(this, "longest_run", "xs",
                    "returns the length of the longest run of consecutive elements of xs that is strictly " + dir
                            + " (0 for an empty list, 1 when no two neighbours are " + dir + ")",
                    "Scan once: extend the current run while each element is " + cmp + " the one before, else restart it at 1; keep the best.",
                    "def longest_run(xs):\n    best = 0\n    cur = 0\n    for i, x in enumerate(xs):\n        if i > 0 and x "
                            + cmp + " xs[i - 1]:\n            cur += 1\n        else:\n            cur = 1\n        best = max(best, cur)\n    return best\n");
            for (List<Long> xs : inputs(rng, 0, 0, 9, List.of(), List.of(3L, 3L, 3L), List.of(1L, 2L, 3L, 2L, 1L))) {
                long best = 0;
                long cur = 0;
                for (int i = 0; i < xs.size(); i++) {
                    boolean extends_ = i > 0 && (up ? xs.get(i) > xs.get(i - 1) : xs.get(i) < xs.get(i - 1));
                    cur = extends_ ? cur + 1 : 1;
                    best = Math.max(best, cur);
                }
                b.add(PyLit.ints(xs), PyLit.of(best));
            }
            return b.build();
        }
    },
    MAX_SUBARRAY(3) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            var b = new Draw.Builder(this, "max_subarray", "xs",
                    "returns the largest sum of a non-empty run of consecutive elements of the non-empty list xs",
                    "Kadane's algorithm: the best run ending at each element either extends the previous one or starts anew.",
                    "def max_subarray(xs):\n    best = cur = xs[0]\n    for x in xs[1:]:\n        cur = max(x, cur + x)\n"
                            + "        best = max(best, cur)\n    return best\n");
            for (List<Long> xs : inputs(rng, 1, -10, 10, List.of(-4L), List.of(-3L, -1L, -2L), List.of(2L, -1L, 2L))) {
                long best = Long.MIN_VALUE;
                for (int i = 0; i < xs.size(); i++) {
                    long s = 0;
                    for (int j = i; j < xs.size(); j++) {
                        s += xs.get(j);
                        best = Math.max(best, s);
                    }
                }
                b.add(PyLit.ints(xs), PyLit.of(best));
            }
            return b.build();
        }
    },
    MODE(3) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            boolean smallest = rng.nextBoolean();
            String tie = smallest ? "smallest" : "largest";
            var b = new Draw.Builder(this, "mode", "xs",
                    "returns the most frequent value of the non-empty list xs; when several values are equally frequent, the "
                            + tie + " of them",
                    "Count each value, then pick the highest count, breaking ties by the " + tie + " value.",
                    "def mode(xs):\n    counts = {}\n    for x in xs:\n        counts[x] = counts.get(x, 0) + 1\n"
                            + "    return min(counts, key=lambda v: (-counts[v], "
                            + (smallest ? "v" : "-v") + "))\n");
            for (List<Long> xs : inputs(rng, 1, 0, 6, List.of(5L), List.of(2L, 1L, 2L, 1L), List.of(3L, 9L))) {
                var counts = new HashMap<Long, Integer>();
                for (long x : xs) counts.merge(x, 1, Integer::sum);
                long bestValue = 0;
                int bestCount = -1;
                for (var e : counts.entrySet()) {
                    boolean better = e.getValue() > bestCount || e.getValue() == bestCount
                            && (smallest ? e.getKey() < bestValue : e.getKey() > bestValue);
                    if (better) {
                        bestValue = e.getKey();
                        bestCount = e.getValue();
                    }
                }
                b.add(PyLit.ints(xs), PyLit.of(bestValue));
            }
            return b.build();
        }
    },
    BEST_WINDOW(3) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            int k = rng.nextInt(2, 5);
            var b = new Draw.Builder(this, "best_window", "xs",
                    "returns the largest sum of " + k + " consecutive elements of the list xs (it has at least " + k + " elements)",
                    "Slide a window of " + k + " elements: add the element entering, subtract the one leaving, keep the best sum.",
                    "def best_window(xs):\n    cur = sum(xs[:" + k + "])\n    best = cur\n    for i in range(" + k + ", len(xs)):\n"
                            + "        cur += xs[i] - xs[i - " + k + "]\n        best = max(best, cur)\n    return best\n");
            var exact = new ArrayList<Long>();
            for (int i = 0; i < k; i++) exact.add(-1L - i);
            for (List<Long> xs : inputs(rng, k, -10, 10, exact)) {
                long best = Long.MIN_VALUE;
                for (int i = 0; i + k <= xs.size(); i++) {
                    long s = 0;
                    for (int j = i; j < i + k; j++) s += xs.get(j);
                    best = Math.max(best, s);
                }
                b.add(PyLit.ints(xs), PyLit.of(best));
            }
            return b.build();
        }
    };

    private final int level;

    ListFunctions(int level) {
        this.level = level;
    }

    @Override
    public int level() {
        return level;
    }

    /** Four random lists of {@code minLen..minLen+7} values in {@code [lo, hi]} first (the first is shown as the example), then the edge cases. */
    @SafeVarargs
    static List<List<Long>> inputs(SplittableRandom rng, int minLen, long lo, long hi, List<Long>... edges) {
        var all = new ArrayList<List<Long>>();
        for (int i = 0; i < 4; i++) all.add(Draw.ints(rng, Math.max(minLen, 3), Math.max(minLen, 3) + 5, lo, hi));
        all.addAll(List.of(edges));
        return all;
    }
}
