package jgym.env;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Suggestions for a mistyped name (a scenario, a command, a benchmark): the known names within a small edit distance
 * of it (or of their last {@code /} part), or that contain it, closest first. One rule for every "did you mean".
 */
public final class DidYouMean {
    private DidYouMean() {}

    /** At most three of {@code known} near {@code name}: edit distance at most max(2, length/3), or containing it. */
    public static List<String> near(String name, Collection<String> known) {
        record Near(String name, int distance) {}
        var near = new ArrayList<Near>();
        for (String k : known) {
            int d = Math.min(editDistance(name, k), editDistance(name, tail(k)));
            if (d <= Math.max(2, name.length() / 3) || k.contains(name)) near.add(new Near(k, d));
        }
        near.sort(Comparator.comparingInt(Near::distance).thenComparing(Near::name));
        return near.stream().limit(3).map(Near::name).toList();
    }

    /** {@code "; did you mean a or b?"} for the suggestions, or empty when there are none. */
    public static String clause(List<String> suggestions) {
        return suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?";
    }

    /** {@link #clause} of {@link #near}. */
    public static String clause(String name, Collection<String> known) {
        return clause(near(name, known));
    }

    private static String tail(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** The Levenshtein distance between {@code a} and {@code b}: the fewest single-character edits from one to the other. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
