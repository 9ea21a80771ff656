package jgym.rewards;

import jgym.env.Reward;
import jgym.env.Score;
import jgym.env.Task;

/**
 * The R1 format reward: 1 when the completion is {@code <think>...</think>} then {@code <answer>...</answer>}, each tag
 * exactly once, with only whitespace before {@code <think>}, between {@code </think>} and {@code <answer>}, and after
 * {@code </answer>}, and a non-blank answer; else 0. Scanned with {@code indexOf}, no regex, linear in the length.
 *
 * @param thinkOpenedByPrompt true when the prompt itself ends with {@code <think>} (the R1-Zero template), so the
 *                            completion starts inside the think block and must not repeat the opening tag
 */
public record FormatReward(boolean thinkOpenedByPrompt) implements Reward {

    /** The format reward for completions that write their own opening {@code <think>}. */
    public FormatReward() {
        this(false);
    }

    @Override
    public Score score(Task task, String completion) {
        String s = completion;
        int thinkOpen = -1;
        for (String tag : new String[] {"<think>", "</think>", "<answer>", "</answer>"}) {
            int count = count(s, tag);
            int want = tag.equals("<think>") && thinkOpenedByPrompt ? 0 : 1;
            if (count != want) return Score.fail(tag + " appears " + count + " times, expected " + want);
        }
        if (!thinkOpenedByPrompt) {
            thinkOpen = s.indexOf("<think>");
            if (!s.substring(0, thinkOpen).isBlank()) return Score.fail("text before <think>");
        }
        int thinkClose = s.indexOf("</think>");
        int answerOpen = s.indexOf("<answer>");
        int answerClose = s.indexOf("</answer>");
        if (thinkClose < thinkOpen) return Score.fail("</think> comes before <think>");
        if (answerOpen < thinkClose) return Score.fail("<answer> comes before </think>");
        if (answerClose < answerOpen) return Score.fail("</answer> comes before <answer>");
        if (!s.substring(thinkClose + "</think>".length(), answerOpen).isBlank()) return Score.fail("text between </think> and <answer>");
        if (s.substring(answerOpen + "<answer>".length(), answerClose).isBlank()) return Score.fail("the answer is blank");
        if (!s.substring(answerClose + "</answer>".length()).isBlank()) return Score.fail("text after </answer>");
        return Score.pass("<think>...</think><answer>...</answer>, each once, nothing after");
    }

    /** Occurrences of {@code tag} in {@code s}, non-overlapping. */
    static int count(String s, String tag) {
        int n = 0;
        for (int at = s.indexOf(tag); at >= 0; at = s.indexOf(tag, at + tag.length())) n++;
        return n;
    }
}
