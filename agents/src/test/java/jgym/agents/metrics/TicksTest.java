package jgym.agents.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TicksTest {
    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        // 0..0.83 in about 5 intervals: 0.166 rounds to 0.2, the axis rounds out to [0, 1]
        Ticks t = Ticks.covering(0, 0.83, 5);
        assertEquals(0.2, t.step(), 1e-12);
        assertEquals(0.0, t.min(), 1e-12);
        assertEquals(1.0, t.max(), 1e-12);
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0), t.values());
        assertEquals(1, t.decimals());
        // 13..487 in about 5: 94.8 rounds to 100, the axis to [0, 500]
        Ticks u = Ticks.covering(13, 487, 5);
        assertEquals(100, u.step(), 1e-9);
        assertEquals(0, u.min(), 1e-9);
        assertEquals(500, u.max(), 1e-9);
        assertEquals(0, u.decimals());
    }

    @Test
    void aFlatRangeIsWidened() {
        // 0.5 +/- 10% = [0.45, 0.55]; step 0.1 / 5 = 0.02; rounded out to whole steps: [0.44, 0.56]
        Ticks t = Ticks.covering(0.5, 0.5, 5);
        assertEquals(0.02, t.step(), 1e-12);
        assertEquals(0.44, t.min(), 1e-12);
        assertEquals(0.56, t.max(), 1e-12);
    }
}
