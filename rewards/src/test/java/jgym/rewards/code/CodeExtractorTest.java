package jgym.rewards.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeExtractorTest {

    @Test
    void takesTheLastBlockByDefault() {
        String c = "First try:\n```python\ndef f():\n    return 1\n```\nBetter:\n```python\ndef f():\n    return 2\n```\nDone.";
        assertEquals(Optional.of("def f():\n    return 2\n"), CodeExtractor.last().extract(c));
        assertEquals(Optional.of("def f():\n    return 1\n"),
                CodeExtractor.last().with(CodeExtractor.Choice.FIRST).extract(c));
    }

    @Test
    void untaggedBlocksCountUnlessALanguageIsNamed() {
        String c = "```\nx = 1\n```\n```python\ny = 2\n```\n```\nz = 3\n```";
        assertEquals(Optional.of("z = 3\n"), CodeExtractor.last().extract(c));
        assertEquals(Optional.of("y = 2\n"), CodeExtractor.named("python").extract(c));
        assertEquals(Optional.empty(), CodeExtractor.named("javascript").extract(c));
    }

    @Test
    void languageAliasesMatch() {
        assertEquals(Optional.of("a = 1\n"), CodeExtractor.named("python").extract("```py\na = 1\n```"));
        assertEquals(Optional.of("a = 1\n"), CodeExtractor.named("python").extract("```Python3\na = 1\n```"));
        assertEquals(Optional.of("let a = 1;\n"), CodeExtractor.named("js").extract("```javascript\nlet a = 1;\n```"));
    }

    @Test
    void windowsLineEndingsAndIndentedFences() {
        String c = "Answer:\r\n  ```python\r\n\tdef f():\r\n\t\treturn 3\r\n  ```\r\n";
        assertEquals(Optional.of("\tdef f():\n\t\treturn 3\n"), CodeExtractor.last().extract(c));
    }

    @Test
    void aBlockCutByAStopStringRunsToTheEnd() {
        String c = "```python\ndef f(x):\n    return x * 2";
        var blocks = CodeExtractor.blocks(c);
        assertEquals(1, blocks.size());
        assertFalse(blocks.get(0).closed());
        assertEquals(Optional.of("def f(x):\n    return x * 2\n"), CodeExtractor.last().extract(c));
    }

    @Test
    void closingFenceOnTheLastCodeLineAndOneLineBlocks() {
        assertEquals(Optional.of("return_value = 4\n"), CodeExtractor.last().extract("```python\nreturn_value = 4```"));
        assertEquals(Optional.of("print(1)"), CodeExtractor.last().extract("Run this:\n```print(1)```\n"));
        // fences must open a line: backticks inside a sentence are inline code, not a block
        assertEquals(Optional.empty(), CodeExtractor.last().extract("run ```print(1)``` now"));
    }

    @Test
    void anAnswerTagNarrowsTheSearch() {
        String c = "<think>\n```python\ndraft = 1\n```\n</think>\n<answer>\n```python\nfinal = 2\n```\n</answer>";
        assertEquals(Optional.of("final = 2\n"), CodeExtractor.last().extract(c));
        // without the tag rule, the last block in the whole text is the same here; FIRST shows the difference
        assertEquals(Optional.of("final = 2\n"), CodeExtractor.last().with(CodeExtractor.Choice.FIRST).extract(c));
        var ignoringTag = new CodeExtractor(CodeExtractor.Choice.FIRST, null, false, false);
        assertEquals(Optional.of("draft = 1\n"), ignoringTag.extract(c));
    }

    @Test
    void unfencedCodeInsideAnAnswerTagIsTheProgram() {
        String oracle = "<think>\nsum the list\n</think>\n<answer>def f(xs):\n    return sum(xs)</answer>";
        assertEquals(Optional.of("def f(xs):\n    return sum(xs)"), CodeExtractor.last().extract(oracle));
    }

    @Test
    void proseIsNotCodeUnlessTheFallbackIsAskedFor() {
        String c = "<think>easy</think>\ndef f():\n    return 1\n";
        assertEquals(Optional.empty(), CodeExtractor.last().extract(c));
        assertEquals(Optional.of("\ndef f():\n    return 1\n"), CodeExtractor.last().withUnfencedFallback().extract(c));
        assertEquals(Optional.empty(), CodeExtractor.last().extract(""));
        assertEquals(Optional.empty(), CodeExtractor.last().extract("```python\n   \n```"));
    }

    @Test
    void rejectsABlankLanguage() {
        var e = assertThrows(IllegalArgumentException.class, () -> CodeExtractor.named(" "));
        assertTrue(e.getMessage().contains("language"), e.getMessage());
    }

    @Test
    void aHugeCompletionIsScannedInLinearTime() {
        String huge = "```".repeat(100_000) + "x\n".repeat(300_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> CodeExtractor.last().extract(huge));
    }
}
