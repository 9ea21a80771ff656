package jgym.agents.rl;

/**
 * Whether a completion reasons before it answers: its {@code <think>} block holds something other than whitespace. In
 * the pretraining corpus ({@code gym pretrain}) a short answer has an empty block and a long one the whole trace, so the
 * share of long answers is how often the policy chooses to think.
 */
public final class CotLength {
    private CotLength() {}

    public static boolean isLong(String completion) {
        int open = completion.indexOf("<think>");
        if (open < 0) return false;
        int close = completion.indexOf("</think>", open);
        String inside = completion.substring(open + "<think>".length(), close < 0 ? completion.length() : close);
        return !inside.isBlank();
    }
}
