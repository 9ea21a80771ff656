package jgym.agents.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jgym.agents.train.Algorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineSpecTest {
    @TempDir
    Path dir;

    private static final String YAML = """
            name: toy
            seed: 7
            scenario: math/parity
            level: 2
            options: {trace: carry}
            max_tokens: 100
            stages:
              - pretrain: {long_share: 0.25, steps: 30}
              - sft: {steps: 5, stop_accuracy: 0.9, level: 3}
              - rl: {algo: dr_grpo, steps: 4, language: latin}
              - rejection_sft: {tasks: 16, samples: 2, language: latin, teacher: runs/teacher}
            """;

    private static final String JSON = """
            {"name": "toy", "seed": 7, "scenario": "math/parity", "level": 2, "options": {"trace": "carry"},
             "max_tokens": 100,
             "stages": [
               {"pretrain": {"long_share": 0.25, "steps": 30}},
               {"sft": {"steps": 5, "stop_accuracy": 0.9, "level": 3}},
               {"rl": {"algo": "dr_grpo", "steps": 4, "language": "latin"}},
               {"rejection_sft": {"tasks": 16, "samples": 2, "language": "latin", "teacher": "runs/teacher"}}]}
            """;

    @Test
    void yamlAndJsonReadToTheSamePipelineWithTheDocumentedDefaults() throws Exception {
        Files.writeString(dir.resolve("p.yaml"), YAML);
        Files.writeString(dir.resolve("p.json"), JSON);
        PipelineSpec y = PipelineSpec.read(dir.resolve("p.yaml"));
        assertEquals(y, PipelineSpec.read(dir.resolve("p.json")));

        assertEquals("toy", y.name());
        assertEquals(7L, y.seed());
        assertEquals(Map.of("trace", "carry"), y.options());
        assertEquals(new PipelineSpec.Model(1, 64, 4, 112), y.model(), "model defaults");
        assertEquals(100, y.heldOut(), "heldout default");
        assertNull(y.init());
        assertEquals(new Stage.Pretrain(0.25, 30, 32, 3e-3, null, Map.of()), y.stages().get(0));
        assertEquals(new Stage.ColdStart(5, 32, 3e-3, 0.9, 3, Map.of()), y.stages().get(1));
        var rl = (Stage.Reinforce) y.stages().get(2);
        assertEquals(Algorithm.DR_GRPO, rl.algorithm());
        assertEquals(List.of(4, 8, 8), List.of(rl.steps(), rl.groupSize(), rl.groups()));
        assertEquals(1.0, rl.temperature());
        assertEquals(1e-3, rl.lr());
        assertEquals(0.1, rl.languageWeight(), "the language weight defaults to 0.1 once a language is named");
        assertEquals(new Stage.RejectionSft(16, 2, 1.0, 50, 32, 1e-3, "latin", "runs/teacher", null, Map.of()), y.stages().get(3));
    }

    @Test
    void everyGrpoVariantIsSelectable() {
        for (Algorithm a : Algorithm.values()) {
            PipelineSpec s = PipelineSpec.parse("name: v\nscenario: math/parity\nstages:\n  - rl: {algo: " + a.flag() + "}\n", "v.yaml", false);
            assertEquals(a, ((Stage.Reinforce) s.stages().get(0)).algorithm());
        }
    }

    @Test
    void thePresetsRead() throws Exception {
        for (String name : PipelineSpec.PRESETS) {
            PipelineSpec p = PipelineSpec.preset(name);
            assertEquals(name, p.name());
            assertTrue(p.stages().size() >= 2, name);
        }
        PipelineSpec zero = PipelineSpec.preset("r1-zero");
        assertEquals(List.of("pretrain", "pretrain", "rl"), zero.stages().stream().map(Stage::kind).toList());
        assertTrue(zero.stages().stream().noneMatch(s -> s instanceof Stage.ColdStart), "R1-Zero has no SFT");
        assertEquals(List.of("pretrain", "pretrain", "sft", "rl", "rejection_sft", "rl"),
                PipelineSpec.preset("r1").stages().stream().map(Stage::kind).toList());
        assertNull(PipelineSpec.preset("r2"));
    }

    private static String error(String yaml) {
        return assertThrows(IllegalArgumentException.class, () -> PipelineSpec.parse(yaml, "p.yaml", false)).getMessage();
    }

    @Test
    void mistakesNameTheFileLineAndField() {
        String head = "name: toy\nscenario: math/parity\nstages:\n";
        assertEquals("p.yaml: line 5, field stages[1].rl.stepz: unknown field 'stepz'; known: algo, curriculum, group_size, groups, "
                + "language, language_weight, level, lr, options, steps, temperature",
                error(head + "  - pretrain: {steps: 3}\n  - rl: {stepz: 3}\n"));
        assertEquals("p.yaml: line 4, field stages[0].pretrain.steps: steps must be >= 1, got 0",
                error(head + "  - pretrain: {steps: 0, batch: 2}\n"));
        assertEquals("p.yaml: line 6, field stages[0].rl.steps: steps must be >= 1, got 0",
                error(head + "  - rl:\n      algo: grpo\n      steps: 0\n"), "the line of the field, not of the object's end");
        assertEquals("p.yaml: line 3, field level: level must be >= 1, got 0",
                error("name: toy\nscenario: math/parity\nlevel: 0\nstages:\n  - rl: {}\n"));
        assertEquals("p.yaml: empty pipeline", error("\n"));
        assertEquals("p.yaml: line 5, field stages[1]: unknown stage 'grpo'; stages are pretrain, sft, rl, rejection_sft",
                error(head + "  - sft: {}\n  - grpo: {steps: 3}\n"));
        assertTrue(error(head + "  - rl: {algo: ppo2}\n").startsWith("p.yaml: line 4, field stages[0].rl.algo: algo must be one of grpo, dapo, "),
                error(head + "  - rl: {algo: ppo2}\n"));
        assertTrue(error(head + "  - rl: {steps: many}\n").startsWith("p.yaml: line 4, field stages[0].rl.steps: "),
                error(head + "  - rl: {steps: many}\n"));
        assertEquals("p.yaml: line 4, field stages[0].rl.language: language must be latin, cyrillic or chinese, got 'klingon'",
                error(head + "  - rl: {language: klingon}\n"));
        assertTrue(error(head + "  - rl: {level: 3, curriculum: {from: 1, promote_at: 0}}\n").startsWith("p.yaml: line 4, field stages[0].rl.curriculum"),
                error(head + "  - rl: {level: 3, curriculum: {from: 1, promote_at: 0}}\n"));
        var withCurriculum = PipelineSpec.parse(head + "  - rl: {level: 3, curriculum: {from: 2}}\n", "p.yaml", false);
        var curriculum = ((Stage.Reinforce) withCurriculum.stages().get(0)).curriculum();
        assertEquals(new Stage.Curriculum(2, 5, 0.8), curriculum);
        assertEquals("p.yaml: line 3, field stages: stages must list at least one stage", error(head.replace("stages:\n", "stages: []\n")));
        assertEquals("p.yaml: scenario is required, e.g. scenario: math/parity", error("name: toy\nstages:\n  - rl: {}\n"));
        assertTrue(error(head + "  - rl: {}\nsurprise: 1\n").startsWith("p.yaml: line 5, field surprise: unknown field 'surprise'"),
                error(head + "  - rl: {}\nsurprise: 1\n"));
    }

    @Test
    void theBudgetMustLeaveRoomForAPromptUnlessThePolicyComesFromInit() {
        String body = "scenario: math/parity\nmax_tokens: 200\nstages:\n  - rl: {}\n";
        assertEquals("p.yaml: line 3, field max_tokens: max_tokens (200) leaves no room for a prompt in model.context (112)", error("name: a\n" + body));
        assertEquals(200, PipelineSpec.parse("name: a\ninit: runs/x\n" + body, "p.yaml", false).maxTokens());
    }

    @Test
    void aMissingFileSaysSoAndNamesThePresets() {
        var e = assertThrows(IllegalArgumentException.class, () -> PipelineSpec.read(dir.resolve("none.yaml")));
        assertEquals(dir.resolve("none.yaml") + ": no such file (or give a preset: r1-zero, r1)", e.getMessage());
    }
}
