package jgym.rewards.code;

import java.util.Objects;
import jgym.env.Reward;
import jgym.env.Score;
import jgym.env.Task;

/**
 * open-r1's code-format reward: 1 when the completion matches
 * {@code ^<think>\n.*?\n</think>\n<answer>\n.*?```LANGUAGE.*?```.*?\n</answer>$} under Python's {@code re.match} with
 * {@code DOTALL | MULTILINE}, else 0. That is: it opens with {@code <think>} and a newline; a later
 * {@code \n</think>\n<answer>\n} closes the reasoning; after it comes a fence opening with the language's name, a later
 * closing fence, and a later {@code \n</answer>} that ends the text or a line (MULTILINE's {@code $}: text after a
 * newline is allowed, as in open-r1).
 *
 * <p>Decided without a regex, by {@code indexOf} in linear time (the lazy quantifiers of the pattern backtrack on
 * hostile input): taking the first occurrence of each part is enough, because a match with a later one is also a match
 * with the first.
 *
 * @param language the fence's language tag, e.g. {@code python}
 */
public record CodeFormatReward(String language) implements Reward {
    private static final String THINK = "<think>\n", CLOSE = "\n</think>\n<answer>\n", FENCE = "```", END = "\n</answer>";

    public CodeFormatReward {
        Objects.requireNonNull(language, "language");
        if (language.isBlank()) throw new IllegalArgumentException("language must not be blank");
    }

    @Override
    public Score score(Task task, String completion) {
        if (!completion.startsWith(THINK)) return Score.fail("does not open with <think> and a newline");
        int close = completion.indexOf(CLOSE, THINK.length());
        if (close < 0) return Score.fail("no \\n</think>\\n<answer>\\n after the reasoning");
        int open = completion.indexOf(FENCE + language, close + CLOSE.length());
        if (open < 0) return Score.fail("no ```" + language + " fence in the answer");
        int fenceEnd = completion.indexOf(FENCE, open + FENCE.length() + language.length());
        if (fenceEnd < 0) return Score.fail("the ```" + language + " fence is not closed");
        for (int end = completion.indexOf(END, fenceEnd + FENCE.length()); end >= 0; end = completion.indexOf(END, end + 1)) {
            int after = end + END.length();
            if (after == completion.length() || completion.charAt(after) == '\n') {
                return Score.of(1.0, "<think>, then a ```" + language + " block inside <answer>");
            }
        }
        return Score.fail("no \\n</answer> ending the text or a line after the code block");
    }
}
