package jgym.rewards;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the final answer a completion states, by explicit markers only; never by guessing a number from the prose.
 *
 * <p>Precedence: if the completion contains {@code <answer>}, only complete {@code <answer>...</answer>} blocks count
 * (an unclosed block is a truncated answer, not an answer); inside a block, a single {@code \boxed{...}} or
 * {@code #### N} narrows it. Otherwise every {@code \boxed{...}} (nested braces allowed); otherwise every {@code #### N} line. Several
 * answers are all returned: the caller decides (our rewards require every one of them to be right, so a hedge scores 0).
 * "Last number in the text" is deliberately not here; it is the separate, explicit {@link LastNumberAnswer} reward.
 *
 * <p>Work is linear in the completion length, and at most {@link #MAX_ANSWERS} answers are collected.
 */
public final class AnswerExtractor {
    private AnswerExtractor() {}

    /** The most answers collected; a completion stating more is a hedge and is reported as such. */
    public static final int MAX_ANSWERS = 16;

    private static final String OPEN = "<answer>";
    private static final String CLOSE = "</answer>";

    /** The answers {@code completion} (never null) states, or why it states none. */
    public static Extraction extract(String completion) {
        if (completion.isEmpty()) return new Extraction.Missing("empty completion");
        if (completion.contains(OPEN)) return tagged(completion);
        List<String> boxed = boxed(completion);
        if (!boxed.isEmpty()) return found(Extraction.Source.BOXED, boxed);
        List<String> hashes = hashes(completion);
        if (!hashes.isEmpty()) return found(Extraction.Source.HASHES, hashes);
        return new Extraction.Missing("no <answer>...</answer>, \\boxed{...} or #### answer in the completion");
    }

    private static Extraction found(Extraction.Source source, List<String> answers) {
        if (answers.size() > MAX_ANSWERS) {
            return new Extraction.Missing("more than " + MAX_ANSWERS + " " + source + " answers: a list of guesses, not an answer");
        }
        return new Extraction.Found(source, answers);
    }

    private static Extraction tagged(String s) {
        var answers = new ArrayList<String>();
        int from = 0;
        while (true) {
            int open = s.indexOf(OPEN, from);
            if (open < 0) break;
            int close = s.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) break;
            if (answers.size() == MAX_ANSWERS) {
                return new Extraction.Missing("more than " + MAX_ANSWERS + " <answer> blocks: a list of guesses, not an answer");
            }
            answers.add(narrow(s.substring(open + OPEN.length(), close)));
            from = close + CLOSE.length();
        }
        if (answers.isEmpty()) return new Extraction.Missing("<answer> is never closed by </answer>");
        return new Extraction.Found(Extraction.Source.ANSWER_TAG, answers);
    }

    /** The boxed or #### part of an answer block, if it has exactly one such marker; else the block itself. */
    private static String narrow(String block) {
        if (block.length() > MathAnswer.MAX_LENGTH) return block;
        if (block.contains("\\boxed{")) {
            List<String> b = boxed(block);
            if (b.size() == 1) return b.get(0);
        }
        if (block.contains("####")) {
            List<String> h = hashes(block);
            if (h.size() == 1) return h.get(0);
        }
        return block;
    }

    /** The argument of every closed {@code \boxed{...}}. */
    static List<String> boxed(String s) {
        var out = new ArrayList<String>();
        int at = s.indexOf("\\boxed{");
        while (at >= 0 && out.size() <= MAX_ANSWERS) {
            int open = at + "\\boxed".length();
            int close = MathText.matchingBrace(s, open);
            if (close < 0) break;
            out.add(s.substring(open + 1, close));
            at = s.indexOf("\\boxed{", close);
        }
        return out;
    }

    /** The rest of the line after every {@code ####}. */
    static List<String> hashes(String s) {
        var out = new ArrayList<String>();
        int at = s.indexOf("####");
        while (at >= 0 && out.size() <= MAX_ANSWERS) {
            int start = at + 4;
            int end = s.indexOf('\n', start);
            if (end < 0) end = s.length();
            String line = s.substring(start, end).strip();
            if (!line.isEmpty()) out.add(line);
            at = s.indexOf("####", end);
        }
        return out;
    }
}
