package jgym.rewards;

import java.util.ArrayList;
import java.util.List;
import jgym.env.Gold;
import jgym.env.Reward;
import jgym.env.Score;
import jgym.env.Task;

/**
 * The Countdown verification reward against {@link Gold.Countdown}: 1 when the expression in {@code <answer>} uses only
 * the given numbers, each at most once, with {@code + - * /} and parentheses, and its exact value equals the target.
 *
 * <p>The expression is parsed by {@link Arithmetic} in its {@link Arithmetic.Dialect#COUNTDOWN} dialect (integer
 * literals, binary operators, exact rational division: {@code 7/2*2} is 7), never evaluated by a script engine. The
 * forms {@code expr}, {@code expr = target} and {@code target = expr} are accepted; the side that states the target must
 * be that one number, and it is not counted as a used number. Unicode digits and the signs × ÷ − are folded first ({@link MathText#canonical}), and
 * LaTeX operators and math delimiters ({@code $3 \times 8$}) are read as plain operators ({@link MathText#unlatex}).
 * The expression is the one {@link AnswerExtractor} finds: marked, stated ("The answer is (1+2)*3") or, as the prompt
 * asks for "the expression only", the bare last line (never that line's last number). Several
 * answers score 1 only if every one verifies. Not applicable for any other kind of gold.
 */
public record CountdownCorrect() implements Reward {

    @Override
    public Score score(Task task, String completion) {
        if (!(task.gold() instanceof Gold.Countdown gold)) {
            return Score.notApplicable("gold is a " + task.gold().getClass().getSimpleName() + ", not a Countdown puzzle");
        }
        Extraction e = AnswerExtractor.extract(completion);
        if (e instanceof Extraction.Missing m) return Score.fail(m.reason());
        List<String> answers = ((Extraction.Found) e).answers(); // a bare last line is the expression, never its last number
        int n = answers.size();
        for (String raw : answers) {
            String why = verify(raw, gold);
            if (why != null) return Score.fail((n == 1 ? "" : "one of " + n + " answers: ") + why);
        }
        return Score.pass("'" + Arithmetic.abbreviate(answers.get(0).strip()) + "' reaches " + gold.target()
                + " using only " + gold.numbers());
    }

    /** Whether {@code side} is a number equal to the target (the stated result, not an expression to check). */
    private static boolean isTarget(String side, Gold.Countdown gold) {
        return Arithmetic.evaluate(side, Arithmetic.Dialect.MATH) instanceof Evaluation.Ok r && r.literals().size() == 1
                && r.value().equals(ExactRational.of(gold.target()));
    }

    /** Null when {@code raw} solves the puzzle, else why not. */
    static String verify(String raw, Gold.Countdown gold) {
        if (raw.length() > Arithmetic.MAX_LENGTH) return "expression longer than " + Arithmetic.MAX_LENGTH + " characters";
        String s = MathText.unlatex(MathText.canonical(raw));
        if (s == null) return "unbalanced braces in '" + Arithmetic.abbreviate(raw) + "'";
        s = s.strip();
        int eq = s.indexOf('=');
        if (eq >= 0) {
            if (s.indexOf('=', eq + 1) >= 0) return "more than one '=' in '" + Arithmetic.abbreviate(s) + "'";
            String left = s.substring(0, eq);
            String right = s.substring(eq + 1);
            if (!isTarget(right, gold) && isTarget(left, gold)) {
                String swap = left;
                left = right;
                right = swap;
            }
            if (!isTarget(right, gold)) return "neither side of '" + Arithmetic.abbreviate(s) + "' is the target " + gold.target();
            s = left;
        }
        Evaluation lhs = Arithmetic.evaluate(s, Arithmetic.Dialect.COUNTDOWN);
        if (lhs instanceof Evaluation.Invalid bad) return "not a valid expression: " + bad.reason();
        var ok = (Evaluation.Ok) lhs;
        List<Integer> left = new ArrayList<>(gold.numbers());
        for (ExactRational used : ok.literals()) {
            if (!used.isInteger() || used.numerator().bitLength() > 31 || !left.remove((Integer) used.numerator().intValue())) {
                return "uses " + used + " more often than given (numbers: " + gold.numbers() + ", used: " + ok.literals() + ")";
            }
        }
        if (!ok.value().equals(ExactRational.of(gold.target()))) {
            return "'" + Arithmetic.abbreviate(s.strip()) + "' equals " + ok.value() + ", not the target " + gold.target();
        }
        return null;
    }
}
