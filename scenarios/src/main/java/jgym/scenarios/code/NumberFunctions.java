package jgym.scenarios.code;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Function templates over integers. Expected values are computed here in Java, from the specification; the Python
 * reference is an independent implementation that the tests check against them.
 */
public enum NumberFunctions implements FunctionTemplate {
    DIGIT_SUM(1) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            var b = new Draw.Builder(this, "digit_sum", "n",
                    "returns the sum of the decimal digits of the non-negative integer n",
                    "Add n % 10 and divide n by 10 until n is 0; 0 has digit sum 0.",
                    "def digit_sum(n):\n    return sum(int(d) for d in str(n))\n");
            for (long n : inputs(rng, 10, 1_000_000, 0, 7, 10, 999_999_999_999L)) b.add(PyLit.of(n), PyLit.of(digitSum(n, 10)));
            return b.build();
        }
    },
    CLAMP(1) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            long lo = rng.nextLong(-10, 1);
            long hi = rng.nextLong(1, 21);
            var b = new Draw.Builder(this, "clamp", "x",
                    "returns x limited to the range [" + lo + ", " + hi + "]: " + lo + " if x is below it, " + hi
                            + " if x is above it, else x itself",
                    "Compare x with both ends of the range; the ends themselves are inside it.",
                    "def clamp(x):\n    return max(" + lo + ", min(" + hi + ", x))\n");
            for (long x : inputs(rng, -30, 40, lo, hi, lo - 1, hi + 1)) b.add(PyLit.of(x), PyLit.of(Math.max(lo, Math.min(hi, x))));
            return b.build();
        }
    },
    DIGIT_SUM_BASE(2) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            int base = rng.nextInt(2, 10);
            var b = new Draw.Builder(this, "digit_sum", "n",
                    "returns the sum of the digits of the non-negative integer n written in base " + base,
                    "Add n % " + base + " and divide n by " + base + " (integer division) until n is 0.",
                    "def digit_sum(n):\n    s = 0\n    while n > 0:\n        s += n % " + base + "\n        n //= " + base
                            + "\n    return s\n");
            for (long n : inputs(rng, 10, 100_000, 0, 1, base, base - 1)) b.add(PyLit.of(n), PyLit.of(digitSum(n, base)));
            return b.build();
        }
    },
    COLLATZ(2) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            var b = new Draw.Builder(this, "steps", "n",
                    "returns how many steps it takes the positive integer n to reach 1, where each step halves an even n "
                            + "and turns an odd n into 3*n + 1 (n = 1 takes 0 steps)",
                    "Loop until n is 1, applying the rule and counting steps.",
                    "def steps(n):\n    count = 0\n    while n != 1:\n        n = n // 2 if n % 2 == 0 else 3 * n + 1\n"
                            + "        count += 1\n    return count\n");
            // every start below 2^60 is known to reach 1 (Barina 2020); these need at most a few hundred steps
            for (long n : inputs(rng, 2, 10_000, 1, 2, 27)) b.add(PyLit.of(n), PyLit.of(collatz(n, 3, 10_000)));
            return b.build();
        }
    },
    TO_BASE(2) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            int base = rng.nextInt(2, 10);
            var b = new Draw.Builder(this, "to_base", "n",
                    "returns the non-negative integer n written in base " + base + " as a string of digits, with no "
                            + "leading zeros ('0' for 0)",
                    "Collect n % " + base + " as the next digit from the right and divide by " + base + " until n is 0.",
                    "def to_base(n):\n    if n == 0:\n        return '0'\n    digits = ''\n    while n > 0:\n"
                            + "        digits = str(n % " + base + ") + digits\n        n //= " + base + "\n    return digits\n");
            for (long n : inputs(rng, 2, 5000, 0, 1, base, base * base - 1)) b.add(PyLit.of(n), PyLit.of(Long.toString(n, base)));
            return b.build();
        }
    },
    PRIMES_BELOW(3) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            var b = new Draw.Builder(this, "primes_below", "n",
                    "returns the list of prime numbers smaller than n, in increasing order (n >= 0)",
                    "Test each k from 2 to n - 1 for a divisor up to its square root, or sieve.",
                    "def primes_below(n):\n    out = []\n    for k in range(2, n):\n"
                            + "        if all(k % d for d in range(2, int(k ** 0.5) + 1)):\n            out.append(k)\n    return out\n");
            for (long n : inputs(rng, 10, 120, 0, 2, 3, 4)) {
                var out = new ArrayList<Long>();
                for (long k = 2; k < n; k++) if (isPrime(k)) out.add(k);
                b.add(PyLit.of(n), PyLit.ints(out));
            }
            return b.build();
        }
    },
    LCM_ALL(3) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            var b = new Draw.Builder(this, "lcm_all", "xs",
                    "returns the least common multiple of the positive integers in the non-empty list xs",
                    "Fold the list with lcm(a, b) = a * b // gcd(a, b), computing gcd by Euclid's algorithm.",
                    "def lcm_all(xs):\n    def gcd(a, b):\n        while b:\n            a, b = b, a % b\n        return a\n"
                            + "    out = 1\n    for x in xs:\n        out = out * x // gcd(out, x)\n    return out\n");
            var cases = new ArrayList<List<Long>>();
            for (int i = 0; i < 4; i++) cases.add(Draw.ints(rng, 2, 5, 1, 12));
            cases.addAll(List.of(List.of(7L), List.of(1L, 1L), List.of(4L, 6L)));
            for (List<Long> xs : cases) {
                long l = 1;
                for (long x : xs) l = l / gcd(l, x) * x;
                b.add(PyLit.ints(xs), PyLit.of(l));
            }
            return b.build();
        }
    };

    private final int level;

    NumberFunctions(int level) {
        this.level = level;
    }

    @Override
    public int level() {
        return level;
    }

    /** Four random integers in {@code [lo, hi]} first (the first is shown as the example), then the edge cases. */
    static List<Long> inputs(SplittableRandom rng, long lo, long hi, long... edges) {
        var all = new ArrayList<Long>();
        for (int i = 0; i < 4; i++) all.add(rng.nextLong(lo, hi + 1));
        for (long e : edges) all.add(e);
        return all;
    }

    static long digitSum(long n, int base) {
        long s = 0;
        for (long m = n; m > 0; m /= base) s += m % base;
        return s;
    }

    /** Steps from {@code n} to 1 under n/2 or odd*n+1, or -1 if it takes more than {@code cap} steps. */
    static long collatz(long n, long odd, int cap) {
        long steps = 0;
        while (n != 1) {
            if (steps++ >= cap || n > Long.MAX_VALUE / 8) return -1;
            n = n % 2 == 0 ? n / 2 : odd * n + 1;
        }
        return steps;
    }

    static boolean isPrime(long k) {
        if (k < 2) return false;
        for (long d = 2; d * d <= k; d++) if (k % d == 0) return false;
        return true;
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
