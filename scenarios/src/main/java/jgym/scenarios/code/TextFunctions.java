package jgym.scenarios.code;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Function templates over strings. Expected values are computed here in Java, from the specification; the Python
 * reference is an independent implementation that the tests check against them. Inputs are ASCII.
 */
public enum TextFunctions implements FunctionTemplate {
    COUNT_CHAR(1) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            char c = "abcde".charAt(rng.nextInt(5));
            var b = new Draw.Builder(this, "count_char", "s",
                    "returns how many times the letter '" + c + "' occurs in the string s (lower case only)",
                    "Walk the string and count the characters equal to '" + c + "'; 'A' and 'a' differ.",
                    "def count_char(s):\n    return s.count('" + c + "')\n");
            for (String s : inputs(rng, "abcdeABCDE ", "", String.valueOf(c), String.valueOf(Character.toUpperCase(c)))) {
                b.add(PyLit.of(s), PyLit.of(s.chars().filter(ch -> ch == c).count()));
            }
            return b.build();
        }
    },
    STRETCH(1) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            int k = rng.nextInt(2, 5);
            var b = new Draw.Builder(this, "stretch", "s",
                    "returns the string s with every character repeated " + k + " times in place ('ab' becomes '"
                            + "a".repeat(k) + "b".repeat(k) + "')",
                    "Build the result character by character, writing each one " + k + " times.",
                    "def stretch(s):\n    return ''.join(ch * " + k + " for ch in s)\n");
            for (String s : inputs(rng, "xyz -!", "", " ")) {
                var out = new StringBuilder();
                for (char ch : s.toCharArray()) out.append(String.valueOf(ch).repeat(k));
                b.add(PyLit.of(s), PyLit.of(out.toString()));
            }
            return b.build();
        }
    },
    CAESAR(2) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            int k = rng.nextInt(1, 26);
            var b = new Draw.Builder(this, "shift", "s",
                    "returns s with every lower-case letter a-z moved " + k + " places forward in the alphabet, wrapping "
                            + "from z to a; all other characters stay as they are",
                    "For a letter, take its position 0-25, add " + k + " modulo 26 and turn it back into a letter.",
                    "def shift(s):\n    out = []\n    for ch in s:\n        if 'a' <= ch <= 'z':\n"
                            + "            out.append(chr((ord(ch) - 97 + " + k + ") % 26 + 97))\n        else:\n"
                            + "            out.append(ch)\n    return ''.join(out)\n");
            for (String s : inputs(rng, "abcxyzmno Q!", "", "z", "Hello, World!")) {
                var out = new StringBuilder();
                for (char ch : s.toCharArray()) out.append(ch >= 'a' && ch <= 'z' ? (char) ((ch - 'a' + k) % 26 + 'a') : ch);
                b.add(PyLit.of(s), PyLit.of(out.toString()));
            }
            return b.build();
        }
    },
    WORD_LENGTHS(2) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            int m = rng.nextInt(1, 4);
            var b = new Draw.Builder(this, "word_lengths", "s",
                    "returns the lengths of the words of s that have at least " + m + " characters, in order, where words "
                            + "are separated by one or more spaces",
                    "Split on runs of spaces (ignoring leading and trailing ones), measure each word and keep lengths >= " + m + ".",
                    "def word_lengths(s):\n    return [len(w) for w in s.split() if len(w) >= " + m + "]\n");
            for (String s : inputs(rng, "ab  cde ", "", "   ", " a bb ccc ")) {
                var out = new ArrayList<Long>();
                for (String w : s.split(" ")) if (!w.isEmpty() && w.length() >= m) out.add((long) w.length());
                b.add(PyLit.of(s), PyLit.ints(out));
            }
            return b.build();
        }
    },
    RUN_LENGTH(3) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            boolean pairs = rng.nextBoolean();
            var b = pairs
                    ? new Draw.Builder(this, "run_length", "s",
                            "returns the run-length encoding of s as a list of (character, count) tuples, one per run of "
                                    + "equal characters ('aab' gives [('a', 2), ('b', 1)])",
                            "Walk the string; extend the last run when the character repeats, else start a new run of 1.",
                            "def run_length(s):\n    out = []\n    for ch in s:\n        if out and out[-1][0] == ch:\n"
                                    + "            out[-1] = (ch, out[-1][1] + 1)\n        else:\n            out.append((ch, 1))\n    return out\n")
                    : new Draw.Builder(this, "run_length", "s",
                            "returns the run-length encoding of s as a string: each run of equal characters becomes the "
                                    + "character followed by the run's length ('aab' gives 'a2b1')",
                            "Walk the string counting equal neighbours; at the end of each run write the character and its count.",
                            "def run_length(s):\n    out = []\n    i = 0\n    while i < len(s):\n        j = i\n"
                                    + "        while j < len(s) and s[j] == s[i]:\n            j += 1\n"
                                    + "        out.append(s[i] + str(j - i))\n        i = j\n    return ''.join(out)\n");
            for (String s : inputs(rng, "aab", "", "q", "zzzzzzzzzzzz")) {
                var runs = new ArrayList<String>();
                var text = new StringBuilder();
                for (int i = 0; i < s.length(); ) {
                    int j = i;
                    while (j < s.length() && s.charAt(j) == s.charAt(i)) j++;
                    runs.add(PyLit.tuple(PyLit.of(String.valueOf(s.charAt(i))), PyLit.of(j - i)));
                    text.append(s.charAt(i)).append(j - i);
                    i = j;
                }
                b.add(PyLit.of(s), pairs ? PyLit.list(runs) : PyLit.of(text.toString()));
            }
            return b.build();
        }
    },
    BALANCED(3) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            var b = new Draw.Builder(this, "balanced", "s",
                    "returns True if the brackets (), [] and {} in s are balanced and properly nested, else False; "
                            + "other characters are ignored",
                    "Push each opening bracket on a stack; a closing bracket must match the top, and the stack must end empty.",
                    "def balanced(s):\n    pairs = {')': '(', ']': '[', '}': '{'}\n    stack = []\n    for ch in s:\n"
                            + "        if ch in '([{':\n            stack.append(ch)\n        elif ch in pairs:\n"
                            + "            if not stack or stack.pop() != pairs[ch]:\n                return False\n"
                            + "    return not stack\n");
            var cases = new ArrayList<String>();
            for (int i = 0; i < 4; i++) {
                String s = nested(rng, rng.nextInt(1, 4));
                if (i % 2 == 1) s = breakOne(rng, s);
                cases.add(s);
            }
            cases.addAll(List.of("", "a(b)c", "([)]", "((", "}{"));
            for (String s : cases) b.add(PyLit.of(s), PyLit.of(isBalanced(s)));
            return b.build();
        }
    },
    PALINDROME(3) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            var b = new Draw.Builder(this, "is_palindrome", "s",
                    "returns True if s reads the same forwards and backwards when only its letters a-z and A-Z are kept "
                            + "and case is ignored, else False",
                    "Keep the letters, lower-case them, and compare the result with its reverse.",
                    "def is_palindrome(s):\n    t = [ch.lower() for ch in s if ch.isascii() and ch.isalpha()]\n    return t == t[::-1]\n");
            var cases = new ArrayList<String>();
            for (int i = 0; i < 4; i++) {
                String half = Draw.text(rng, 2, 5, "abcAB");
                String s = half + (rng.nextBoolean() ? "x, " : " ") + new StringBuilder(half).reverse();
                if (i % 2 == 1) s = s + "q";
                cases.add(flipCase(rng, s));
            }
            cases.addAll(List.of("", "!?", "Ab,a", "ab"));
            for (String s : cases) {
                String t = s.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
                b.add(PyLit.of(s), PyLit.of(t.equals(new StringBuilder(t).reverse().toString())));
            }
            return b.build();
        }
    };

    private final int level;

    TextFunctions(int level) {
        this.level = level;
    }

    @Override
    public int level() {
        return level;
    }

    /** Four random strings over {@code alphabet} first (the first is shown as the example), then the edge cases. */
    static List<String> inputs(SplittableRandom rng, String alphabet, String... edges) {
        var all = new ArrayList<String>();
        for (int i = 0; i < 4; i++) all.add(Draw.text(rng, 3, 12, alphabet));
        all.addAll(List.of(edges));
        return all;
    }

    /** A balanced bracket string of {@code depth} levels with letters between. */
    static String nested(SplittableRandom rng, int depth) {
        if (depth == 0) return Draw.text(rng, 0, 2, "xy");
        String[] open = {"(", "[", "{"};
        String[] close = {")", "]", "}"};
        int k = rng.nextInt(3);
        String inner = open[k] + nested(rng, depth - 1) + close[k];
        return rng.nextBoolean() ? inner + nested(rng, depth - 1) : inner;
    }

    /** {@code s} with one bracket removed, so it no longer balances. */
    static String breakOne(SplittableRandom rng, String s) {
        var at = new ArrayList<Integer>();
        for (int i = 0; i < s.length(); i++) if ("()[]{}".indexOf(s.charAt(i)) >= 0) at.add(i);
        int i = at.get(rng.nextInt(at.size()));
        return s.substring(0, i) + s.substring(i + 1);
    }

    static boolean isBalanced(String s) {
        var stack = new ArrayDeque<Character>();
        for (char ch : s.toCharArray()) {
            int open = "([{".indexOf(ch);
            int close = ")]}".indexOf(ch);
            if (open >= 0) stack.push(ch);
            if (close >= 0 && (stack.isEmpty() || stack.pop() != "([{".charAt(close))) return false;
        }
        return stack.isEmpty();
    }

    private static String flipCase(SplittableRandom rng, String s) {
        var b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) b.append(rng.nextBoolean() ? Character.toUpperCase(ch) : ch);
        return b.toString();
    }
}
