package jgym.rewards;

import java.util.List;
import jgym.env.Gold;
import jgym.env.Reward;
import jgym.env.Score;
import jgym.env.Task;

/**
 * The answer-correctness reward against {@link Gold.Answer}: 1 when the completion's stated answer equals the gold
 * answer by {@link MathAnswer} equivalence (exact rationals for numbers), else 0.
 *
 * <p>A numeric answer must be written as a number ({@link MathAnswer#isLiteral}): {@code 66-9-95} for a task that asks
 * to calculate it restates the question, and scores 0 even though it evaluates to the gold.
 *
 * <p>The answer is found by {@link AnswerExtractor} (markers only, no last-number guessing). When a completion states
 * several answers, every one must equal the gold: a careful grader does not accept a hedge. Not applicable when the
 * gold is not a {@link Gold.Answer} or cannot be read (never a free pass). A gold text that is itself a worked solution
 * ending in {@code #### N} or containing {@code \boxed{}} is reduced to that answer first.
 */
public record CorrectAnswer() implements Reward {

    @Override
    public Score score(Task task, String completion) {
        if (!(task.gold() instanceof Gold.Answer goldAnswer)) {
            return Score.notApplicable("gold is a " + task.gold().getClass().getSimpleName() + ", not an answer");
        }
        MathAnswer gold = MathAnswer.parse(goldText(goldAnswer.text()));
        if (gold instanceof MathAnswer.Malformed m) {
            return Score.notApplicable("gold answer '" + Arithmetic.abbreviate(goldAnswer.text()) + "' cannot be read: " + m.reason());
        }
        AnswerWords words = AnswerWords.of(task.prompt());
        Extraction e = AnswerExtractor.extract(completion);
        if (e instanceof Extraction.Missing missing) return Score.fail(missing.reason());
        var found = (Extraction.Found) e;
        return found.score(answers -> check(answers, gold, words, found.source()));
    }

    /** 1 when every one of {@code answers} reads as {@code gold}, written as a number where it is one. */
    private static Score check(List<String> answers, MathAnswer gold, AnswerWords words, Extraction.Source source) {
        int n = answers.size();
        for (String raw : answers) {
            MathAnswer a = MathAnswer.parse(raw, words);
            String which = n == 1 ? "answer" : "one of " + n + " stated answers";
            if (a instanceof MathAnswer.Malformed m) return Score.fail(which + " cannot be read: " + m.reason());
            if (!a.matches(gold)) {
                return Score.fail(which + " '" + Arithmetic.abbreviate(raw.strip()) + "' reads as " + show(a) + ", gold is " + show(gold)
                        + (n == 1 ? "" : "; every stated answer must be right"));
            }
            if (a instanceof MathAnswer.Number && !MathAnswer.isLiteral(raw, words)) {
                return Score.fail(which + " '" + Arithmetic.abbreviate(raw.strip()) + "' is an expression, not a number: the value "
                        + show(a) + " must be stated, not left for the grader to work out");
            }
        }
        return Score.pass((n == 1 ? "answer " : n + " stated answers all equal ") + show(gold) + " from " + source);
    }

    /** {@code text}, or the answer it marks when it is a worked solution. */
    static String goldText(String text) {
        if (text.contains("####")) {
            var h = AnswerExtractor.hashes(text);
            if (!h.isEmpty()) return h.get(h.size() - 1);
        }
        if (text.contains("\\boxed{")) {
            String b = MathText.lastBoxed(text);
            if (b != null) return b;
        }
        return text;
    }

    static String show(MathAnswer a) {
        if (a instanceof MathAnswer.Number n) return n.toString();
        if (a instanceof MathAnswer.Text t) return "text '" + Arithmetic.abbreviate(t.normalised()) + "'";
        return "malformed (" + ((MathAnswer.Malformed) a).reason() + ")";
    }
}
