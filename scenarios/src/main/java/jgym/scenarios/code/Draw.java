package jgym.scenarios.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/** Random test inputs and the builder the function templates share. */
final class Draw {
    private Draw() {}

    /** A list of {@code minLen..maxLen} integers, each in {@code [lo, hi]}. */
    static List<Long> ints(SplittableRandom rng, int minLen, int maxLen, long lo, long hi) {
        int n = rng.nextInt(minLen, maxLen + 1);
        var xs = new ArrayList<Long>(n);
        for (int i = 0; i < n; i++) xs.add(rng.nextLong(lo, hi + 1));
        return xs;
    }

    /** A string of {@code minLen..maxLen} characters drawn from {@code alphabet}. */
    static String text(SplittableRandom rng, int minLen, int maxLen, String alphabet) {
        int n = rng.nextInt(minLen, maxLen + 1);
        var b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.append(alphabet.charAt(rng.nextInt(alphabet.length())));
        return b.toString();
    }

    /** {@code a*x + b} as a person writes it: {@code 3*x - 4}, {@code -x + 2}, {@code 2*x}. */
    static String affine(long a, long b) {
        String ax = a == 1 ? "x" : a == -1 ? "-x" : a + "*x";
        if (b == 0) return ax;
        return ax + (b > 0 ? " + " + b : " - " + (-b));
    }

    /** Collects the parts of a {@link FunctionProblem}. */
    /** {@code n} words of 1-6 letters from a-e (a small alphabet, so first letters and words repeat). */
    static List<String> words(SplittableRandom rng, int n) {
        var out = new ArrayList<String>(n);
        for (int i = 0; i < n; i++) out.add(text(rng, 1, 6, "abcde"));
        return out;
    }

    static final class Builder {
        private final String template;
        private final String name;
        private final String params;
        private final String description;
        private final String plan;
        private final String reference;
        private final List<FunctionProblem.Case> cases = new ArrayList<>();

        Builder(FunctionTemplate template, String name, String params, String description, String plan, String reference) {
            this.template = template.name();
            this.name = Objects.requireNonNull(name);
            this.params = Objects.requireNonNull(params);
            this.description = Objects.requireNonNull(description);
            this.plan = Objects.requireNonNull(plan);
            this.reference = Objects.requireNonNull(reference);
        }

        Builder add(String args, String expected) {
            cases.add(new FunctionProblem.Case(args, expected));
            return this;
        }

        FunctionProblem build() {
            return new FunctionProblem(template, name, params, description, plan, reference, cases);
        }
    }
}
