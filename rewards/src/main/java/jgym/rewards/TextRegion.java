package jgym.rewards;

/** Which part of an R1-style completion a reward reads. */
public enum TextRegion {
    /** The whole completion, with the four tags {@code <think> </think> <answer> </answer>} removed. */
    WHOLE,
    /** The text inside the first {@code <think>...</think>} (from the start if the prompt opened the block). */
    THINK,
    /** The text inside the first {@code <answer>...</answer>}. */
    ANSWER;

    private static final String[] TAGS = {"<think>", "</think>", "<answer>", "</answer>"};

    /** This region of {@code completion} (never null), or null when the completion has no such region. */
    public String of(String completion) {
        switch (this) {
            case THINK: {
                int close = completion.indexOf("</think>");
                if (close < 0) return null;
                int open = completion.lastIndexOf("<think>", close);
                return completion.substring(open < 0 ? 0 : open + "<think>".length(), close);
            }
            case ANSWER: {
                int open = completion.indexOf("<answer>");
                if (open < 0) return null;
                int close = completion.indexOf("</answer>", open);
                return close < 0 ? null : completion.substring(open + "<answer>".length(), close);
            }
            default:
                return withoutTags(completion);
        }
    }

    private static String withoutTags(String s) {
        if (s.indexOf('<') < 0) return s;
        var b = new StringBuilder(s.length());
        int i = 0;
        outer:
        while (i < s.length()) {
            if (s.charAt(i) == '<') {
                for (String tag : TAGS) {
                    if (s.startsWith(tag, i)) {
                        b.append(' ');
                        i += tag.length();
                        continue outer;
                    }
                }
            }
            b.append(s.charAt(i++));
        }
        return b.toString();
    }
}
