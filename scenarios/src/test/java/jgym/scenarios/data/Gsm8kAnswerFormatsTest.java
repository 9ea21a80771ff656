package jgym.scenarios.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jgym.env.Gold;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import org.junit.jupiter.api.Test;

/**
 * Every embedded GSM8K row's gold, restated as chat models and graders write a final answer, must score as correct by
 * the scenario's own rubric; the same gold hedged, corrected to a wrong number or scaled by a word must not. The gold
 * text is taken from the row and the formats are written here, so nothing is compared with the reward's own output.
 */
class Gsm8kAnswerFormatsTest {

    private static final DatasetScenario GSM8K = Gsm8kDataset.load(ScenarioConfig.defaults());

    /** The gold with thousands commas, as a person writes 1,234 (only for integers of four digits or more). */
    private static String grouped(String gold) {
        if (!gold.matches("\\d{4,}")) return gold;
        var b = new StringBuilder(gold);
        for (int i = b.length() - 3; i > 0; i -= 3) b.insert(i, ',');
        return b.toString();
    }

    private static String next(String gold) {
        return new BigDecimal(gold).add(BigDecimal.ONE).toPlainString();
    }

    private static final Map<String, Function<Task, String>> RIGHT = new LinkedHashMap<>();
    private static final Map<String, Function<Task, String>> WRONG = new LinkedHashMap<>();

    static {
        RIGHT.put("The answer is X.", t -> "The answer is " + gold(t) + ".");
        RIGHT.put("**Answer:** X", t -> "**Answer:** " + gold(t));
        RIGHT.put("Answer: X", t -> "Answer: " + gold(t));
        RIGHT.put("Minerva", t -> "Final Answer: The final answer is " + gold(t) + ". I hope it is correct.");
        RIGHT.put("The result is X.", t -> "The result is " + gold(t) + ".");
        RIGHT.put("$X", t -> gold(t).startsWith("-") ? "-$" + gold(t).substring(1) : "$" + gold(t));
        RIGHT.put("X dollars", t -> gold(t) + " dollars");
        RIGHT.put("1,234", t -> grouped(gold(t)));
        RIGHT.put("So the total is 1,234.", t -> "So the total is " + grouped(gold(t)) + ".");
        RIGHT.put("\\boxed{X}", t -> "\\boxed{" + gold(t) + "}");
        RIGHT.put("#### X", t -> "#### " + gold(t));
        RIGHT.put("<answer>X</answer>", t -> "<think>" + t.trace() + "</think><answer>" + gold(t) + "</answer>");
        RIGHT.put("the row's own worked solution", t -> t.trace() + "\n#### " + gold(t));

        WRONG.put("X, then a correction to X+1", t -> "The answer is " + gold(t) + ". Wait, actually it is " + next(gold(t)) + ".");
        WRONG.put("<answer>X</answer> and \\boxed{X+1}", t -> "<answer>" + gold(t) + "</answer> \\boxed{" + next(gold(t)) + "}");
        WRONG.put("\\boxed{X} and #### X+1", t -> "\\boxed{" + gold(t) + "}\n#### " + next(gold(t)));
        WRONG.put("X or X+1", t -> "It is " + gold(t) + " or " + next(gold(t)));
        WRONG.put("The answer is X+1.", t -> "The answer is " + next(gold(t)) + ".");
        WRONG.put("X thousand", t -> "The answer is " + gold(t) + " thousand.");
        WRONG.put("X plus one", t -> "The answer is " + gold(t) + " plus one.");
    }

    private static String gold(Task t) {
        return ((Gold.Answer) t.gold()).text();
    }

    private static Map<String, List<String>> misses(Map<String, Function<Task, String>> formats, boolean wantCorrect) {
        var misses = new LinkedHashMap<String, List<String>>();
        for (Task t : GSM8K.tasks()) {
            for (var f : formats.entrySet()) {
                if (f.getKey().equals("X thousand") && new BigDecimal(gold(t)).signum() == 0) continue;
                String completion = f.getValue().apply(t);
                var result = GSM8K.rubric().evaluate(t, completion);
                if (result.correct() != wantCorrect) {
                    misses.computeIfAbsent(f.getKey(), k -> new ArrayList<>()).add(t.id() + " [" + completion.lines().reduce((a, b) -> b).orElse("")
                            + "]: " + result.reason());
                }
            }
        }
        return misses;
    }

    @Test
    void everyRowsGoldIsAcceptedInEveryOrdinaryFormat() {
        assertEquals(7473, GSM8K.tasks().size());
        var misses = misses(RIGHT, true);
        assertEquals(Map.of(), summary(misses), "right answers refused");
    }

    @Test
    void everyRowsGoldHedgedCorrectedOrScaledIsRefused() {
        var misses = misses(WRONG, false);
        assertEquals(Map.of(), summary(misses), "wrong answers accepted");
    }

    private static Map<String, String> summary(Map<String, List<String>> misses) {
        var out = new LinkedHashMap<String, String>();
        misses.forEach((k, v) -> out.put(k, v.size() + " rows, e.g. " + v.subList(0, Math.min(3, v.size()))));
        return out;
    }
}
