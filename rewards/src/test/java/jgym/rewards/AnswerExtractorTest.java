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
    void answerTagsComeFirstAndOnlyWhatFollowsTheThinkingCounts() {
        var f = found("<think>maybe \\boxed{3}, wait, the answer is 4</think>\n<answer> 72 </answer>");
        assertEquals(Extraction.Source.ANSWER_TAG, f.source());
        assertEquals(List.of(" 72 "), f.answers());
    }

    @Test
    void everyMarkerAfterTheThinkingIsAnAnswerSoADifferentOneIsAHedge() {
        var f = found("<think>maybe \\boxed{3}</think>\n<answer> 72 </answer>\n#### 5");
        assertEquals(Extraction.Source.ANSWER_TAG, f.source());
        assertEquals(List.of(" 72 ", "5"), f.answers());
        assertEquals(List.of("72", "73"), found("<answer>72</answer> so \\boxed{73}").answers());
        assertEquals(List.of("72", "73"), found("\\boxed{72}\n#### 73").answers());
    }

    @Test
    void statedPhrasesAsChatModelsWriteThem() {
        assertEquals(List.of("72"), phrase("The answer is 72."));
        assertEquals(List.of("72"), phrase("**Answer:** 72"));
        assertEquals(List.of("72"), phrase("Answer: 72"));
        assertEquals(List.of("72"), phrase("Final Answer: The final answer is 72. I hope it is correct."));
        assertEquals(List.of("72"), phrase("The result is 72."));
        assertEquals(List.of("$x^2 + 1$"), phrase("So the final answer is $x^2 + 1$."));
        assertEquals(List.of("3.5 dollars"), phrase("Adding up, the answer is 3.5 dollars. Thanks!"));
        assertEquals(List.of("72"), phrase("Answer:\n\n72\n"));
        assertEquals(List.of("73", "72"), phrase("The answer is 73. Wait, let me re-check: the answer is 72."));
    }

    private static List<String> phrase(String completion) {
        var f = found(completion);
        assertEquals(Extraction.Source.PHRASE, f.source(), completion);
        return f.answers();
    }

    @Test
    void aClosingFormulaIsTheAnswer() {
        for (String c : List.of("\\[ 9 \\]", "$$9$$", "so we get $9$.", "\\(9\\)")) {
            var f = found(c);
            assertEquals(Extraction.Source.FORMULA, f.source(), c);
            assertEquals(List.of("9"), f.answers(), c);
        }
    }

    @Test
    void theLastLineIsABareAnswerAndItsLastNumberWithItsWordsTheFallback() {
        var f = found("She sold 48 in April and 24 in May.\nSo 72 thousand in all. Hope this helps!");
        assertEquals(Extraction.Source.LAST_LINE, f.source());
        assertEquals(List.of("So 72 thousand in all. Hope this helps!"), f.answers());
        // the number word stays (72 thousand is not 72); a closing phrase of place or time goes
        assertEquals("72 thousand", f.fallback());
        assertEquals("72 clips altogether", found("So:\n72 clips altogether in April and May.").fallback());
        assertEquals(null, found("So:\n72 clips or 73 in May.").fallback()); // 73 closes a choice
        assertEquals("$1,234", found("It costs $1,234").fallback());
        assertEquals("-3/4", found("so x is -3/4").fallback());
        var bare = found("Tuesday.");
        assertEquals(List.of("Tuesday"), bare.answers());
        assertEquals(null, bare.fallback());
        assertEquals(List.of("12, 19"), found("12, 19").answers());
        // a last number that closes a list or a choice is no fallback
        assertEquals(null, found("it is 72 or 73").fallback());
        assertEquals(null, found("it is 70, 72").fallback());
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
        assertInstanceOf(Extraction.Missing.class, AnswerExtractor.extract("  \n "));
        // prose with nothing marked is its own last line: a (wrong) bare answer, not a missing one
        assertEquals(List.of("I do not know"), found("I do not know").answers());
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
