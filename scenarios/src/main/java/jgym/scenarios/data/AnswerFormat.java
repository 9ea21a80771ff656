package jgym.scenarios.data;

/**
 * The sentence a dataset's prompt ends with to say how to state the answer its rubric reads best (the rubric also
 * reads the other ordinary formats: see the README's answer contract), so that what the prompt asks for scores 1 when
 * right.
 */
enum AnswerFormat {
    /** GSM8K: a number, as its rubric compares exact rationals. */
    NUMBER("Answer with the final number."),
    /** MATH and MATH-500: a LaTeX answer in a box, as the dataset's own solutions give it. */
    BOXED("Put the final answer in \\boxed{}.");

    private final String sentence;

    AnswerFormat(String sentence) {
        this.sentence = sentence;
    }

    /** {@code question}, a blank line and this format's sentence. */
    String prompt(String question) {
        return question + "\n\n" + sentence;
    }
}
