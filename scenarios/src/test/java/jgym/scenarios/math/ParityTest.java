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
    void theScriptWritesTheParityInLettersWithoutChangingTheBits() {
        var digits = jgym.scenarios.Scenarios.make("math/parity", jgym.env.ScenarioConfig.defaults().withLevel(2)
                .withOption("trace", "carry"));
        for (String script : new String[] {"latin", "cyrillic", "mixed"}) {
            var scripted = jgym.scenarios.Scenarios.make("math/parity", jgym.env.ScenarioConfig.defaults().withLevel(2)
                    .withOption("trace", "carry").withOption("script", script));
            int switches = 0, traces = 0;
            for (long i = 0; i < 200; i++) {
                var d = digits.task(i);
                var t = scripted.task(i);
                assertEquals(d.prompt(), t.prompt(), "the same bits");
                assertEquals(d.answer(), t.answer());
                String[] ds = d.trace().split(" "), ts = t.trace().split(" ");
                assertEquals(ds.length, ts.length);
                for (int k = 0; k < ds.length; k++) {
                    char parity = ds[k].charAt(0), letter = ts[k].charAt(0);
                    String expected = switch (script) {
                        case "latin" -> parity == '0' ? "e" : "o";
                        case "cyrillic" -> parity == '0' ? "\u0447" : "\u043d";
                        default -> (letter == 'e' || letter == 'o') ? (parity == '0' ? "e" : "o") : (parity == '0' ? "\u0447" : "\u043d");
                    };
                    assertEquals(expected, String.valueOf(letter), t.trace());
                    assertEquals(ds[k].substring(1), ts[k].substring(1).replaceFirst("=[01]$", ""), "the carried rest is unchanged");
                    if (k > 0 && Character.UnicodeScript.of(letter) != Character.UnicodeScript.of(ts[k - 1].charAt(0))) switches++;
                }
                assertTrue(t.trace().endsWith("=" + t.answer()), t.trace());
                traces++;
            }
            if (script.equals("mixed")) {
                double rate = switches / (traces * 7.0);
                assertEquals(Parity.Script.SWITCH, rate, 0.05, "switches per step");
            } else {
                assertEquals(0, switches, script);
            }
        }
    }

    @Test
    void theTraceOptionIsChecked() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Parity.configure("math/parity",
                jgym.env.ScenarioConfig.defaults().withOption("trace", "spiral")));
        assertEquals("math/parity: option trace must be running or carry, got spiral", e.getMessage());
    }
}
