package jgym.cli;

import static jgym.cli.TestScenarios.builtin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jgym.cli.TestScenarios.Run;
import jgym.env.ScenarioRegistry;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code gym sample} then {@code gym score} on the built-in math scenarios: the sampled answers, written as
 * completions, score 100%; against the tasks of another seed they do not (a task id names a task of one seed only).
 */
class RoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<String> mathScenarios() {
        return Scenarios.registry().entries().stream().map(ScenarioRegistry.Entry::name).filter(n -> n.startsWith("math/"));
    }

    @ParameterizedTest
    @MethodSource("mathScenarios")
    void sampledAnswersScoreFullMarks(String name) throws Exception {
        int level = Scenarios.registry().entry(name).levels();
        Run sampled = builtin("sample", name, "-n", "20", "--seed", "5", "--level", Integer.toString(level));
        assertEquals(0, sampled.code(), sampled.err());
        List<String> completions = new ArrayList<>();
        for (String line : sampled.outLines()) {
            JsonNode t = JSON.readTree(line);
            var c = JSON.createObjectNode();
            c.put("task_id", t.get("task_id").textValue());
            c.put("completion", "<think>\n" + t.get("trace").textValue() + "\n</think>\n<answer>" + t.get("answer").textValue() + "</answer>");
            completions.add(JSON.writeValueAsString(c));
        }
        Path file = dir.resolve("completions.jsonl");
        Files.write(file, completions);
        Run scored = builtin("score", name, "--seed", "5", "--level", Integer.toString(level), "--completions", file.toString());
        assertEquals(0, scored.code(), scored.err());
        assertEquals(20, scored.outLines().size());
        assertTrue(scored.err().startsWith(name + ": 20 completions, mean reward 1.0000, accuracy 100.00% (20/20 with correct = 1)"),
                scored.err());
        Run other = builtin("score", name, "--seed", "6", "--level", Integer.toString(level), "--search", "1000",
                "--completions", file.toString());
        assertTrue(other.code() == 1 || !other.err().contains("accuracy 100.00%"), other.err());
    }
}
