package jgym.rewards;

import java.util.ArrayList;
import java.util.List;

/**
 * The unmarked final answers {@link AnswerExtractor} reads when a completion has no {@code <answer>}, box or
 * {@code ####}: stated phrases, a closing formula, the last number. Each scan is linear in the text's length.
 */
final class NaturalAnswers {
    private NaturalAnswers() {}

    /** Lead-ins of a stated answer ({@link MathText#LEAD_INS}); at one position the longest wins. */
    private static final String[] LEADS = MathText.LEAD_INS;

    /** The last number of a text and what it says. */
    sealed interface LastNumber permits LastNumber.Stated, LastNumber.Choice, LastNumber.None {
        /** The number with the words after it to the end of its sentence ({@code 72 clips}). */
        record Stated(String text) implements LastNumber {}

        /** The last number closes a list or a choice ({@code 72 or 73}): no single answer. */
        record Choice(String reason) implements LastNumber {}

        /** The text has no number. */
        record None() implements LastNumber {}
    }

    /** Stated answers and the offset where the last one ends. */
    record Stated(List<String> texts, int end) {}

    /** Words that retract what came before: "wait", "actually", "correction", ... (lower case). */
    private static final String[] CUES = {"wait", "actually", "correction", "instead", "oops", "sorry", "mistake",
                                          "re-evaluate", "reevaluate", "recheck", "re-check", "no,"};

    /**
     * The answer a correction after offset {@code end} states ("72. Wait, actually it is 73": 73), or null when what
     * follows retracts nothing: no cue word, or no number after it. A number that closes a choice is returned as is
     * (it reads as no number).
     */
    static String correction(String s, int end) {
        if (end >= s.length()) return null;
        String low = lowerSameLength(s.substring(end));
        int cue = -1;
        for (String c : CUES) {
            int i = low.indexOf(c);
            while (i >= 0 && i > 0 && Character.isLetter(low.charAt(i - 1))) i = low.indexOf(c, i + 1);
            if (i >= 0 && (cue < 0 || i < cue)) cue = i;
        }
        if (cue < 0) return null;
        String after = s.substring(end + cue);
        List<String> restated = phrases(after);
        if (!restated.isEmpty()) return restated.get(restated.size() - 1);
        LastNumber last = lastNumber(after);
        if (last instanceof LastNumber.Stated st) return st.text();
        if (last instanceof LastNumber.Choice) return after.strip();
        return null;
    }

    /** The text of every stated-answer phrase in {@code s}, in order (at most {@link AnswerExtractor#MAX_ANSWERS} + 1). */
    static List<String> phrases(String s) {
        return statedPhrases(s).texts();
    }

    /** {@link #phrases} with the offset where the last phrase's text ends. */
    static Stated statedPhrases(String s) {
        String low = lowerSameLength(s);
        var out = new ArrayList<String>();
        int from = 0;
        int last = 0;
        while (out.size() <= AnswerExtractor.MAX_ANSWERS) {
            int at = -1;
            String lead = null;
            for (String l : LEADS) {
                int i = low.indexOf(l, from);
                if (i >= 0 && (at < 0 || i < at || i == at && l.length() > lead.length())) {
                    at = i;
                    lead = l;
                }
            }
            if (at < 0) break;
            int start = at + lead.length();
            while (start < s.length() && (s.charAt(start) == ' ' || s.charAt(start) == ':' || s.charAt(start) == '*'
                    || s.charAt(start) == '\t')) start++;
            if (start < s.length() && s.charAt(start) == '\n') { // "Answer:" then the answer on the next line
                while (start < s.length() && Character.isWhitespace(s.charAt(start))) start++;
            }
            int end = sentenceEnd(s, start);
            int next = nextLead(low, start, end);
            if (next >= 0) end = next;
            String text = trimEmphasis(s.substring(start, end));
            if (!text.isEmpty()) {
                out.add(text);
                last = end;
            }
            from = Math.max(end, start + 1);
        }
        return new Stated(out, last);
    }

