package jgym.scenarios;

import jgym.env.ScenarioRegistry;
import jgym.scenarios.data.Gsm8kDataset;
import jgym.scenarios.data.JsonlDataset;
import jgym.scenarios.data.Math500Dataset;
import jgym.scenarios.data.MathBoxedDataset;

/** Registers the built-in dataset scenarios: GSM8K (embedded), MATH-style, MATH-500 and generic JSONL (these need data). */
final class DatasetScenarios {
    private DatasetScenarios() {}

    static void register(ScenarioRegistry registry) {
        registry.register(Gsm8kDataset.NAME,
                "GSM8K grade-school word problems, gold '#### N' (7,473 train rows embedded, MIT; --data FILE for another split)",
                1, java.util.Set.of(), Gsm8kDataset::load);
        registry.register(MathBoxedDataset.NAME,
                "MATH-style JSONL {problem, solution with \\boxed{answer}}; needs --data FILE",
                1, java.util.Set.of(MathBoxedDataset.ID_FIELD), MathBoxedDataset::load);
        registry.register(Math500Dataset.NAME,
                "MATH-500 layout JSONL {problem, solution, answer, subject, level, unique_id}, scored by symbolic equivalence; needs --data FILE",
                1, java.util.Set.of(Math500Dataset.LEVELS, Math500Dataset.SUBJECTS), Math500Dataset::load);
        registry.register(JsonlDataset.NAME,
                "any JSONL of problems and answers; needs --data FILE",
                1, java.util.Set.of(JsonlDataset.PROMPT_FIELD, JsonlDataset.ANSWER_FIELD, JsonlDataset.TRACE_FIELD, JsonlDataset.ID_FIELD),
                JsonlDataset::load);
    }
}
