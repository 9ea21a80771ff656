package jgym.rewards.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeFormatRewardTest {
    /**
     * Completions and the value open-r1's pattern gives them, computed with CPython's {@code re.match(pattern, text,
     * re.DOTALL | re.MULTILINE)} for {@code pattern = rf"^<think>\n.*?\n</think>\n<answer>\n.*?```{language}.*?```.*?\n</answer>$"}.
     */
    private record Golden(String language, String completion, double value) {}

    private static final List<Golden> CPYTHON = List.of(
            new Golden("python", "<think>\nplan\n</think>\n<answer>\n```python\ndef f():\n    return 1\n```\n</answer>", 1.0),
            new Golden("python", "<think>\nplan\n</think>\n<answer>```python\ndef f():\n    return 1\n```\n</answer>", 0.0),
            new Golden("python", "<think>\nplan\n</think>\n<answer>\n```py\ndef f():\n    return 1\n```\n</answer>", 0.0),
            new Golden("python", "<think>\nplan\n</think>\n<answer>\n```python\nx = 1\n```\n</answer>\nand some text after", 1.0),
            new Golden("python", "<think>\nplan\n</think>\n<answer>\n```python\nx = 1\n```\n</answer> trailing", 0.0),
            new Golden("python", "<answer>\n```python\nx = 1\n```\n</answer>", 0.0),
            new Golden("python", "<think>\n```python\nx = 1\n```\n</think>\n<answer>\nno code here\n</answer>", 0.0),
            new Golden("javascript", "<think>\nplan\n</think>\n<answer>\n```javascript\nconst f = () => 1;\n```\n</answer>", 1.0),
            new Golden("python", "<think>\nplan\n</think>\n<answer>\n```javascript\nconst f = () => 1;\n```\n</answer>", 0.0),
            new Golden("python", "<think>\nplan\n</think>\n<answer>\n```python\nx = 1\n</answer>", 0.0),
            new Golden("python", "<think>\nplan\n</think>\n<answer>\nhere: ```python\nx = 1\n``` done\n</answer>", 1.0),
            new Golden("python", "<think>\nplan\n</think>\n<answer>\n```python\nx = 1\n```\n</answer>\u2028tail", 0.0),
            new Golden("python", "<think>\n</think>\n<answer>\n```python\nx\n```\n</answer>", 0.0),
            new Golden("python", "<think>\n\n</think>\n<answer>\n```python```\n</answer>", 1.0),
            new Golden("python", "<think>\nplan\n</think>\n<answer>\n```python\nx = 1\n```\n</answer>\n</answer> x", 1.0));

    @Test
    void agreesWithOpenR1sPatternOnEveryGolden() {
        for (Golden g : CPYTHON) {
            assertEquals(g.value(), new CodeFormatReward(g.language()).score(null, g.completion()).valueOr(Double.NaN),
                    () -> g.language() + ": " + g.completion());
        }
    }

    @Test
    void aHostileCompletionIsDecidedInLinearTime() {
        // many openings and fences but never a closing </answer> line: a backtracking regex tries every split
        String hostile = "<think>\n" + "\n</think>\n<answer>\n```python ```\n</answer>x".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertEquals(0.0, new CodeFormatReward("python").score(null, hostile).valueOr(Double.NaN)));
    }

    @Test
    void aBlankLanguageIsRefused() {
        assertEquals("language must not be blank", assertThrows(IllegalArgumentException.class, () -> new CodeFormatReward(" ")).getMessage());
    }
}
