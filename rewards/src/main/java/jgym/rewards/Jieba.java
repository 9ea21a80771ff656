package jgym.rewards;

import com.huaban.analysis.jieba.JiebaSegmenter;
import java.util.List;

/**
 * Chinese words as Python's {@code jieba.cut(text)} finds them (accurate mode with the HMM for unknown words), through
 * the Java port of jieba. Its dictionary takes about three seconds to load, so it loads on first use only.
 */
final class Jieba {
    private Jieba() {}

    private static final class Holder {
        static final JiebaSegmenter SEGMENTER = new JiebaSegmenter();
    }

    /** The first {@code max} words of {@code text}. */
    static String[] words(String text, int max) {
        if (text.isEmpty()) return new String[0];
        List<String> words = Holder.SEGMENTER.sentenceProcess(text);
        return words.subList(0, Math.min(max, words.size())).toArray(new String[0]);
    }
}
