package jgym.rewards;

import jgym.env.Reward;
import jgym.env.Score;
import jgym.env.Task;

/**
 * open-r1's tag-count reward: 0.25 for each of {@code <think>}, {@code </think>}, {@code <answer>}, {@code </answer>}
 * that appears exactly once, a value in {0, 0.25, 0.5, 0.75, 1}. Partial credit that helps a policy find the format.
 *
 * <p>Unlike open-r1, which counts {@code "<think>\n"}, {@code "\n</think>\n"}, {@code "\n<answer>\n"} and
 * {@code "\n</answer>"}, the tags are counted without the surrounding newlines, because our template
 * ({@link jgym.env.Task#oracleCompletion()}) writes {@code <answer>72</answer>} on one line.
 */
public record TagCountReward() implements Reward {
    private static final String[] TAGS = {"<think>", "</think>", "<answer>", "</answer>"};

    @Override
    public Score score(Task task, String completion) {
        double v = 0.0;
        var why = new StringBuilder();
        for (String tag : TAGS) {
            int n = FormatReward.count(completion, tag);
            if (n == 1) v += 0.25;
            if (why.length() > 0) why.append(", ");
            why.append(tag).append(" x").append(n);
        }
        return Score.of(v, why + " (0.25 for each tag seen exactly once)");
    }
}
