package jgym.agents.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Temperature and nucleus sampling on a hand-made distribution, and the character tokenizer. */
class TokenChoiceTest {
    private static final double[] LOGITS = {Math.log(0.5), Math.log(0.3), Math.log(0.2)};

    @Test
    void logProbIsTheLogOfTheSoftmax() {
        assertEquals(Math.log(0.3), TokenChoice.logProb(LOGITS, 0, 3, 1, 1.0), 1e-12);
        double[] shifted = {0, 7 + Math.log(0.5), 7 + Math.log(0.3), 7 + Math.log(0.2)};
        assertEquals(Math.log(0.2), TokenChoice.logProb(shifted, 1, 3, 2, 1.0), 1e-12);
    }

    @Test
    void theDrawnTokensLogProbIsTheLogOfItsTemperedProbabilityAndTheDrawIsDrawsOwn() {
        double[] tempered = {0.25 / 0.38, 0.09 / 0.38, 0.04 / 0.38}; // T = 1/2: p^2, renormalised
        SplittableRandom a = new SplittableRandom(4), b = new SplittableRandom(4);
        int[] seen = new int[3];
        for (int i = 0; i < 2000; i++) {
            TokenChoice.Drawn d = TokenChoice.drawWithLogProb(LOGITS, 0, 3, 0.5, 1.0, a);
            assertEquals(TokenChoice.draw(LOGITS, 0, 3, 0.5, 1.0, b), d.token());
            assertEquals(Math.log(tempered[d.token()]), d.logProb(), 1e-12);
            seen[d.token()]++;
        }
        for (int t = 0; t < 3; t++) assertEquals(true, seen[t] > 0, "token " + t + " never drawn");
    }

    @Test
    void logProbAtATemperatureIsTheLogOfTheTemperedSoftmax() {
        // at T = 1/2 the probabilities go as p^2: 0.25, 0.09, 0.04 over 0.38
        assertEquals(Math.log(0.09 / 0.38), TokenChoice.logProb(LOGITS, 0, 3, 1, 0.5), 1e-12);
        // at T = 2 as sqrt(p)
        double z = Math.sqrt(0.5) + Math.sqrt(0.3) + Math.sqrt(0.2);
        assertEquals(Math.log(Math.sqrt(0.2) / z), TokenChoice.logProb(LOGITS, 0, 3, 2, 2.0), 1e-12);
    }

    @Test
    void topPKeepsTheSmallestSetReachingTheMassAndRenormalises() {
        SplittableRandom rng = new SplittableRandom(1);
        int[] counts = new int[3];
        int n = 20000;
        for (int i = 0; i < n; i++) counts[TokenChoice.draw(LOGITS, 0, 3, 1.0, 0.6, rng)]++;
        // 0.5 < 0.6 <= 0.8: tokens 0 and 1 remain, with probabilities 5/8 and 3/8
        assertEquals(0, counts[2]);
        assertEquals(0.625, counts[0] / (double) n, 0.015);
        counts = new int[3];
        for (int i = 0; i < n; i++) counts[TokenChoice.draw(LOGITS, 0, 3, 1.0, 1.0, rng)]++;
        assertEquals(0.2, counts[2] / (double) n, 0.015);
    }

    @Test
    void temperatureSharpensTheDistribution() {
        SplittableRandom rng = new SplittableRandom(2);
        int[] counts = new int[3];
        int n = 20000;
        for (int i = 0; i < n; i++) counts[TokenChoice.draw(LOGITS, 0, 3, 0.5, 1.0, rng)]++;
        // p^2 normalised: 0.25 / 0.38
        assertEquals(0.25 / 0.38, counts[0] / (double) n, 0.015);
    }

    @Test
    void charTokenizerRoundTripsAsciiAndMarksUnknownCharacters() {
        CharTokenizer tok = CharTokenizer.ascii();
        assertEquals(4 + 2 + 95, tok.vocabSize());
        String text = "Q: 12*(3+4)=?\n\tA: 84 {ok} ~";
        assertEquals(text, tok.decode(tok.encode(text)));
        assertArrayEquals(new int[] {CharTokenizer.UNK, 4 + 2 + ('a' - ' ')}, tok.encode("\u00e9a"));
        assertEquals("\uFFFDa", tok.decode(tok.encode("\u00e9a")));
        assertEquals("ab", tok.decode(new int[] {CharTokenizer.BOS, tok.encode("a")[0], CharTokenizer.PAD, tok.encode("b")[0], CharTokenizer.EOS}));
        assertThrows(IllegalArgumentException.class, () -> tok.decode(new int[] {tok.vocabSize()}));
        assertThrows(IllegalArgumentException.class, () -> new CharTokenizer("abca"));
    }
}
