package jgym.scenarios.math;

/** Writing algebraic terms the way a textbook does: {@code 3x - 7}, {@code -x}, {@code + 5}, {@code (-3)}. */
final class Terms {
    private Terms() {}

    /** {@code a*v + b} written compactly: {@code 3x + 7}, {@code -x - 2}, {@code 4x}, or just {@code b} when a is 0. */
    static String linear(long a, char v, long b) {
        if (a == 0) return Long.toString(b);
        String head = a == 1 ? String.valueOf(v) : a == -1 ? "-" + v : a + String.valueOf(v);
        return b == 0 ? head : head + signed(b);
    }

    /** {@code " + 5"} or {@code " - 5"}; empty for 0. */
    static String signed(long b) {
        if (b == 0) return "";
        return b > 0 ? " + " + b : " - " + (-b);
    }

    /** {@code " + 3x"} or {@code " - 3x"} (coefficient 1 written as {@code x}); empty for 0. */
    static String signedTerm(long a, char v) {
        if (a == 0) return "";
        long m = Math.abs(a);
        return (a > 0 ? " + " : " - ") + (m == 1 ? "" : Long.toString(m)) + v;
    }

    /** A number safe to write after an operator: negative numbers in brackets. */
    static String group(long n) {
        return n < 0 ? "(" + n + ")" : Long.toString(n);
    }
}
