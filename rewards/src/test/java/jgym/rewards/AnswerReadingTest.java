package jgym.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import jgym.env.Gold;
import jgym.env.Reward;
import jgym.env.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the words, signs and separators around a number are read, by both answer rewards: each row is a gold, a stated
 * answer and the score a careful grader gives (worked out by hand: 6 dozen is 72, 7 squared is 49, 1½ is 3/2).
 */
class AnswerReadingTest {
    private static final String PROMPT = "Natalia sold clips to 48 of her friends in April. How many clips did she sell in total?";

    static Stream<Reward> rewards() {
        return Stream.of(new CorrectAnswer(), new EquivalentAnswer());
    }

    private static double score(Reward reward, String gold, String answer) {
        var task = new Task("t", "test", 1, PROMPT, new Gold.Answer(gold), "");
        return reward.score(task, "<answer>" + answer + "</answer>").valueOr(Double.NaN);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // words after a number that change its value are applied, never dropped
                Arguments.of("72", "72 thousand", 0.0),
                Arguments.of("72000", "72 thousand", 1.0),
                Arguments.of("6", "6 dozen", 0.0),
                Arguments.of("72", "6 dozen", 1.0),
                Arguments.of("72", "72 squared", 0.0),
                Arguments.of("5184", "72 squared", 1.0),
                Arguments.of("72000", "$72 thousand", 1.0),
                Arguments.of("72000000", "72 million dollars", 1.0),
                // words that hedge or compute leave the answer unreadable as a number
                Arguments.of("72", "72 or more", 0.0),
                Arguments.of("72", "72 or 73", 0.0),
                Arguments.of("72", "72 plus one", 0.0),
                Arguments.of("73", "72 plus one", 0.0),
                Arguments.of("72", "72 or less", 0.0),
                Arguments.of("72", "at least 72", 0.0),
                Arguments.of("72", "72 clips or 73", 0.0),
                Arguments.of("72", "72 times", 0.0),
                Arguments.of("72", "72 halves", 0.0),
                Arguments.of("72", "72 pairs", 0.0),
                // stated units and the prompt's own nouns are dropped
                Arguments.of("72", "72 dollars", 1.0),
                Arguments.of("72", "$72", 1.0),
                Arguments.of("72", "72 clips", 1.0),
                Arguments.of("72", "72 clips in total", 1.0),
                Arguments.of("72", "72 cm", 1.0),
                Arguments.of("72", "72 miles per hour", 1.0),
                Arguments.of("72", "72 friends", 1.0),
                Arguments.of("72", "72 bananas", 0.0), // not a stated unit, not in the prompt
                // superscripts are powers and vulgar fractions fractions
                Arguments.of("72", "7\u00B2", 0.0),
                Arguments.of("1", "2\u207B\u00B9", 0.0),
                Arguments.of("11/2", "1\u00BD", 0.0),
                Arguments.of("3/2", "1\u00BD", 1.0),
                Arguments.of("1/2", "\u00BD", 1.0),
                Arguments.of("-5/4", "-1\u00BC", 1.0),
                // a decimal comma where it can only be one; thousands only in groups of three
                Arguments.of("72", "0,072", 0.0),
                Arguments.of("0.072", "0,072", 1.0),
                Arguments.of("1234", "1,234", 1.0),
                Arguments.of("123", "1,23", 0.0),
                Arguments.of("1234", "12,34", 0.0),
                Arguments.of("1234", "01,234", 0.0));
    }

    @ParameterizedTest(name = "{1} for gold {0}: {2}")
    @MethodSource("cases")
    void readsWhatTheWordsMean(String gold, String answer, double expected) {
        rewards().forEach(r -> assertEquals(expected, score(r, gold, answer),
                () -> r.getClass().getSimpleName() + ": " + r.score(new Task("t", "test", 1, PROMPT, new Gold.Answer(gold), ""),
                        "<answer>" + answer + "</answer>").reason()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rewards")
    void powersWrittenAsSuperscriptsAreValuesForTheSymbolicReader(Reward reward) {
        // The exact reader wants a stated number, so an unevaluated power is refused; the symbolic reader evaluates it.
        double expected = reward instanceof EquivalentAnswer ? 1.0 : 0.0;
        assertEquals(expected, score(reward, "49", "7\u00B2"));
        assertEquals(expected, score(reward, "1/2", "2\u207B\u00B9"));
    }
}
