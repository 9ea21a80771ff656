package jgym.rewards.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the program in a model's completion: a fenced code block, chosen by position and language tag.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>If {@code answerTag} is set and the completion has an {@code <answer>...</answer>} block, only the last such
 *       block is searched; if it holds no fenced block, its whole content is the program (the tag delimits it as a
 *       fence would; this is how {@link jgym.env.Task#oracleCompletion()} writes code).</li>
 *   <li>Fenced blocks open with a line starting with three backticks, optionally followed by a language tag
 *       ({@code ```python}), and close with a line of three backticks; a block left open at the end of the text
 *       (a stop string cut its fence) runs to the end. {@link Choice} picks the first or the last block; with a
 *       {@code language}, only blocks tagged with that language (or one of its aliases) count.</li>
 *   <li>Only if {@code unfenced} is set, a completion with no block is taken whole as the program, less any
 *       {@code <think>...</think>} part. This is off by default: prose is not code.</li>
 * </ol>
 *
 * @param choice    which of the matching blocks to take; never null
 * @param language  the language tag a block must carry ({@code "python"} also accepts {@code py}, {@code python3}),
 *                  or null to accept any tag and untagged blocks
 * @param answerTag whether an {@code <answer>} block narrows the search
 * @param unfenced  whether a completion with no block counts as code in full
 */
public record CodeExtractor(Choice choice, String language, boolean answerTag, boolean unfenced) {

    /** Which matching block to take when there are several. */
    public enum Choice {
        /** The first block: the model's first attempt. */
        FIRST,
        /** The last block: the model's final version (the usual choice after revisions in a chain of thought). */
        LAST
    }

    /** One fenced block: its tag (empty if untagged), its code, and whether its closing fence was present. */
    public record Block(String tag, String code, boolean closed) {
        public Block {
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(code, "code");
        }
    }

    private static final String FENCE = "```";
    private static final String ANSWER_OPEN = "<answer>";
    private static final String ANSWER_CLOSE = "</answer>";
    private static final String THINK_CLOSE = "</think>";

    public CodeExtractor {
        Objects.requireNonNull(choice, "choice");
        if (language != null && language.isBlank()) throw new IllegalArgumentException("language must be null or non-blank, got '" + language + "'");
    }

    /** The last block of any language, inside {@code <answer>} when there is one; no unfenced fallback. */
    public static CodeExtractor last() {
        return new CodeExtractor(Choice.LAST, null, true, false);
    }

    /** The last block tagged {@code language}, inside {@code <answer>} when there is one; no unfenced fallback. */
    public static CodeExtractor named(String language) {
        return new CodeExtractor(Choice.LAST, language, true, false);
    }

    /** This extractor, also taking a completion with no block as code in full. */
    public CodeExtractor withUnfencedFallback() {
        return new CodeExtractor(choice, language, answerTag, true);
    }

    /** This extractor picking {@code choice}. */
    public CodeExtractor with(Choice choice) {
        return new CodeExtractor(choice, language, answerTag, unfenced);
    }

    /** The program in {@code completion}, or empty when the rules above find none (or only blank code). */
    public Optional<String> extract(String completion) {
        Objects.requireNonNull(completion, "completion");
        String region = completion;
        boolean inAnswer = false;
        if (answerTag) {
            int open = completion.lastIndexOf(ANSWER_OPEN);
            if (open >= 0) {
                int from = open + ANSWER_OPEN.length();
                int close = completion.indexOf(ANSWER_CLOSE, from);
                region = close < 0 ? completion.substring(from) : completion.substring(from, close);
                inAnswer = true;
            }
        }
        List<Block> matching = blocks(region).stream().filter(b -> accepts(b.tag())).toList();
        if (!matching.isEmpty()) {
            Block b = choice == Choice.FIRST ? matching.get(0) : matching.get(matching.size() - 1);
            return nonBlank(b.code());
        }
        if (inAnswer && !region.contains(FENCE)) return nonBlank(region);
        if (unfenced && !completion.contains(FENCE)) {
            int think = completion.lastIndexOf(THINK_CLOSE);
            return nonBlank(think < 0 ? completion : completion.substring(think + THINK_CLOSE.length()));
        }
        return Optional.empty();
    }

    /** Every fenced block in {@code text}, in order; a linear scan over lines (no backtracking on hostile input). */
    public static List<Block> blocks(String text) {
        var blocks = new ArrayList<Block>();
        String tag = null;
        var code = new StringBuilder();
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            int end = text.indexOf('\n', pos);
            if (end < 0) end = n;
            String line = text.substring(pos, end);
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            String trimmed = line.strip();
            if (tag == null) {
                if (trimmed.startsWith(FENCE)) {
                    String rest = trimmed.substring(FENCE.length()).strip();
                    int inner = rest.indexOf(FENCE);
                    if (inner >= 0) {
                        // a one-line block: ```print(1)```
                        blocks.add(new Block("", rest.substring(0, inner).strip(), true));
                    } else {
                        tag = firstWord(rest);
                        code.setLength(0);
                    }
                }
            } else if (trimmed.equals(FENCE)) {
                blocks.add(new Block(tag, code.toString(), true));
                tag = null;
            } else if (trimmed.endsWith(FENCE) && !trimmed.startsWith(FENCE)) {
                // the closing fence at the end of the last code line: return x```
                code.append(line, 0, line.lastIndexOf(FENCE)).append('\n');
                blocks.add(new Block(tag, code.toString(), true));
                tag = null;
            } else {
                code.append(line).append('\n');
            }
            pos = end + 1;
        }
        if (tag != null) blocks.add(new Block(tag, code.toString(), false));
        return blocks;
    }

    private boolean accepts(String tag) {
        if (language == null) return true;
        return canonical(tag).equals(canonical(language));
    }

    private static String canonical(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "py", "python3", "python" -> "python";
            case "js", "javascript", "node" -> "javascript";
            default -> t;
        };
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '{') i++;
        return s.substring(0, i);
    }

    private static Optional<String> nonBlank(String code) {
        return code.isBlank() ? Optional.empty() : Optional.of(code);
    }
}
