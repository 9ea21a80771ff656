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
                1, Gsm8kDataset::load);
        registry.register(MathBoxedDataset.NAME,
                "MATH-style JSONL {problem, solution with \\boxed{answer}}; needs --data FILE (option id_field)",
                1, MathBoxedDataset::load);
        registry.register(Math500Dataset.NAME,
                "MATH-500 layout JSONL {problem, solution, answer, subject, level, unique_id}, scored by symbolic equivalence; needs --data FILE (options levels, subjects)",
                1, Math500Dataset::load);
        registry.register(JsonlDataset.NAME,
                "any JSONL of problems and answers; needs --data FILE (options prompt_field, answer_field, trace_field, id_field)",
                1, JsonlDataset::load);
    }
}
