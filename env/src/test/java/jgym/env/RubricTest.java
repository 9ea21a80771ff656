package jgym.env;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class RubricTest {
    private final Task task = new Task("t/0", "t", 1, "q", new Gold.Answer("4"), "2+2=4");

    @Test
    void totalIsTheWeightedSumOfApplicableTerms() {
        var rubric = new Rubric(List.of(
                new Rubric.Term("correct", 1.0, (t, c) -> Score.of(1.0, "right")),
                new Rubric.Term("format", 0.5, (t, c) -> Score.of(0.4, "half")),
                new Rubric.Term("logged", 0.0, (t, c) -> Score.of(1.0, "only logged")),
                new Rubric.Term("na", 2.0, (t, c) -> Score.notApplicable("gold unparseable"))));
        RewardResult r = rubric.evaluate(task, "x");
        // 1.0*1.0 + 0.5*0.4 + 0.0*1.0 + (not applicable adds nothing) = 1.2
        assertEquals(1.2, r.total(), 1e-12);
        assertEquals(4, r.components().size());
        assertEquals("right", r.reason());
        assertInstanceOf(Score.NotApplicable.class, r.component("na"));
        assertEquals("only logged", r.component("logged").reason());
    }

    @Test
    void notApplicableNeverPasses() {
        var rubric = Rubric.of("correct", (t, c) -> Score.notApplicable("gold cannot be parsed"));
        assertEquals(0.0, rubric.evaluate(task, "4").total());
    }

    @Test
    void rejectsDuplicateNamesAndNonFiniteWeights() {
        Reward r = (t, c) -> Score.pass("ok");
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Rubric(List.of(new Rubric.Term("a", 1, r), new Rubric.Term("a", 1, r))));
        assertTrue(e.getMessage().contains("duplicate name a"));
        var w = assertThrows(IllegalArgumentException.class, () -> new Rubric.Term("b", Double.NaN, r));
        assertTrue(w.getMessage().contains("weight of b"));
        assertThrows(IllegalArgumentException.class, () -> Score.of(Double.POSITIVE_INFINITY, "x"));
    }
}
