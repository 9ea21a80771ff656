package jgym.rewards;

import java.util.List;
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
        /** The last number and the words after it to the end of its sentence (lm-eval's flexible GSM8K rule). */
        LAST_NUMBER;

        /** Whether the completion marked this answer ({@code <answer>}, a box or {@code ####}) rather than wrote it in prose. */
        public boolean marked() {
            return this == ANSWER_TAG || this == BOXED || this == HASHES;
        }
    }

    /**
     * One or more stated answers, in order of appearance.
     *
     * @param source  which marker held them
     * @param answers the raw answer texts, at least one, at most {@link AnswerExtractor#MAX_ANSWERS}; more than one means
     *                the completion stated several (a hedge, unless they all agree)
     */
    record Found(Source source, List<String> answers) implements Extraction {
        public Found {
            Objects.requireNonNull(source, "source");
            answers = List.copyOf(answers);
            if (answers.isEmpty()) throw new IllegalArgumentException("answers must not be empty");
        }
    }

    /**
     * No final answer could be found.
     *
     * @param reason what was looked for and why nothing counted
     * @param cutOff whether the completion opened an answer it never closed (truncated): nothing else may stand in
     */
    record Missing(String reason, boolean cutOff) implements Extraction {
        public Missing {
            Objects.requireNonNull(reason, "reason");
        }

        /** Nothing found, the completion not cut off. */
        public Missing(String reason) {
            this(reason, false);
        }
    }
}
