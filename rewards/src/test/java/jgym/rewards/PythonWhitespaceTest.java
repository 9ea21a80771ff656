package jgym.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PythonWhitespaceTest {
    /**
     * Every code point Python 3's {@code str.split()} splits on, printed by CPython 3 itself:
     * {@code [hex(c) for c in range(0x110000) if len(('a' + chr(c) + 'b').split()) == 2]}. All are in the BMP.
     */
    private static final Set<Integer> CPYTHON = Set.of(0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0,
            0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029,
            0x202f, 0x205f, 0x3000);

    @Test
    void splitsOnExactlyThePythonWhitespace() {
        Set<Integer> ours = IntStream.rangeClosed(0, 0xffff).filter(c -> PythonWhitespace.isSpace((char) c)).boxed()
                .collect(Collectors.toSet());
        assertEquals(CPYTHON, ours);
    }

    @Test
    void wordCountsEqualPythonsOnNoBreakSpaces() {
        // len("3\u00a0km and 5\u202fkg\u2007total".split()) == 6 in Python; Java's isWhitespace would find 3
        assertEquals(6, LengthUnit.WORDS.measure("3\u00a0km and 5\u202fkg\u2007total"));
        assertEquals(2, LengthUnit.WORDS.measure("a\u0085b"));
    }

    @Test
    void theRepetitionPenaltyReadsWordsAsOpenR1Does() {
        // open-r1's zipngram over text.lower().split(), run in CPython: -0.5714285714285714 (3 distinct of 7 trigrams)
        String text = "the\u00a0cat sat the\u00a0cat sat the\u00a0cat sat";
        assertEquals(-0.5714285714285714, new RepetitionPenalty().score(null, text).valueOr(Double.NaN), 1e-12);
    }
}
