package jgym.env;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SeedsTest {
    @Test
    void mixIsNotAdditive() {
        // With seed + index, (43, 0) would equal (42, 1): mixing must keep them apart.
        assertNotEquals(Seeds.mix(42, 1), Seeds.mix(43, 0));
        assertNotEquals(Seeds.mix(0, 1), Seeds.mix(1, 0));
    }

    @Test
    void mixHasNoCollisionsOverAGrid() {
        var seen = new HashSet<Long>();
        for (long s = 0; s < 200; s++) {
            for (long i = 0; i < 500; i++) assertTrue(seen.add(Seeds.mix(s, i)), "collision at seed " + s + " index " + i);
        }
    }

    @Test
    void scrambleMatchesSplitMix64() {
        // Reference: the first output of Java's SplittableRandom(0) is the SplitMix64 finaliser (mix64) of the
        // golden gamma 0x9e3779b97f4a7c15, computed by the JDK independently of our code.
        assertEquals(new java.util.SplittableRandom(0).nextLong(), Seeds.scramble(0x9e3779b97f4a7c15L));
    }
}
