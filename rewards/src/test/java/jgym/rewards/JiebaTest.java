package jgym.rewards;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JiebaTest {
    @Test
    void segmentsAsJiebasOwnReadmeShows() {
        // jieba's README, accurate mode: 我/ 来到/ 北京/ 清华大学; new-word discovery by the HMM: 他, 来到, 了, 网易, 杭研, 大厦
        assertArrayEquals(new String[] {"我", "来到", "北京", "清华大学"}, Jieba.words("我来到北京清华大学", 100));
        assertArrayEquals(new String[] {"他", "来到", "了", "网易", "杭研", "大厦"}, Jieba.words("他来到了网易杭研大厦", 100));
        assertArrayEquals(new String[] {"我", "来到"}, Jieba.words("我来到北京清华大学", 2), "at most max words");
        assertEquals(0, Jieba.words("", 10).length);
    }

    @Test
    void theChineseRepetitionPenaltyCountsJiebaTrigrams() {
        String twice = "我来到北京清华大学我来到北京清华大学";
        // 8 words, 6 trigrams of which 4 distinct: (1 - 4/6) * -1
        assertEquals(-1.0 / 3, RepetitionPenalty.chinese().score(null, twice).valueOr(Double.NaN), 1e-12);
        // whitespace splitting sees one word: fewer than 3, no penalty (why open-r1 segments Chinese)
        assertEquals(0.0, new RepetitionPenalty().score(null, twice).valueOr(Double.NaN));
        assertEquals(0.0, RepetitionPenalty.chinese().score(null, "我来到北京清华大学").valueOr(Double.NaN), 1e-12,
                "4 words, 2 distinct trigrams of 2: no repetition");
    }

    @Test
    void piecesGiveTheWordsOfTheWholeText() {
        String text = "他来到了网易杭研大厦，我来到北京清华大学。".repeat(1_000); // 21,000 characters: six pieces
        List<String> whole = new com.huaban.analysis.jieba.JiebaSegmenter().sentenceProcess(text);
        assertEquals(whole, List.of(Jieba.words(text, Integer.MAX_VALUE)));
    }

    @Test
    void aHostileCompletionCostsOnlyTheWordsRead() {
        Jieba.words("预热", 1); // the dictionary loads once, before the clock starts
        String hostile = "哈".repeat(2_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertEquals(1_000, Jieba.words(hostile, 1_000).length));
        assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertEquals(-1.0 * (1 - 1.0 / 998), new RepetitionPenalty(3, -1.0, 1_000, RepetitionPenalty.Words.JIEBA)
                        .score(null, hostile).valueOr(Double.NaN), 1e-12));
    }
}
