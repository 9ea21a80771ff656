package jgym.agents.rl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import jgym.env.ReasoningEnv;
import jgym.env.Step;
import org.junit.jupiter.api.Test;

class TokenMdpTest {
    private static final CharWindowEncoder ENCODER = new CharWindowEncoder("0123456789=x?", 3);

    private static TokenMdp mdp(long seed, int maxChars) {
        var config = new TokenMdpConfig(ActionAlphabet.digitsWithStop(), ENCODER, maxChars, UnaryOperator.identity());
        return new TokenMdp(() -> ReasoningEnv.singleTurn(new TinyDigitScenario()), seed, config);
    }

    @Test
    void encoderOneHotsTheLastCharactersRightAligned() {
        var enc = new CharWindowEncoder("ab", 3); // blocks of 3: a, b, other
        // "zxa!" keeps "xa!": x is other, a is slot 0, ! is other
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0, 0, 0, 1}, enc.encode("zxa!"));
        // "b" alone: two empty blocks on the left, then b in slot 1
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0, 1, 0}, enc.encode("b"));
        assertArrayEquals(new double[9], enc.encode(""));
        assertEquals(9, enc.size());
    }

    @Test
    void alphabetMapsActionsToCharactersAndStop() {
        var a = ActionAlphabet.digitsWithStop();
        assertEquals(11, a.size());
        assertEquals('7', a.charOf(7));
        assertTrue(a.isStop(10));
        assertThrows(IllegalArgumentException.class, () -> a.charOf(10));
        assertThrows(IllegalArgumentException.class, () -> a.isStop(11));
        assertThrows(IllegalArgumentException.class, () -> new ActionAlphabet("aa", false));
    }

    @Test
    void rewardArrivesOnlyAtTheEndFromTheRubric() {
        TokenMdp m = mdp(7, 2);
        m.reset();
        int d = Integer.parseInt(promptDigit(m));
        var first = m.step(TinyDigitScenario.answer(d));
        assertEquals(0.0, first.getReward());
        assertFalse(first.isDone());
        var last = m.step(10); // stop
        assertTrue(last.isDone());
        assertEquals(1.0, last.getReward());
        assertTrue(((Step) last.getInfo()).terminated());
        assertThrows(IllegalStateException.class, () -> m.step(0));
    }

    @Test
    void theLengthCapEndsTheEpisodeAndScoresWhatWasWritten() {
        TokenMdp m = mdp(7, 2);
        m.reset();
        int d = Integer.parseInt(promptDigit(m));
        int right = TinyDigitScenario.answer(d);
        m.step(right);
        var capped = m.step(right); // two digits: "22" is not the one-digit answer
        assertTrue(capped.isDone());
        assertEquals(0.0, capped.getReward());
        assertEquals(2, m.written().length());
    }

    @Test
    void equalSeedsGiveEqualEpisodes() {
        TokenMdp a = mdp(3, 2), b = mdp(3, 2);
        for (int e = 0; e < 20; e++) {
            a.reset();
            b.reset();
            assertArrayEquals(a.encoded(), b.encoded());
        }
    }

    /** The prompt digit d of the running episode, read back from the observation's "x=d?" block. */
    private static String promptDigit(TokenMdp m) {
        double[] v = m.encoded(); // window 3 over "x=d?": blocks '=', d, '?'; block size 14
        for (int slot = 0; slot < 10; slot++) {
            if (v[14 + slot] == 1.0) return Integer.toString(slot);
        }
        throw new AssertionError("no digit in the middle block");
    }
}
