package jgym.scenarios.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParityTest {

    @Test
    void theAnswerIsTheCountOfOnesModTwoAndTheTraceRunsItBitByBit() {
        int odd = 0, n = 0;
        for (Problem p : Samples.everyLevel(Parity.LEVELS, l -> new Parity(Parity.preset(l)), 300)) {
            String bits = Samples.match("Parity of ([01]+)\\? Answer with 0 or 1\\.", p.prompt()).group(1);
            long ones = bits.chars().filter(c -> c == '1').count();
            assertEquals(Long.toString(ones % 2), p.gold().text(), p.prompt());
            String[] steps = p.trace().split(" ");
            assertEquals(bits.length(), steps.length, p.trace());
            for (int i = 0; i < steps.length; i++) {
                long soFar = bits.substring(0, i + 1).chars().filter(c -> c == '1').count() % 2;
                assertEquals(bits.charAt(i) + ":" + soFar, steps[i], p.trace());
            }
            Samples.assertTraceEndsAtAnswer(p);
            if (ones % 2 == 1) odd++;
            n++;
        }
        assertTrue(odd > n * 0.4 && odd < n * 0.6, odd + " of " + n + " odd");
    }

    @Test
    void levelsAreFourBitsApart() {
        for (int level = 1; level <= Parity.LEVELS; level++) {
            int at = level;
            Problem p = Samples.everyLevel(1, l -> new Parity(Parity.preset(at)), 1).get(0);
            assertEquals(4 * level, Samples.match("of ([01]+)\\?", p.prompt()).group(1).length());
        }
    }

    @Test
    void theCarryTraceWritesTheParitySoFarAndTheUnreadRest() {
        for (Problem p : Samples.everyLevel(Parity.LEVELS, l -> new Parity(new Parity.Config(4 * l, Parity.Trace.CARRY)), 100)) {
            String bits = Samples.match("Parity of ([01]+)\\?", p.prompt()).group(1);
            String[] steps = p.trace().split(" ");
            assertEquals(bits.length(), steps.length, p.trace());
            for (int i = 0; i < steps.length; i++) {
                long soFar = bits.substring(0, i + 1).chars().filter(c -> c == '1').count() % 2;
                String expected = soFar + (i + 1 < bits.length() ? "|" + bits.substring(i + 1) : "");
                assertEquals(expected, steps[i], p.trace());
            }
            Samples.assertTraceEndsAtAnswer(p);
        }
    }

    @Test
    void theTraceOptionIsChecked() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Parity.configure("math/parity",
                jgym.env.ScenarioConfig.defaults().withOption("trace", "spiral")));
        assertEquals("math/parity: option trace must be running or carry, got spiral", e.getMessage());
    }
}
