package jgym.scenarios;

import jgym.env.ScenarioRegistry;
import jgym.scenarios.data.Gsm8kDataset;
import jgym.scenarios.data.JsonlDataset;
import jgym.scenarios.data.MathBoxedDataset;

/** Registers the built-in dataset scenarios: GSM8K (embedded), MATH-style and generic JSONL (both need data). */
final class DatasetScenarios {
    private DatasetScenarios() {}

    static void register(ScenarioRegistry registry) {
        registry.register(Gsm8kDataset.NAME,
                "GSM8K grade-school word problems, gold '#### N' (7,473 train rows embedded, MIT; --data FILE for another split)",
                1, Gsm8kDataset::load);
        registry.register(MathBoxedDataset.NAME,
                "MATH-style JSONL {problem, solution with \\boxed{answer}}; needs --data FILE (option id_field)",
                1, MathBoxedDataset::load);
        registry.register(JsonlDataset.NAME,
                "any JSONL of problems and answers; needs --data FILE (options prompt_field, answer_field, trace_field, id_field)",
                1, JsonlDataset::load);
    }
}
