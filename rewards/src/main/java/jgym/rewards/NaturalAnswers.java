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

    /** Words that retract or add to what came before: "wait", "actually", "alternatively", ... (lower case, whole words). */
    private static final String[] CUES = {"wait", "actually", "correction", "instead", "oops", "sorry", "mistake",
                                          "re-evaluate", "reevaluate", "recheck", "re-check", "hold on", "alternatively",
                                          "take it back", "maybe", "perhaps", "possibly", "might", "or rather", "no,"};
    /** Words that join a second value to the first: right after an answer they make it a choice. */
    private static final String[] JOINERS = {"or", "nor", "and", "to", "versus", "vs", "vs."};

    /**
     * The answers stated after offset {@code end}, where the deciding level's last answer ends: each stated phrase
     * there ("\\boxed{72}. The answer is 73."), a second value joined right after it ("\\boxed{72} or 73"), the
     * number after a correction cue ("Wait, actually it is 73"), and a short closing line that is a number ("73",
     * "Hmm, maybe 73."). Empty when what follows states nothing (a check such as "72 - 24 = 48" is not an answer).
     */
    static List<String> after(String s, int end) {
        var out = new ArrayList<String>();
        if (end >= s.length()) return out;
        String tail = MathText.canonical(s.substring(end)); // fullwidth digits count as digits here too
        String low = lowerSameLength(tail);
        out.addAll(phrases(tail));
        String start = low.strip();
        while (start.startsWith(".") || start.startsWith(")") || start.startsWith("*")) start = start.substring(1).strip();
        for (String j : JOINERS) {
            if (start.startsWith(j + " ") || start.startsWith(j + "\n")) {
                if (hasDigit(start)) out.add(tail.strip());
                break;
            }
        }
        if (start.startsWith(",") && hasDigit(start)) out.add(tail.strip());
        int cue = firstCue(low);
        if (cue >= 0) {
            String afterCue = tail.substring(cue);
            List<String> restated = phrases(afterCue);
            if (restated.isEmpty()) {
                LastNumber last = lastNumber(afterCue);
                if (last instanceof LastNumber.Stated st) out.add(st.text());
                else if (last instanceof LastNumber.Choice) out.add(afterCue.strip());
            }
        }
        String line = tail.indexOf('\n') < 0 ? null : lastLine(tail); // a closing line of its own
        if (line != null && hasDigit(line) && line.split("\\s+").length <= 4 && line.indexOf('=') < 0
                && lastNumber(line) instanceof LastNumber.Stated st && !out.contains(st.text())) {
            out.add(st.text());
        }
        return out;
    }

    /** The offset of the first cue word of {@code low} (whole words only: "waiting" is no "wait"), or -1. */
    private static int firstCue(String low) {
        int best = -1;
        for (String c : CUES) {
            for (int i = low.indexOf(c); i >= 0; i = low.indexOf(c, i + 1)) {
                boolean startsWord = i == 0 || !Character.isLetter(low.charAt(i - 1));
                int e = i + c.length();
                boolean endsWord = e >= low.length() || !Character.isLetter(low.charAt(e));
                if (startsWord && endsWord) {
                    if (best < 0 || i < best) best = i;
                    break;
                }
            }
        }
        return best;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (isDigit(s.charAt(i))) return true;
        return false;
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
        if (closesChoice(s, start)) return null; // "either 73 or\n72": the line ends a choice begun above it
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
        String qualified = qualified(s, start);
        if (qualified != null) return new LastNumber.Choice("the last number is " + qualified + ": no stated answer");
        int stop = sentenceEnd(s, end);
        return new LastNumber.Stated(trimEmphasis(withoutPlaceTail(s.substring(start, stop), end - start)));
    }

    /** Words that open a phrase of place or time after a number's unit: "72 clips in April and May". */
    private static final java.util.Set<String> PLACE_WORDS = java.util.Set.of("and", "in", "on", "at", "for", "from", "of",
            "with", "during", "after", "before", "since", "until", "by");
    /** Words that hedge or change a value wherever they stand after it. */
    private static final java.util.Set<String> HEDGES = java.util.Set.of("or", "nor", "plus", "minus", "times", "more",
            "less", "fewer", "than", "not", "maybe", "perhaps", "possibly", "probably", "approximately", "about", "around",
            "roughly", "nearly", "almost", "least", "most", "either", "except");

    /**
     * {@code text} (a number of {@code digits} characters and the rest of its sentence) without a closing phrase of place
     * or time ({@code 72 clips altogether in April and May} is {@code 72 clips altogether}), unless the words dropped
     * would hold a number or a hedge, in which case it is kept whole for the reader to refuse.
     */
    private static String withoutPlaceTail(String text, int digits) {
        String rest = text.substring(Math.min(digits, text.length()));
        String[] words = rest.strip().split("\\s+");
        int cutWord = -1;
        for (int i = 0; i < words.length; i++) {
            if (PLACE_WORDS.contains(lowerSameLength(words[i]))) {
                cutWord = i;
                break;
            }
        }
        if (cutWord <= 0) return text; // no unit before the phrase, or no phrase
        String dropped = String.join(" ", java.util.Arrays.asList(words).subList(cutWord, words.length));
        if (hasDigit(dropped)) return text;
        for (String w : lowerSameLength(dropped).split("[^a-z']+")) if (HEDGES.contains(w)) return text;
        return text.substring(0, digits) + " " + String.join(" ", java.util.Arrays.asList(words).subList(0, cutWord));
    }

    /** Words before a number that deny, bound or hedge it: "not 72", "more than 72", "at least 72", "maybe 72". */
    private static final java.util.Set<String> QUALIFIERS = java.util.Set.of("not", "no", "cannot", "can't", "isn't", "wasn't",
            "never", "than", "least", "most", "either", "neither", "nor", "or", "except", "without", "maybe", "perhaps",
            "possibly", "probably", "approximately", "approx", "about", "around", "roughly", "nearly", "almost", "over",
            "under", "above", "below", "exceeds", "exceed", "unlike");

    /**
     * Why the number at {@code start} is no answer on its own, or null: a word of its sentence before it qualifies it
     * ({@link #QUALIFIERS}), a comparison sign precedes it ({@code x > 72}, {@code x \neq 72}), or it is the operand
     * of an operation ({@code 72 = 8 \cdot 9}, {@code 2^6}, {@code 72 - 9}).
     */
    private static String qualified(String s, int start) {
        int from = start;
        while (from > 0) { // back to the start of the number's sentence (a decimal point is no sentence end)
            char c = s.charAt(from - 1);
            if (c == '\n') break;
            if (".!?;".indexOf(c) >= 0 && !(from >= 2 && isDigit(s.charAt(from - 2)) && from < s.length() && isDigit(s.charAt(from)))) break;
            from--;
        }
        String before = s.substring(from, start);
        String low = lowerSameLength(before);
        for (String w : low.split("[^a-z']+")) if (QUALIFIERS.contains(w)) return "qualified by '" + w + "'";
        for (String sign : new String[] {"<", ">", "\u2260", "\u2264", "\u2265", "\\ne", "\\ge", "\\le", "\\gt", "\\lt", "\\approx", "\\sim"}) {
            if (before.contains(sign)) return "in a comparison ('" + sign + "')";
        }
        String b = before.strip();
        if (b.endsWith("$")) b = b.substring(0, b.length() - 1).strip();
        if (b.endsWith("=")) {
            // "48 + 24 = 72" states 72 when the left side has that value; "seventy three = 72" is no equation of values
            String left = b.substring(0, b.length() - 1).strip();
            int k = left.length();
            while (k > 0 && "0123456789+-*/(). ".indexOf(left.charAt(k - 1)) >= 0) k--;
            String operand = left.substring(k).strip();
            if (operand.isEmpty()) {
                String[] ws = left.split("\\s+");
                String last = ws.length == 0 ? "" : lowerSameLength(ws[ws.length - 1]);
                if (AnswerWords.NEVER_UNITS.contains(last) || last.endsWith("ty") || last.endsWith("teen")) return "after a number word and '='";
            } else {
                Evaluation e = Arithmetic.evaluate(operand, Arithmetic.Dialect.MATH);
                String num = s.substring(start).split("[^0-9./-]", 2)[0];
                Evaluation v = Arithmetic.evaluate(num.replace(",", ""), Arithmetic.Dialect.MATH);
                if (e instanceof Evaluation.Ok lo && v instanceof Evaluation.Ok ro && !lo.value().equals(ro.value())) {
                    return "the right side of a false equation";
                }
            }
        }
        if (b.endsWith("\\cdot") || b.endsWith("\\times") || b.endsWith("\\div") || b.endsWith("^") || b.endsWith("^{")
                || b.endsWith("*") || b.endsWith("/") || b.endsWith("+") || b.endsWith("\u00D7")) {
            return "an operand of an operation";
        }
        if ((s.charAt(start) == '-') && !b.isEmpty() && (isDigit(b.charAt(b.length() - 1)) || b.endsWith(")"))) {
            return "an operand of an operation";
        }
        return null;
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
