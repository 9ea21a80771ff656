package jgym.scenarios.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortingTest {

    @Test
    void theAnswerIsThePromptsNumbersSortedAsWritten() {
        int descending = 0;
        for (Problem p : Samples.everyLevel(Sorting.LEVELS, l -> new Sorting(Sorting.preset(l)), 300)) {
            var m = Samples.match("in (ascending|descending) order: (.+)\\. Answer", p.prompt());
            boolean down = m.group(1).equals("descending");
            if (down) descending++;
            List<String> shown = Arrays.asList(m.group(2).split(", "));
            Comparator<String> byValue = Comparator.comparing(BigDecimal::new);
            List<String> sorted = shown.stream().sorted(down ? byValue.reversed() : byValue).toList();
            assertEquals(String.join(", ", sorted), p.gold().text(), p.prompt());
            Samples.assertTraceEndsAtAnswer(p);
        }
        assertTrue(descending > 150 && descending < 450, descending + " of 900 ask for descending order");
    }

    @Test
    void presetsShapeTheLists() {
        for (int level = 1; level <= Sorting.LEVELS; level++) {
            Sorting.Config c = Sorting.preset(level);
            for (Problem p : Samples.everyLevel(1, l -> new Sorting(c), 100)) {
                String[] shown = Samples.match("order: (.+)\\. Answer", p.prompt()).group(1).split(", ");
                assertEquals(c.count(), shown.length, p.prompt());
                for (String s : shown) {
                    assertEquals(c.decimals(), s.contains("."), s);
                    if (!c.negatives()) assertTrue(!s.startsWith("-"), s);
                }
            }
        }
    }
}
