package jgym.scenarios.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Function templates that build and transform dictionaries ({@code code/dicts}). Expected values are computed here in
 * Java from the contract; the Python reference is an independent implementation that {@code gym check} runs against them.
 */
public enum DictFunctions implements FunctionTemplate {
    WORD_LENGTHS(1) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            var b = new Draw.Builder(this, "word_lengths", "words",
                    "returns a dictionary that maps each string in the list words to its length",
                    "Loop over the words and set d[w] = len(w); a repeated word keeps one entry.",
                    "def word_lengths(words):\n    return {w: len(w) for w in words}\n");
            for (List<String> words : wordLists(rng)) {
                var d = new TreeMap<String, String>();
                for (String w : words) d.put(PyLit.of(w), PyLit.of(w.length()));
                b.add(PyLit.strings(words), dict(d));
            }
            return b.build();
        }
    },
    INVERT(2) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            var b = new Draw.Builder(this, "invert", "d",
                    "returns a new dictionary that maps each value of the dictionary d (strings to integers, all values"
                            + " distinct) back to its key",
                    "Swap every key and value: out[v] = k for each k, v in d.items().",
                    "def invert(d):\n    return {v: k for k, v in d.items()}\n");
            for (int c = 0; c < 6; c++) {
                int n = c == 5 ? 0 : 1 + rng.nextInt(6);
                var in = new LinkedHashMap<String, String>();
                var out = new TreeMap<String, String>();
                var used = new java.util.HashSet<Long>();
                for (String w : Draw.words(rng, n)) {
                    if (in.containsKey(PyLit.of(w))) continue;
                    long v;
                    do v = rng.nextLong(-20, 50); while (!used.add(v));
                    in.put(PyLit.of(w), PyLit.of(v));
                    out.put(PyLit.of(v), PyLit.of(w));
                }
                b.add(dict(in), dict(out));
            }
            return b.build();
        }
    },
    GROUP_BY_FIRST(3) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            var b = new Draw.Builder(this, "group_by_first", "words",
                    "returns a dictionary that maps each first letter to the list of the words in the list words that"
                            + " start with it, in their order in words (empty strings are skipped)",
                    "For each non-empty word w, append it to the list under w[0], creating the list the first time.",
                    "def group_by_first(words):\n    out = {}\n    for w in words:\n        if w:\n"
                            + "            out.setdefault(w[0], []).append(w)\n    return out\n");
            for (List<String> words : wordLists(rng)) {
                var groups = new TreeMap<String, List<String>>();
                for (String w : words) if (!w.isEmpty()) groups.computeIfAbsent(w.substring(0, 1), k -> new ArrayList<>()).add(w);
                var d = new TreeMap<String, String>();
                for (var e : groups.entrySet()) d.put(PyLit.of(e.getKey()), PyLit.strings(e.getValue()));
                b.add(PyLit.strings(words), dict(d));
            }
            return b.build();
        }
    };

    private final int level;

    DictFunctions(int level) {
        this.level = level;
    }

    @Override
    public int level() {
        return level;
    }

    /** Four random word lists, then an empty list and one with a repeated word and an empty string. */
    static List<List<String>> wordLists(SplittableRandom rng) {
        var all = new ArrayList<List<String>>();
        for (int i = 0; i < 4; i++) all.add(Draw.words(rng, 1 + rng.nextInt(7)));
        all.add(List.of());
        all.add(List.of("ab", "", "ab", "b"));
        return all;
    }

    /** A dict literal from key and value literals: {@code {'a': 1, 'b': 2}}. */
    static String dict(Map<String, String> entries) {
        var j = new StringJoiner(", ", "{", "}");
        for (var e : entries.entrySet()) j.add(e.getKey() + ": " + e.getValue());
        return j.toString();
    }
}
