package jgym.env;

import java.util.List;
import java.util.Objects;

/**
 * What a completion is verified against. The common kinds are the records below; a scenario with its own kind of
 * check implements this interface and supplies a {@link Reward} that understands it.
 */
public interface Gold extends java.io.Serializable {
    /** The gold answer as a person would write it (the reference solution for code). */
    String text();

    /** A single final answer, compared by value (a number, a fraction, an expression's value, a word). */
    record Answer(String text) implements Gold {
        public Answer {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A Countdown puzzle: reach {@code target} with {@code numbers}, each used at most once, with + - * /.
     *
     * @param target   the value to reach
     * @param numbers  the numbers available
     * @param solution one expression that reaches the target (there are usually others)
     */
    record Countdown(long target, List<Integer> numbers, String solution) implements Gold {
        public Countdown {
            numbers = List.copyOf(numbers);
            Objects.requireNonNull(solution, "solution");
        }

        @Override
        public String text() {
            return solution;
        }
    }

    /**
     * A program checked by tests.
     *
     * @param language   the language the program is written in, e.g. {@code "python"}
     * @param setup      code run before the tests (may be empty)
     * @param tests      test statements, each run on its own so one failure cannot hide another
     * @param entryPoint the function the tests call, or empty if unknown
     * @param reference  a reference solution that passes every test
     */
    record Tests(String language, String setup, List<String> tests, String entryPoint, String reference) implements Gold {
        public Tests {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(setup, "setup");
            tests = List.copyOf(tests);
            Objects.requireNonNull(entryPoint, "entryPoint");
            Objects.requireNonNull(reference, "reference");
            if (tests.isEmpty()) throw new IllegalArgumentException("tests must not be empty");
        }

        @Override
        public String text() {
            return reference;
        }
    }
}
