package jgym.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import jgym.env.Gold;
import jgym.env.Task;
import org.junit.jupiter.api.Test;

class BoxedTest {

    @Test
    void lastBoxByHand() {
        assertEquals(Optional.of("a{b}c"), Boxed.last("x \\boxed{a{b}c} y"));
        assertEquals(Optional.of("2"), Boxed.last("\\fbox{1} then \\boxed{2}"));
        assertEquals(Optional.of("1"), Boxed.last("\\boxed{2} then \\fbox{1}"));
        assertEquals(Optional.of("5"), Boxed.last("the answer is $\\boxed {5}$"));
        assertEquals(Optional.of("5"), Boxed.last("\\boxed  {  5 }"));
        assertEquals(Optional.of("\\frac{3}{4}"), Boxed.last("$= \\boxed{\\frac{3}{4}}$."));
        assertEquals(Optional.empty(), Boxed.last("no box"));
        assertEquals(Optional.empty(), Boxed.last("\\boxed 7, no brace"));
    }

    @Test
    void aLongerCommandIsNotABox() {
        assertEquals(Optional.empty(), Boxed.last("\\boxedtext{3} and {4}"));
        assertEquals(Optional.of("2"), Boxed.last("\\boxedx{1} \\boxed{2} \\boxedx{3} \\fboxes{4}"));
    }

    @Test
    void escapedBracesAreText() {
        assertEquals(Optional.of("\\}"), Boxed.last("\\boxed{\\}}"));
        assertEquals(Optional.of("\\{1, 2\\}"), Boxed.last("so the set is $\\boxed{\\{1, 2\\}}$."));
        // A piecewise answer opens with \left\{ and closes with \right. : one escaped brace, no partner.
        assertEquals(Optional.of("\\left\\{ x \\right."), Boxed.last("\\boxed{\\left\\{ x \\right.}"));
        // A LaTeX line break \\ just before the closing brace: the backslashes escape each other, not the brace.
        assertEquals(Optional.of("a \\\\"), Boxed.last("\\boxed{a \\\\}"));
    }

    @Test
    void anUnclosedLastBoxThrowsForDataButIsNothingForACompletion() {
        var e = assertThrows(IllegalArgumentException.class, () -> Boxed.last("\\boxed{1} \\boxed{2"));
        assertEquals("the \\boxed{ at offset 10 never closes", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Boxed.last("ok \\fbox{\\{1"));
        assertEquals("the \\fbox{ at offset 3 never closes", e.getMessage());
        // The earlier closed box is not the final answer, so the lenient reading finds none rather than taking it.
        assertEquals(Optional.empty(), Boxed.lastClosed("\\boxed{1} \\boxed{2"));
        assertEquals(Optional.empty(), Boxed.lastClosed("\\boxed{\\}"));
        assertEquals(Optional.of("2"), Boxed.lastClosed("\\boxed{1} \\boxed{ 2 }"));
        assertNull(MathText.lastBoxed("\\boxed{1} \\boxed{2"));
        assertEquals("\\{1, 2\\}", MathText.lastBoxed("so $\\boxed{\\{1, 2\\}}$"));
    }

    @Test
    void closingBraceSkipsEscapes() {
        assertEquals(5, Boxed.closingBrace("{a\\}b}", 0));
        assertEquals(2, Boxed.closingBrace("x{}{", 1));
        assertEquals(-1, Boxed.closingBrace("{{}", 0));
        assertEquals(-1, Boxed.closingBrace("{\\}", 0));
        assertEquals(7, MathText.matchingBrace("{\\{\\}{}}", 0));
        var e = assertThrows(IllegalArgumentException.class, () -> Boxed.closingBrace("ab", 0));
        assertTrue(e.getMessage().contains("open"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Boxed.closingBrace("{", 1));
    }

    @Test
    void escapedBracesReadTheSameByTheExtractorAndTheGoldReader() {
        String solution = "Factor: $(x-1)(x-2) = 0$, so the set is $\\boxed{\\{1, 2\\}}$.";
        var found = assertInstanceOf(Extraction.Found.class, AnswerExtractor.extract(solution));
        assertEquals(List.of("\\{1, 2\\}"), found.answers());
        assertEquals("\\{1, 2\\}", CorrectAnswer.goldText(solution));
        // Unbalanced escaped braces: the old brace counter saw \{ as an opening brace and never closed the box.
        found = assertInstanceOf(Extraction.Found.class, AnswerExtractor.extract("f = \\boxed{\\left\\{ x \\right.}"));
        assertEquals(List.of("\\left\\{ x \\right."), found.answers());

        var reward = new CorrectAnswer();
        var task = new Task("t", "math", 1, "Which x satisfy x^2 = 3x - 2?", new Gold.Answer(solution), "");
        assertEquals(1.0, reward.score(task, "so $\\boxed{\\{1, 2\\}}$").valueOr(9));
        assertEquals(1.0, reward.score(task, solution).valueOr(9));
        assertEquals(0.0, reward.score(task, "so $\\boxed{\\{1, 3\\}}$").valueOr(9));
    }

    @Test
    void aMegabyteIsReadInLinearTime() {
        String others = "\\boxedx{1}".repeat(1 << 17);
        String unclosed = others + "\\boxed{" + "{".repeat(1 << 20);
        long t0 = System.nanoTime();
        assertEquals(Optional.empty(), Boxed.lastClosed(unclosed));
        assertThrows(IllegalArgumentException.class, () -> Boxed.last(unclosed));
        assertEquals(Optional.of("7"), Boxed.last("\\boxed{7}" + others));
        assertEquals(Optional.of("7"), Boxed.last(others + "\\fbox{7}" + others));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        // A few linear scans of ~2 MB take milliseconds; rescanning from each earlier box would take minutes.
        assertTrue(ms < 2_000, "took " + ms + " ms");
    }
}
