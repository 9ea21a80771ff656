package jgym.rewards;

import com.huaban.analysis.jieba.JiebaSegmenter;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese words as Python's {@code jieba.cut(text)} finds them (accurate mode with the HMM for unknown words), through
 * the Java port of jieba. Its dictionary takes about three seconds to load, so it loads on first use only.
 *
 * <p>Work is bounded by the words asked for: the text is segmented in pieces of about {@value #PIECE} characters, each
 * cut just before whitespace or Chinese punctuation, where jieba itself starts a new block (so the words are the same
 * as for the whole text), and segmenting stops once enough words are found. A run of {@value #LONGEST} characters
 * without such a break is cut there (only hostile text has one).
 */
final class Jieba {
    static final int PIECE = 4096, LONGEST = 65_536;
    private static final String BREAKS = "，。！？；：、";

    private Jieba() {}

    private static final class Holder {
        static final JiebaSegmenter SEGMENTER = new JiebaSegmenter();
    }

    /** The first {@code max} words of {@code text}. */
    static String[] words(String text, int max) {
        var out = new ArrayList<String>();
        for (int from = 0; from < text.length() && out.size() < max; ) {
            int to = pieceEnd(text, from);
            List<String> words = Holder.SEGMENTER.sentenceProcess(text.substring(from, to));
            out.addAll(words.subList(0, Math.min(words.size(), max - out.size())));
            from = to;
        }
        return out.toArray(new String[0]);
    }

    /** Where the piece that starts at {@code from} ends: before the first break at or after PIECE characters. */
    static int pieceEnd(String text, int from) {
        int soft = from + PIECE, hard = (int) Math.min(text.length(), (long) from + LONGEST);
        if (soft >= text.length()) return text.length();
        for (int i = soft; i < hard; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || BREAKS.indexOf(c) >= 0) return i;
        }
        return hard;
    }
}
