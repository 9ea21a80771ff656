package jgym.rewards;

import jgym.env.Gold;
import jgym.env.Reward;
import jgym.env.Score;
import jgym.env.Task;

/**
 * An explicit, lenient fallback: 1 when the last number written anywhere in the completion equals the gold answer.
 *
 * <p>This is how many GSM8K evaluations grade base models that do not follow an answer format. It is kept apart from
 * {@link CorrectAnswer} on purpose: a policy trained on it can hedge by ending with the likeliest number, so use it for
 * evaluation or as a low-weight shaping term, never silently. A number is a run of digits with optional thousands
 * commas, a decimal point and a leading minus ({@code -1,200.5}); unicode digits are folded first. Only the last
 * {@value #WINDOW} characters are read, which bounds the work on long completions.
 */
public record LastNumberAnswer() implements Reward {
    /** How many characters from the end are searched for the last number. */
    public static final int WINDOW = 4096;

    @Override
    public Score score(Task task, String completion) {
        if (!(task.gold() instanceof Gold.Answer goldAnswer)) {
            return Score.notApplicable("gold is a " + task.gold().getClass().getSimpleName() + ", not an answer");
        }
        MathAnswer gold = MathAnswer.parse(CorrectAnswer.goldText(goldAnswer.text()));
        if (!(gold instanceof MathAnswer.Number)) {
            return Score.notApplicable("gold answer '" + Arithmetic.abbreviate(goldAnswer.text()) + "' is not a number");
        }
        String tail = completion.length() > WINDOW ? completion.substring(completion.length() - WINDOW) : completion;
        String last = lastNumber(MathText.canonical(tail));
        if (last == null) return Score.fail("no number in the last " + WINDOW + " characters");
        MathAnswer a = MathAnswer.parse(last);
        if (a.matches(gold)) return Score.pass("last number " + last + " equals gold " + CorrectAnswer.show(gold));
        return Score.fail("last number " + last + " is not gold " + CorrectAnswer.show(gold));
    }

    /** The last number in {@code s}, or null. */
    static String lastNumber(String s) {
        int end = s.length();
        while (end > 0 && !isDigit(s.charAt(end - 1))) end--;
        if (end == 0) return null;
        int start = end;
        while (start > 0) {
            char c = s.charAt(start - 1);
            if (isDigit(c)) {
                start--;
            } else if ((c == '.' || c == ',') && start >= 2 && isDigit(s.charAt(start - 2))) {
                start--;
            } else {
                break;
            }
        }
        if (start > 0 && s.charAt(start - 1) == '-') start--;
        String n = s.substring(start, end);
        // A comma that is not a thousands separator ends the number: "3,4" reads as 4.
        int comma = n.lastIndexOf(',');
        if (comma >= 0 && MathAnswer.parse(n) instanceof MathAnswer.Text) n = n.substring(comma + 1);
        return n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
