package jgym.rewards;

import java.util.List;
import java.util.Objects;
import jgym.env.Gold;
import jgym.env.Reward;
import jgym.env.Score;
import jgym.env.Task;
import jgym.rewards.symbolic.Equivalence;
import jgym.rewards.symbolic.Form;
import jgym.rewards.symbolic.FormReader;
import jgym.rewards.symbolic.Verdict;

/**
 * The answer-correctness reward for competition mathematics: 1 when the completion's stated answer equals the gold
 * answer as mathematics ({@link Equivalence}: {@code \frac{1}{\sqrt 2}} is {@code \frac{\sqrt 2}{2}}, {@code (3, 4]}
 * is {@code 3 < x \le 4}, a set in any order), else 0, with the verdict's reason.
 *
 * <p>Reads answers as {@link CorrectAnswer} does ({@link AnswerExtractor}: the answer contract; several stated answers
 * must all be right, or together be the gold's items; a worked gold solution is reduced to its answer). Not applicable when the gold is not a
 * {@link Gold.Answer} or cannot be read. Plain numbers are compared as exact rationals without the algebra system, so
 * the cost over {@link CorrectAnswer} is paid only by answers that need it.
 *
 * @param equivalence the tolerance and time limit of each comparison
 */
public record EquivalentAnswer(Equivalence equivalence) implements Reward {

    public EquivalentAnswer {
        Objects.requireNonNull(equivalence, "equivalence");
    }

    /** With {@link Equivalence#DEFAULT}: floating-point noise only, two seconds per comparison. */
    public EquivalentAnswer() {
        this(Equivalence.DEFAULT);
    }

    @Override
    public Score score(Task task, String completion) {
        if (!(task.gold() instanceof Gold.Answer goldAnswer)) {
            return Score.notApplicable("gold is a " + task.gold().getClass().getSimpleName() + ", not an answer");
        }
        Form gold = FormReader.read(CorrectAnswer.goldText(goldAnswer.text()));
        if (gold instanceof Form.Malformed m) {
            return Score.notApplicable("gold answer '" + Arithmetic.abbreviate(goldAnswer.text()) + "' cannot be read: " + m.reason());
        }
        AnswerWords words = AnswerWords.of(task.prompt());
        Extraction e = AnswerExtractor.extract(completion);
        if (e instanceof Extraction.Missing missing) return Score.fail(missing.reason());
        var found = (Extraction.Found) e;
        return found.score(answers -> check(answers, gold, goldAnswer.text(), words, found.source()));
    }

    /** 1 when every one of {@code answers} equals {@code gold} as mathematics, or together they are its items. */
    private Score check(List<String> answers, Form gold, String goldText, AnswerWords words, Extraction.Source source) {
        int n = answers.size();
        Score together = together(gold, answers, words, source);
        if (together != null) return together;
        String last = "";
        for (String raw : answers) {
            String which = n == 1 ? "answer" : "one of " + n + " stated answers";
            Form answer = FormReader.read(raw, words);
            if (answer instanceof Form.Malformed m) return Score.fail(which + " cannot be read: " + m.reason());
            Verdict v = equivalence.compare(gold, answer);
            if (!v.equal()) {
                return Score.fail(which + " '" + Arithmetic.abbreviate(raw.strip()) + "' is not the gold '"
                        + Arithmetic.abbreviate(goldText.strip()) + "': " + v.reason() + (n == 1 ? "" : "; every stated answer must be right"));
            }
            last = v.reason();
        }
        return Score.pass((n == 1 ? "answer equals the gold from " : n + " stated answers all equal the gold from ") + source + ": " + last);
    }

    /**
     * Several stated answers against a gold of several items ({@code \boxed{1}} and {@code \boxed{2}} for
     * {@code 1, 2}): compared together as one list, or null when the gold is one item or there is one answer. A hedge
     * gains nothing: the list must equal the gold's items, no more and no fewer.
     */
    private Score together(Form gold, List<String> answers, AnswerWords words, Extraction.Source source) {
        boolean several = gold instanceof Form.Listing || gold instanceof Form.SetOf s && s.items().size() > 1 || gold instanceof Form.Either;
        if (answers.size() < 2 || !several) return null;
        var items = new java.util.ArrayList<Form>();
        for (String raw : answers) {
            Form f = FormReader.read(raw, words);
            if (f instanceof Form.Listing l) items.addAll(l.items());
            else if (f instanceof Form.Either e) items.addAll(e.values());
            else items.add(f);
        }
        Verdict v = equivalence.compare(gold, new Form.Listing(items));
        if (!v.equal()) return null; // judged one by one below, with the reason of the first that differs
        return Score.pass(answers.size() + " stated answers together equal the gold's items from " + source + ": " + v.reason());
    }
}
