package jgym.agents.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void formatShowsStepsRewardAccuracyThroughputAndEta() {
        // 6 of 12 steps: half of the 24-character bar filled
        assertEquals("grpo [############------------]  6/12 reward 0.500 acc 37.5% 1234 tok/s ETA 1:05",
                ProgressBar.format("grpo", 6, 12, 0.5, 0.375, 1234.4, 65));
        assertEquals("sft [------------------------] 0/3 reward 0.000 acc 0.0% 0 tok/s ETA ?",
                ProgressBar.format("sft", 0, 3, 0, 0, 0, Double.NaN));
        assertEquals("1:01:01", ProgressBar.clock(3661));
    }

    @Test
    void plainModePrintsEveryNthStepAndTheLastWithEtaFromTheClock() {
        var bytes = new ByteArrayOutputStream();
        var clock = new AtomicLong();
        var bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "rl", 5, ProgressBar.Mode.PLAIN, 2, clock::get);
        for (int i = 1; i <= 5; i++) {
            clock.addAndGet(2_000_000_000L); // 2 s per step
            bar.update(i, 0.1 * i, 0.2, 100);
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, lines.length, String.join("|", lines)); // steps 2, 4 and 5
        assertTrue(lines[0].contains("2/5") && lines[0].endsWith("ETA 0:06"), lines[0]); // 4 s for 2 steps, 3 left
        assertTrue(lines[1].contains("4/5") && lines[1].endsWith("ETA 0:02"), lines[1]);
        assertTrue(lines[2].contains("5/5") && lines[2].endsWith("ETA 0:00"), lines[2]);
        assertFalse(bytes.toString(StandardCharsets.UTF_8).contains("\r"));
    }

    @Test
    void interactiveModeRedrawsOneLineAndEndsItOnce() {
        var bytes = new ByteArrayOutputStream();
        var bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "rl", 2, ProgressBar.Mode.INTERACTIVE, 1, () -> 0L);
        bar.update(1, 0, 0, 0);
        bar.update(2, 0, 0, 0);
        bar.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(2, text.chars().filter(c -> c == '\r').count());
        assertEquals(1, text.chars().filter(c -> c == '\n').count());
        assertTrue(text.endsWith("\n"));
    }
}