    /**
     * The last {@code $...$}, {@code $$...$$}, {@code \[...\]} or {@code \(...\)} of {@code s} when only whitespace and
     * punctuation follow it; else null.
     */
    static String closingFormula(String s) {
        int end = s.length();
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || ".,;:!".indexOf(s.charAt(end - 1)) >= 0)) end--;
        String t = s.substring(0, end);
        int open = -1;
        int width = 0;
        if (t.endsWith("$$") && t.length() > 4) {
            open = t.lastIndexOf("$$", t.length() - 3);
            width = 2;
        } else if (t.endsWith("\\]") || t.endsWith("\\)")) {
            open = t.lastIndexOf(t.endsWith("\\]") ? "\\[" : "\\(");
            width = 2;
        } else if (t.endsWith("$") && !t.endsWith("\\$")) {
            open = t.length() - 2;
            while (open >= 0 && (t.charAt(open) != '$' || open > 0 && t.charAt(open - 1) == '\\')) open--;
            width = 1;
        }
        if (open < 0 || open + width > t.length() - width) return null;
        String inner = t.substring(open + width, t.length() - width);
        if (inner.isBlank() || inner.length() > MathAnswer.MAX_LENGTH) return null;
        if (closesChoice(t, open)) return null; // "$72$ or $73$": a choice, not a closing formula
        return inner.strip();
    }

    /** The last non-blank line of {@code s}, stripped, without a final full stop; null when there is none or it is too long. */
    static String lastLine(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
        if (end == 0) return null;
        int start = s.lastIndexOf('\n', end - 1) + 1;
        String line = trimEmphasis(s.substring(start, end));
        if (line.endsWith(".")) line = line.substring(0, line.length() - 1).strip();
        return line.isEmpty() || line.length() > MathAnswer.MAX_LENGTH ? null : line;
    }

    /** The last number of {@code s} with the rest of its sentence, unless it closes a list or a choice. */
    static LastNumber lastNumber(String s) {
        int end = s.length();
        while (end > 0 && !isDigit(s.charAt(end - 1))) end--;
        if (end == 0) return new LastNumber.None();
        int start = end;
        while (start > 0) {
            char c = s.charAt(start - 1);
            if (isDigit(c)) start--;
            else if ((c == ',' || c == '.' || c == '/') && start >= 2 && isDigit(s.charAt(start - 2))) start--;
            else break;
        }
        if (start > 0 && s.charAt(start - 1) == '$') start--;
        if (start > 0 && s.charAt(start - 1) == '-' && (start == 1 || !Character.isLetterOrDigit(s.charAt(start - 2)))) start--;
        if (closesChoice(s, start)) return choice(s, start, end);
        int stop = sentenceEnd(s, end);
        String text = trimEmphasis(s.substring(start, stop));
        return new LastNumber.Stated(text);
    }

    /** Whether what ends at {@code start} joins a list or a choice: "or", "nor", "to", "and", "versus", a number and a comma. */
    private static boolean closesChoice(String s, int start) {
        String before = s.substring(Math.max(0, start - 12), start).strip();
        String low = " " + lowerSameLength(before);
        for (String joiner : new String[] {" or", " nor", " to", " and", " versus", " vs", " vs."}) {
            if (low.endsWith(joiner)) return true;
        }
        if (!before.endsWith(",")) return false;
        String item = before.substring(0, before.length() - 1).strip();
        return !item.isEmpty() && (isDigit(item.charAt(item.length() - 1)) || item.endsWith("$"));
    }

    private static LastNumber choice(String s, int start, int end) {
        String around = s.substring(Math.max(0, start - 20), end).strip();
        return new LastNumber.Choice("the last number closes a list or a choice ('..." + around + "'): no single answer");
    }

    /**
     * Where the sentence starting at {@code from} ends: at a newline, or at '.', '!', '?' or ';' followed by a space or
     * the end, outside {@code $...$} and braces (so {@code 3.5} and {@code $x.y$} do not end it).
     */
    static int sentenceEnd(String s, int from) {
        boolean math = false;
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                i++;
                continue;
            }
            if (c == '\n') return i;
            if (c == '$') math = !math;
            else if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (!math && depth <= 0 && (c == '.' || c == '!' || c == '?' || c == ';')
                    && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))) {
                return i;
            }
        }
        return s.length();
    }

    private static int nextLead(String low, int from, int to) {
        int best = -1;
        for (String l : LEADS) {
            int i = low.indexOf(l, from);
            if (i >= 0 && i < to && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    /** {@code s} stripped of spaces and markdown emphasis ({@code **72**}) at both ends. */
    private static String trimEmphasis(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (Character.isWhitespace(s.charAt(a)) || s.charAt(a) == '*' || s.charAt(a) == '_')) a++;
        while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || s.charAt(b - 1) == '*' || s.charAt(b - 1) == '_')) b--;
        return s.substring(a, b);
    }

    /** Lower case, one char for one char, so that offsets in the result are offsets in {@code s}. */
    private static String lowerSameLength(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) c[i] = Character.toLowerCase(c[i]);
        return new String(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
