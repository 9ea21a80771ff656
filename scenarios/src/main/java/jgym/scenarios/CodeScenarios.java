package jgym.scenarios;

import java.util.List;
import java.util.Set;
import jgym.env.ScenarioRegistry;
import jgym.scenarios.code.DictFunctions;
import jgym.scenarios.code.FunctionsScenario;
import jgym.scenarios.code.MatrixFunctions;
import jgym.scenarios.code.RecursionFunctions;
import jgym.scenarios.data.HumanEvalDataset;
import jgym.scenarios.data.MbppDataset;

/**
 * Registers the built-in code scenarios. Their rubrics run tests in the sandbox found through
 * {@link jgym.env.code.CodeRunners#shared()} on first scoring, so making and sampling them needs no sandbox.
 */
final class CodeScenarios {
    private CodeScenarios() {}

    static void register(ScenarioRegistry registry) {
        registry.register(FunctionsScenario.NAME,
                "write a Python function from its contract; checked by hidden tests (lists, strings, numbers)",
                FunctionsScenario.LEVELS, Set.of(FunctionsScenario.TEMPLATE), FunctionsScenario::create);
        registry.register("code/dicts", "write a Python function that builds or transforms dictionaries; hidden tests",
                FunctionsScenario.LEVELS, Set.of(FunctionsScenario.TEMPLATE), FunctionsScenario.family("code/dicts", List.of(DictFunctions.values())));
        registry.register("code/recursion", "write a Python function for a power, a recurrence or a subset count; hidden tests",
                FunctionsScenario.LEVELS, Set.of(FunctionsScenario.TEMPLATE), FunctionsScenario.family("code/recursion", List.of(RecursionFunctions.values())));
        registry.register("code/matrices", "write a Python function that transposes, rotates or walks a matrix; hidden tests",
                FunctionsScenario.LEVELS, Set.of(FunctionsScenario.TEMPLATE), FunctionsScenario.family("code/matrices", List.of(MatrixFunctions.values())));
        registry.register(MbppDataset.NAME,
                "MBPP Python problems with their assert tests (474 embedded rows; --data FILE for another file)",
                1, Set.of(MbppDataset.CHALLENGE), MbppDataset::load);
        registry.register(HumanEvalDataset.NAME,
                "HumanEval-format Python problems checked by check(entry_point) (needs --data FILE, .jsonl or .jsonl.gz)",
                1, HumanEvalDataset::load);
    }
}
