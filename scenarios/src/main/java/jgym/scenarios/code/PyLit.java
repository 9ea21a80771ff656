package jgym.scenarios.code;

import java.util.List;
import java.util.StringJoiner;

/**
 * Python literals for test values computed in Java: integers, booleans, strings, lists and tuples, written so that
 * Python reads back exactly the value Java holds ({@code repr}-compatible for the cases used here).
 */
public final class PyLit {
    private PyLit() {}

    /** {@code 42}, {@code -7}. */
    public static String of(long v) {
        return Long.toString(v);
    }

    /** {@code True} or {@code False}. */
    public static String of(boolean v) {
        return v ? "True" : "False";
    }

    /**
     * A single-quoted string literal with backslash escapes for quotes, backslashes and control characters; non-ASCII
     * characters are written as {@code \\uXXXX} escapes so the test source stays ASCII.
     */
    public static String of(String s) {
        var b = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('\'').toString();
    }

    /** A list of integers: {@code [1, -2, 3]}. */
    public static String ints(List<Long> xs) {
        var j = new StringJoiner(", ", "[", "]");
        for (long x : xs) j.add(of(x));
        return j.toString();
    }

    /** A list of strings: {@code ['a', 'b']}. */
    public static String strings(List<String> xs) {
        var j = new StringJoiner(", ", "[", "]");
        for (String x : xs) j.add(of(x));
        return j.toString();
    }

    /** A list of literals already written: {@code [(1, 2), (3, 4)]}. */
    public static String list(List<String> literals) {
        var j = new StringJoiner(", ", "[", "]");
        for (String x : literals) j.add(x);
        return j.toString();
    }

    /** A tuple of literals already written; a one-element tuple gets its trailing comma: {@code (1,)}. */
    public static String tuple(String... literals) {
        if (literals.length == 1) return "(" + literals[0] + ",)";
        return "(" + String.join(", ", literals) + ")";
    }
}
