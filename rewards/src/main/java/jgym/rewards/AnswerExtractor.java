package jgym.rewards;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the final answer a completion states, the way the field's graders read what real models write.
 *
 * <p>Where: after the last {@code </think>} when the completion has one (reasoning may try and retract answers; only
 * what follows it is final), else the whole completion. What, by precedence, the first level that finds anything
 * deciding:
 * <ol>
 *   <li><b>markers</b>: every complete {@code <answer>...</answer>} block (a single {@code \boxed{}} or
 *       {@code #### N} inside one narrows it), every {@code \boxed{...}} and every {@code #### N} line outside them;</li>
 *   <li><b>phrases</b>: the text after every "final answer:", "the final answer is", "the answer is", "answer:" or "the
 *       result is" (any case, markdown emphasis allowed: {@code **Answer:** 72}) up to the end of its sentence, as
 *       Minerva's and lm-eval's strict graders read it ("Final Answer: The final answer is 72. I hope it is
 *       correct.");</li>
 *   <li><b>a closing formula</b>: the last {@code $...$}, {@code $$...$$}, {@code \[...\]} or {@code \(...\)} when
 *       nothing but punctuation follows it (Math-Verify's last LaTeX expression);</li>
 *   <li><b>the last number</b> with the words after it to the end of its sentence (lm-eval's flexible rule, but the
 *       words are kept for the reader to judge: {@code 72 thousand} is not 72).</li>
 * </ol>
 * Every answer found at the deciding level is returned: our rewards require all of them to be right, so a second,
 * different answer anywhere at that level (an {@code <answer>} and a different box, "the answer is 73 ... wait, the
 * answer is 72") is a hedge that scores 0, and so is a correction after the last one (a cue such as "wait", "actually",
 * "correction" followed by another number: "The answer is 72. Wait, actually it is 73."). A last number that closes a
 * list or a choice ({@code 72 or 73},
 * {@code 70, 72}) is no answer. A completion that opens a marker it never closes was cut off mid-answer: it states
 * nothing, and no lower level is read.
 *
 * <p>Work is linear in the completion length, and at most {@link #MAX_ANSWERS} answers are collected.
 */
public final class AnswerExtractor {
    private AnswerExtractor() {}

    /** The most answers collected; a completion stating more is a hedge and is reported as such. */
    public static final int MAX_ANSWERS = 16;

    private static final String OPEN = "<answer>";
    private static final String CLOSE = "</answer>";
    private static final String THINK_CLOSE = "</think>";

    /** The answers {@code completion} (never null) states, or why it states none. */
    public static Extraction extract(String completion) {
        if (completion.isEmpty()) return new Extraction.Missing("empty completion");
        String region = finalRegion(completion);
        String cut = cutOff(region);
        if (cut != null) return new Extraction.Missing(cut);
        String where = region.length() == completion.length() ? "in the completion" : "after </think>";
        Extraction marked = marked(region, where);
        if (marked != null) return marked;
        NaturalAnswers.Stated phrases = NaturalAnswers.statedPhrases(region);
        if (!phrases.texts().isEmpty()) return found(Extraction.Source.PHRASE, corrected(phrases.texts(), region, phrases.end()));
        String formula = NaturalAnswers.closingFormula(region);
        if (formula != null) return found(Extraction.Source.FORMULA, List.of(formula));
        String line = NaturalAnswers.lastLine(region);
        if (line == null) return new Extraction.Missing("no <answer>, \\boxed{}, ####, stated answer or text " + where);
        String number = NaturalAnswers.lastNumber(region) instanceof NaturalAnswers.LastNumber.Stated s ? s.text() : null;
        return new Extraction.Found(Extraction.Source.LAST_LINE, List.of(line), line.equals(number) ? null : number);
    }

    /** The part of {@code completion} where its final answer is: after the last {@code </think>}, else all of it. */
    private static String finalRegion(String completion) {
        int think = completion.lastIndexOf(THINK_CLOSE);
        return think < 0 ? completion : completion.substring(think + THINK_CLOSE.length());
    }

    /** Every marked answer of {@code region}, the source being the first kind found; null when there is none. */
    private static Extraction marked(String region, String where) {
        var answers = new ArrayList<String>();
        Extraction.Source source = null;
        StringBuilder outside = null; // the text outside the <answer> blocks, copied only when there are blocks
        int from = 0;
        while (region.indexOf('<') >= 0) {
            int open = region.indexOf(OPEN, from);
            if (open < 0) break;
            int close = region.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) break; // cut off: refused before this is read (cutOff)
            if (outside == null) outside = new StringBuilder(region.length());
            outside.append(region, from, open).append('\n');
            if (answers.size() == MAX_ANSWERS) return tooMany("<answer> blocks");
            answers.add(narrow(region.substring(open + OPEN.length(), close)));
            source = Extraction.Source.ANSWER_TAG;
            from = close + CLOSE.length();
        }
        String rest = outside == null ? region : outside.append(region, from, region.length()).toString();
        List<String> boxed = boxed(rest);
        if (!boxed.isEmpty() && source == null) source = Extraction.Source.BOXED;
        answers.addAll(boxed);
        List<String> hashes = rest.indexOf('#') < 0 ? List.of() : hashes(rest);
        if (!hashes.isEmpty() && source == null) source = Extraction.Source.HASHES;
        answers.addAll(hashes);
        if (source == null) return null;
        return found(source, corrected(answers, region, markedEnd(region)));
    }

    /** {@code answers} and every answer stated after offset {@code end} ({@link NaturalAnswers#after}). */
    private static List<String> corrected(List<String> answers, String region, int end) {
        List<String> more = NaturalAnswers.after(region, end);
        if (more.isEmpty()) return answers;
        var all = new ArrayList<>(answers);
        all.addAll(more);
        return all;
    }

    /** Where the last marker of {@code s} ends: a {@code </answer>}, a box's brace or a {@code ####} line. */
    private static int markedEnd(String s) {
        int end = 0;
        int close = s.indexOf('<') < 0 ? -1 : s.lastIndexOf(CLOSE);
        if (close >= 0) end = close + CLOSE.length();
        List<Integer> boxes = boxCommands(s);
        if (!boxes.isEmpty()) {
            int brace = MathText.matchingBrace(s, s.indexOf('{', boxes.get(boxes.size() - 1)));
            if (brace >= 0) end = Math.max(end, brace + 1);
        }
        int hash = s.indexOf('#') < 0 ? -1 : s.lastIndexOf("####");
        if (hash >= 0) {
            int line = s.indexOf('\n', hash);
            end = Math.max(end, line < 0 ? s.length() : line);
        }
        return end;
    }

    private static Extraction found(Extraction.Source source, List<String> answers) {
        if (answers.size() > MAX_ANSWERS) return tooMany(source + " answers");
        return new Extraction.Found(source, answers);
    }

    private static Extraction tooMany(String what) {
        return new Extraction.Missing("more than " + MAX_ANSWERS + " " + what + ": a list of guesses, not an answer");
    }

    /**
     * Why {@code region} was cut off mid-answer: an {@code <answer>} never closed, or a box whose brace never closes;
     * null when it was not. Such a completion states no answer, and nothing before the cut stands in for one.
     */
    private static String cutOff(String region) {
        int lastOpen = region.indexOf('<') < 0 ? -1 : region.lastIndexOf(OPEN);
        if (lastOpen >= 0 && region.indexOf(CLOSE, lastOpen) < 0) return "<answer> is never closed by </answer>: the answer was cut off";
        for (int at : boxCommands(region)) {
            if (MathText.matchingBrace(region, region.indexOf('{', at)) < 0) return "a \\boxed{ is never closed: the answer was cut off";
        }
        return null;
    }

    /** The offsets of every {@code \boxed} or {@code \fbox} command whose argument opens with '{' (spaces allowed). */
    private static List<Integer> boxCommands(String s) {
        if (s.indexOf('\\') < 0) return List.of(); // most completions have no LaTeX command at all
        var out = new ArrayList<Integer>();
        for (String cmd : new String[] {"\\boxed", "\\fbox"}) {
            for (int at = s.indexOf(cmd); at >= 0; at = s.indexOf(cmd, at + cmd.length())) {
                int j = at + cmd.length();
                if (j < s.length() && Character.isLetter(s.charAt(j))) continue; // \boxedx is another command
                while (j < s.length() && s.charAt(j) == ' ') j++;
                if (j < s.length() && s.charAt(j) == '{') out.add(at);
            }
        }
        out.sort(null);
        return out;
    }

    /** The boxed or #### part of an answer block, if it has exactly one such marker; else the block itself. */
    private static String narrow(String block) {
        if (block.length() > MathAnswer.MAX_LENGTH) return block;
        if (block.contains("\\boxed") || block.contains("\\fbox")) {
            List<String> b = boxed(block);
            // only when nothing after the box adds a value: "\boxed{72} or 73" stays whole (and reads as no number)
            if (b.size() == 1 && !hasDigitAfter(block, b.get(0))) return b.get(0);
        }
        if (block.contains("####")) {
            List<String> h = hashes(block);
            if (h.size() == 1) return h.get(0);
        }
        return block;
    }

    /** Whether {@code block} has a digit after the last occurrence of {@code inner}. */
    private static boolean hasDigitAfter(String block, String inner) {
        int at = block.lastIndexOf(inner);
        for (int i = at + inner.length(); i < block.length(); i++) if (Character.isDigit(block.charAt(i))) return true;
        return false;
    }

    /** The argument of every closed {@code \boxed{...}} or {@code \fbox{...}} (spaces before the brace allowed), in order. */
    static List<String> boxed(String s) {
        var out = new ArrayList<String>();
        int after = 0;
        for (int at : boxCommands(s)) {
            if (at < after) continue; // a box inside a box is part of its argument
            int open = s.indexOf('{', at);
            int close = MathText.matchingBrace(s, open);
            if (close < 0) break;
            out.add(s.substring(open + 1, close));
            after = close + 1;
            if (out.size() > MAX_ANSWERS) break;
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
