package jgym.cli;

import static jgym.cli.TestScenarios.builtin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script, checked by bash itself: its syntax, and what it completes. */
class CompletionCommandTest {
    @TempDir
    Path dir;

    /** What bash's completion function offers for the words of {@code line} (the last word being completed). */
    private String complete(Path script, String... words) throws Exception {
        String array = String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList());
        String line = String.join(" ", words);
        String program = "source '" + script + "'; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=" + line.length() + "; _complete_gym; echo \"${COMPREPLY[*]}\"";
        // stderr dropped: outside an interactive completion, bash's compopt complains there and changes nothing else
        Process p = new ProcessBuilder("bash", "-c", program).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void bashAcceptsTheScriptAndItCompletesCommandsOptionsAndBenchmarks() throws Exception {
        TestScenarios.Run r = builtin("completion");
        assertEquals(0, r.code(), r.err());
        Path script = dir.resolve("gym.bash");
        Files.writeString(script, r.out());
        Process syntax = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        assertEquals(0, syntax.waitFor(), new String(syntax.getInputStream().readAllBytes(), StandardCharsets.UTF_8));

        assertEquals("train", complete(script, "gym", "tr"));
        assertEquals(List.of("score", "serve", "serve-policy"), List.of(complete(script, "gym", "s").split(" ")).stream()
                .filter(w -> w.startsWith("s") && !w.equals("sample")).sorted().toList());
        assertEquals("--sft-steps", complete(script, "gym", "train", "--sft"));
        assertEquals("sandbox", complete(script, "gym", "bench", "sa"));
        assertTrue(complete(script, "gym", "bench", "train", "--t").contains("--torch"));
    }
}
