package jgym.agents.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharTokenizerTest {
    @Test
    void asciiTextsGetTheAsciiAlphabet() {
        assertEquals(CharTokenizer.ascii().alphabet(), CharTokenizer.asciiCovering(List.of("Parity of 0110?", "0|110 0|10 1|0 1")).alphabet());
        assertEquals(101, CharTokenizer.ascii().vocabSize());
    }

    @Test
    void otherCharactersFollowTheAsciiOnesInCodeUnitOrder() {
        // U+043D (н) sorts before U+0447 (ч) however the texts order them
        CharTokenizer t = CharTokenizer.asciiCovering(List.of("\u0447|01 \u043d|1", "e|1 \u0447=0"));
        assertEquals(CharTokenizer.ascii().alphabet() + "\u043d\u0447", t.alphabet());
        assertEquals(103, t.vocabSize());
        String text = "\u0447|01 \u043d|1 o=1";
        int[] ids = t.encode(text);
        assertEquals(102, ids[0], "ч is the last id: ids 0-100 are 4 specials and 97 ASCII characters, 101 is н");
        assertEquals(101, ids[5]);
        assertEquals(6, ids[4], "space: after the specials, newline and tab");
        assertEquals(text, t.decode(ids));
        assertArrayEquals(new int[] {CharTokenizer.UNK}, CharTokenizer.ascii().encode("\u0447"), "the ASCII tokenizer does not know ч");
    }
}
