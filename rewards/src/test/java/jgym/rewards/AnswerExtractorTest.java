package jgym.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerExtractorTest {

    private static Extraction.Found found(String completion) {
        return assertInstanceOf(Extraction.Found.class, AnswerExtractor.extract(completion));
    }

    @Test
    void answerTagsComeFirst() {
        var f = found("<think>maybe \\boxed{3}</think>\n<answer> 72 </answer>\n#### 5");
        assertEquals(Extraction.Source.ANSWER_TAG, f.source());
        assertEquals(List.of(" 72 "), f.answers());
    }

    @Test
    void aBoxInsideTheAnswerNarrowsIt() {
        assertEquals(List.of("\\frac{1}{2}"), found("<answer>The answer is $\\boxed{\\frac{1}{2}}$.</answer>").answers());
    }

    @Test
    void hashesInsideTheAnswerNarrowIt() {
        assertEquals(List.of("72"), found("<answer>48 + 24 = 72\n#### 72</answer>").answers());
    }

    @Test
    void boxedHandlesNestedBraces() {
        var f = found("so the result is $\\boxed{\\frac{\\sqrt{3}}{2}}$ and we are done");
        assertEquals(Extraction.Source.BOXED, f.source());
        assertEquals(List.of("\\frac{\\sqrt{3}}{2}"), f.answers());
    }

    @Test
    void hashesTakeTheRestOfTheLine() {
        var f = found("48+24 = 72\n#### 72\n");
        assertEquals(Extraction.Source.HASHES, f.source());
        assertEquals(List.of("72"), f.answers());
    }

    @Test
    void everyAnswerBlockIsReturnedSoTheCallerCanRejectHedges() {
        assertEquals(List.of("3", "72"), found("<answer>3</answer> or <answer>72</answer>").answers());
    }

    @Test
    void missingAnswers() {
        assertInstanceOf(Extraction.Missing.class, AnswerExtractor.extract(""));
        assertInstanceOf(Extraction.Missing.class, AnswerExtractor.extract("the answer is 72"));
        // Truncated mid-answer: the open tag makes the tags authoritative, and none is complete.
        assertInstanceOf(Extraction.Missing.class, AnswerExtractor.extract("<think>x</think><answer>72"));
        assertInstanceOf(Extraction.Missing.class, AnswerExtractor.extract("\\boxed{72"));
    }

    @Test
    void tooManyAnswersIsAGuessList() {
        var many = new StringBuilder();
        for (int i = 0; i <= AnswerExtractor.MAX_ANSWERS; i++) many.append("<answer>").append(i).append("</answer>");
        assertInstanceOf(Extraction.Missing.class, AnswerExtractor.extract(many.toString()));
    }
}
