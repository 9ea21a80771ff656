package jgym.rewards;

import java.util.Objects;
import java.util.regex.Pattern;
import jgym.env.Reward;
import jgym.env.Score;
import jgym.env.Task;

/**
 * A correctness reward that also requires the stated answer to be written in a given form: a task that asks to
 * expand a product is not answered by the product itself, though the two are equal. Every stated answer (as
 * {@link AnswerExtractor} finds them) must match {@code form} in full, spaces removed; then {@code inner} decides.
 *
 * @param inner       the correctness reward, e.g. {@link EquivalentAnswer}
 * @param form        the pattern every stated answer must match, without spaces
 * @param description what the form is, for the reason ("an expanded polynomial, without parentheses")
 */
public record RequiredForm(Reward inner, Pattern form, String description) implements Reward {
    public RequiredForm {
        Objects.requireNonNull(inner, "inner");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public Score score(Task task, String completion) {
        if (AnswerExtractor.extract(completion) instanceof Extraction.Found found) {
            for (String raw : found.answers()) {
                String compact = raw.replaceAll("\\s+", "").replace("$", "");
                if (compact.length() > MathAnswer.MAX_LENGTH || !form.matcher(compact).matches()) {
                    return Score.fail("answer '" + Arithmetic.abbreviate(raw.strip()) + "' is not written as " + description);
                }
            }
        }
        return inner.score(task, completion);
    }
}
