package jgym.scenarios.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import jgym.env.Gold;
import jgym.env.Rubric;
import jgym.env.ScenarioConfig;
import jgym.env.Seeds;
import jgym.env.Task;
import jgym.rewards.code.CodeRubrics;
import jgym.env.code.Language;
import jgym.rewards.code.CodeTester;
import jgym.rewards.code.TestReport;
import jgym.scenarios.data.DatasetScenario;
import jgym.scenarios.data.HumanEvalDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gold of the procedural and HumanEval-format scenarios on the real sandbox: references pass, mutants fail. For
 * {@code code/functions} this is the independent check of the expected values, which Java computed from each
 * template's contract while the Python reference implements it separately.
 */
class CodeSandboxTest {
    private static final CodeTester TESTER = Sandbox.tester();
    private static final Rubric RUBRIC = CodeRubrics.tests(TESTER);

    @TempDir
    Path dir;

    @Test
    void everyTemplatesReferencePassesAndItsMutantFails() {
        var failures = new StringBuilder();
        var templates = new java.util.ArrayList<FunctionTemplate>(FunctionsScenario.all());
        templates.addAll(java.util.List.of(DictFunctions.values()));
        templates.addAll(java.util.List.of(RecursionFunctions.values()));
        templates.addAll(java.util.List.of(MatrixFunctions.values()));
        for (FunctionTemplate template : templates) {
            var rng = new SplittableRandom(Seeds.mix(2024, template.name().hashCode()));
            Task task = FunctionsScenario.task("check/" + template.name(), template.level(), template.make(rng));
            var gold = (Gold.Tests) task.gold();
            TestReport reference = TESTER.run(Language.PYTHON, gold, gold.reference());
            if (!reference.allPassed()) failures.append(template).append(" reference: ").append(reference.describe()).append('\n');
            // no template returns None, so the mutant must already fail the first test (run alone, to save time)
            var first = new Gold.Tests("python", "", gold.tests().subList(0, 1), gold.entryPoint(), gold.reference());
            TestReport mutant = TESTER.run(Language.PYTHON, first, ReturnNoneMutation.mutate(gold.reference()));
            if (mutant.allPassed()) failures.append(template).append(" mutant passes ").append(first.tests()).append('\n');
        }
        assertEquals("", failures.toString());
    }

    @Test
    void theOracleCompletionScoresOneAndGarbageZero() {
        var s = new FunctionsScenario(ScenarioConfig.defaults().withLevel(3), RUBRIC);
        Task t = s.task(0);
        assertEquals(1.0, RUBRIC.evaluate(t, t.oracleCompletion()).total());
        assertEquals(1.0, RUBRIC.evaluate(t, t.oracleCompletion()).component("format").valueOr(0));
        assertEquals(0.0, RUBRIC.evaluate(t, "I don't know").total());
        assertEquals(0.0, RUBRIC.evaluate(t, "").total());
        assertEquals(0.0, RUBRIC.evaluate(t, "<answer>banana</answer>").total());
    }

    @Test
    void humanEvalAcceptsAWholeFunctionOrABodyAndRejectsAWrongOne() throws IOException {
        Path file = HumanEvalFixture.write(dir.resolve("he.jsonl.gz"), HumanEvalFixture.rows(), true);
        DatasetScenario he = HumanEvalDataset.load(ScenarioConfig.defaults().withData(file), RUBRIC);
        Task below = he.task(0);
        Task even = he.task(1);
        assertEquals(1.0, RUBRIC.evaluate(below, below.oracleCompletion()).total());
        // a body only, continuing the prompt
        assertEquals(1.0, RUBRIC.evaluate(below, "```python\n" + HumanEvalFixture.SOLUTION_0 + "```").total());
        // a whole function that relies on the prompt's import (List) and, for the second task, on its helper
        String whole = "```python\ndef below_zero(operations: List[int]) -> bool:\n    total = 0\n    for x in operations:\n"
                + "        total += x\n        if total < 0:\n            return True\n    return False\n```";
        assertEquals(1.0, RUBRIC.evaluate(below, whole).total());
        assertEquals(1.0, RUBRIC.evaluate(even, "```python\ndef count_even(xs):\n    return len([x for x in xs if is_even(x)])\n```").total());
        assertEquals(0.0, RUBRIC.evaluate(below, "```python\ndef below_zero(operations):\n    return sum(operations) < 0\n```").total());
        ReferenceCheck.TaskResult r = ReferenceCheck.check(even, TESTER);
        assertTrue(r.reference().allPassed(), r.reference().describe());
        assertFalse(r.mutant().allPassed());
    }
}
