package jgym.rewards;

import java.util.List;
import java.util.function.Function;
import jgym.env.Score;
import java.util.Objects;

/** The final answer(s) a completion states, as found by {@link AnswerExtractor}, or why there are none. */
public sealed interface Extraction permits Extraction.Found, Extraction.Missing {

    /** Where an answer was found. */
    enum Source {
        /** {@code <answer>...</answer>} (R1 template). */
        ANSWER_TAG,
        /** {@code \boxed{...}} (MATH convention). */
        BOXED,
        /** {@code #### N} at the end of a line (GSM8K convention). */
        HASHES,
        /** A stated-answer phrase: "The answer is 72.", "**Answer:** 72", Minerva's "Final Answer: The final answer is". */
        PHRASE,
        /** A formula that closes the completion: {@code $x$}, {@code $$x$$}, {@code \[x\]} (Math-Verify's last LaTeX). */
        FORMULA,
        /**
         * The last line of the completion, as a bare answer ({@code Tuesday}, {@code 12, 19}); its
         * {@link Found#fallback} is the last number with the words after it (lm-eval's flexible GSM8K rule).
         */
        LAST_LINE;
    }

    /**
     * One or more stated answers, in order of appearance.
     *
     * @param source  which marker held them
     * @param answers  the raw answer texts, at least one, at most {@link AnswerExtractor#MAX_ANSWERS}; more than one means
     *                 the completion stated several (a hedge, unless they all agree)
     * @param fallback for a {@link Source#LAST_LINE} only, the last number with its words, read when the line is not
     *                 the answer ({@code So she sold 72 clips.}); null when there is none or it closes a choice
     */
    record Found(Source source, List<String> answers, String fallback) implements Extraction {
        public Found {
            Objects.requireNonNull(source, "source");
            answers = List.copyOf(answers);
            if (answers.isEmpty()) throw new IllegalArgumentException("answers must not be empty");
            if (fallback != null && source != Source.LAST_LINE) throw new IllegalArgumentException("only a last line has a fallback");
        }

        /** Answers with no fallback. */
        public Found(Source source, List<String> answers) {
            this(source, answers, null);
        }

        /**
         * The score of the first reading that {@code check} passes, trying the answers, then (for a last line) the
         * fallback alone; when none passes, the answers' score, whose reason says what was read.
         */
        public Score score(Function<List<String>, Score> check) {
            Score first = check.apply(answers);
            if (fallback == null || first.valueOr(0) == 1.0) return first;
            Score second = check.apply(List.of(fallback));
            return second.valueOr(0) == 1.0 ? second : first;
        }
    }

    /**
     * No final answer could be found.
     *
     * @param reason what was looked for and why nothing counted
     */
    record Missing(String reason) implements Extraction {
        public Missing {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
