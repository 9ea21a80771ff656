package jgym.rewards;

import java.util.HashSet;
import java.util.Locale;
import jgym.env.Reward;
import jgym.env.Score;
import jgym.env.Task;

/**
 * open-r1's n-gram repetition penalty: {@code (1 - distinct / total) * maxPenalty} over the word n-grams of the
 * lower-cased completion, a value in [maxPenalty, 0].
 *
 * <p>Words are as open-r1 splits them ({@link Words}): for English the lower-cased completion's Python
 * {@code str.split()} tokens, for Chinese jieba's accurate-mode segmentation ({@code jieba.cut}). A completion with fewer
 * than {@code n} words scores 0, as in open-r1. To bound the work on hostile input only the first {@code maxWords} words
 * are read.
 *
 * @param n          the n-gram size, >= 1 (open-r1 uses 3)
 * @param maxPenalty the value of a completion made of one repeated n-gram in the limit, <= 0 (open-r1 uses -1)
 * @param maxWords   the most words read, >= n
 * @param words      how the completion is split into words
 */
public record RepetitionPenalty(int n, double maxPenalty, int maxWords, Words words) implements Reward {
    /** How words are found, as open-r1's {@code language} argument chooses. */
    public enum Words {
        /** open-r1's {@code "en"}: {@code text.lower().split()}. */
        WHITESPACE,
        /** open-r1's {@code "zh"}: {@code list(jieba.cut(text))}, no lower-casing; spaces and punctuation are tokens too. */
        JIEBA
    }

    public RepetitionPenalty {
        if (n < 1) throw new IllegalArgumentException("n must be >= 1, got " + n);
        java.util.Objects.requireNonNull(words, "words");
        if (!(maxPenalty <= 0) || !Double.isFinite(maxPenalty)) throw new IllegalArgumentException("maxPenalty must be finite and <= 0, got " + maxPenalty);
        if (maxWords < n) throw new IllegalArgumentException("maxWords must be >= n=" + n + ", got " + maxWords);
    }

    /** English words ({@link Words#WHITESPACE}). */
    public RepetitionPenalty(int n, double maxPenalty, int maxWords) {
        this(n, maxPenalty, maxWords, Words.WHITESPACE);
    }

    /** open-r1's defaults: trigrams, penalty down to -1, reading at most 100,000 words. */
    public RepetitionPenalty() {
        this(3, -1.0, 100_000);
    }

    /** open-r1's defaults for Chinese ({@code language="zh"}): trigrams of jieba's words, penalty down to -1. */
    public static RepetitionPenalty chinese() {
        return new RepetitionPenalty(3, -1.0, 100_000, Words.JIEBA);
    }

    @Override
    public Score score(Task task, String completion) {
        String[] words = this.words == Words.JIEBA ? Jieba.words(completion, maxWords) : words(completion.toLowerCase(Locale.ROOT));
        if (words.length < n) return Score.of(0.0, words.length + " words, fewer than n=" + n + ": no penalty");
        int total = words.length - n + 1;
        var distinct = new HashSet<NGram>(total * 2);
        for (int i = 0; i < total; i++) distinct.add(new NGram(words, i, n));
        double scaling = 1.0 - (double) distinct.size() / total;
        return Score.of(scaling * maxPenalty, distinct.size() + " distinct of " + total + " " + n + "-grams: (1 - "
                + distinct.size() + "/" + total + ") * " + maxPenalty);
    }

    private String[] words(String s) {
        var out = new java.util.ArrayList<String>();
        int i = 0;
        while (i < s.length() && out.size() < maxWords) {
            while (i < s.length() && PythonWhitespace.isSpace(s.charAt(i))) i++;
            int start = i;
            while (i < s.length() && !PythonWhitespace.isSpace(s.charAt(i))) i++;
            if (i > start) out.add(s.substring(start, i));
        }
        return out.toArray(new String[0]);
    }

    /** A view of {@code n} consecutive words, compared by content. */
    private static final class NGram {
        private final String[] words;
        private final int from;
        private final int n;
        private final int hash;

        NGram(String[] words, int from, int n) {
            this.words = words;
            this.from = from;
            this.n = n;
            int h = 1;
            for (int k = 0; k < n; k++) h = 31 * h + words[from + k].hashCode();
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof NGram g) || g.hash != hash) return false;
            for (int k = 0; k < n; k++) {
                if (!words[from + k].equals(g.words[g.from + k])) return false;
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
