package jgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.policy.TransformerPolicy;
import jgym.agents.train.Evaluator;
import jgym.env.Seeds;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gym eval} and {@code gym serve-policy} on a policy {@code gym train} just trained: the greedy held-out accuracy
 * {@code gym train} reported is what {@code gym eval} measures, from the checkpoint and through the OpenAI API, and the
 * official {@code openai} npm client talks to the server.
 */
class EvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HELD_OUT_SEED = String.valueOf(Seeds.mix(42, 4)); // TrainingRun's held-out scenario seed
    private static final List<String> SCENARIO = List.of("math/modular", "--option", "max_modulus=2", "--option", "max_operand=999");

    @TempDir
    static Path dir;
    static Path run;

    private record Result(int code, String out, String err) {}

    private static Result gym(List<Command> commands, List<String> args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code;
        try (var o = new PrintStream(out, true, StandardCharsets.UTF_8); var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(commands, args, o, e);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result gym(String... args) {
        return gym(Main.commands(), List.of(args));
    }

    @BeforeAll
    static void train() {
        run = dir.resolve("run");
        Result r = gym("train", "--sft-steps", "12", "--steps", "1", "--heldout", "16", "--out", run.toString());
        assertEquals(0, r.code(), r.err());
    }

    /** The "after RL" held-out accuracy, in percent, from the run's summary.txt. */
    private static double trainedAccuracy() throws Exception {
        Matcher m = Pattern.compile("held-out accuracy: [0-9.]+% before RL -> ([0-9.]+)% after RL").matcher(Files.readString(run.resolve("summary.txt")));
        assertTrue(m.find());
        return Double.parseDouble(m.group(1));
    }

    /** pass@1 of the "all" row of an eval table, in percent. */
    private static double passAt1(String out) {
        Matcher m = Pattern.compile("(?m)^all\\s+(\\d+)\\s+([0-9.]+)%").matcher(out);
        assertTrue(m.find(), out);
        return Double.parseDouble(m.group(2));
    }

    private static List<String> evalArgs(String policy, Path out, String... more) {
        var args = new ArrayList<>(List.of("eval"));
        args.addAll(SCENARIO);
        args.addAll(List.of("--seed", HELD_OUT_SEED, "-n", "16", "--policy", policy, "--out", out.toString()));
        args.addAll(List.of(more));
        return args;
    }

    private static List<String> completions(Path jsonl) throws Exception {
        var out = new ArrayList<String>();
        for (String line : Files.readAllLines(jsonl)) out.add(JSON.readTree(line).get("completion").asText());
        return out;
    }

    @Test
    void theEvalCommandTrainsSummaryNamesReproducesTheHeldOutAccuracy() throws Exception {
        Path samples = dir.resolve("ckpt.jsonl");
        Matcher m = Pattern.compile("the same held-out tasks, greedy: gym (eval .*)").matcher(Files.readString(run.resolve("summary.txt")));
        assertTrue(m.find());
        var args = new ArrayList<>(List.of(m.group(1).split(" ")));
        args.addAll(List.of("--out", samples.toString()));
        Result r = gym(Main.commands(), args);
        assertEquals(0, r.code(), r.err());
        assertEquals(trainedAccuracy(), passAt1(r.out()), 1e-9, r.out());
        assertEquals(16, Files.readAllLines(samples).size());
    }

    @Test
    void servePolicyAnswersEvalAndTheOpenAiNpmClientAlike() throws Exception {
        Path viaCheckpoint = dir.resolve("direct.jsonl"), viaApi = dir.resolve("api.jsonl");
        assertEquals(0, gym(Main.commands(), evalArgs(run.toString(), viaCheckpoint)).code());
        var evalOut = new AtomicReference<Result>();
        var client = new AtomicReference<String>();
        var serve = new ServePolicyCommand(server -> {
            String url = "http://127.0.0.1:" + server.port() + "/v1";
            evalOut.set(gym(Main.commands(), evalArgs(url, viaApi, "--template", "question", "--stop", "</answer>", "--max-tokens", "80",
                    "--vllm", "--api-key-env", "JGYM_TEST_NO_SUCH_VARIABLE")));
            client.set(npmClient(url, "sk-local"));
        });
        Result served = gym(List.of(serve), List.of("serve-policy", run.toString(), "--port", "0", "--token", "sk-local"));
        assertEquals(0, served.code(), served.err());
        assertTrue(served.out().startsWith("gym serve-policy: jgym-policy ("), served.out());
        // eval sent no key (the variable is unset), so the server refused it: the error names the status and the reason
        assertEquals(1, evalOut.get().code(), evalOut.get().out());
        assertTrue(evalOut.get().err().contains("HTTP 401: missing or wrong API key"), evalOut.get().err());

        var evalAgain = new AtomicReference<Result>();
        var open = new ServePolicyCommand(server -> evalAgain.set(gym(Main.commands(), evalArgs("http://127.0.0.1:" + server.port() + "/v1",
                viaApi, "--template", "question", "--stop", "</answer>", "--max-tokens", "80", "--vllm"))));
        assertEquals(0, gym(List.of(open), List.of("serve-policy", run.toString(), "--port", "0")).code());
        assertEquals(0, evalAgain.get().code(), evalAgain.get().err());
        assertEquals(trainedAccuracy(), passAt1(evalAgain.get().out()), 1e-9, evalAgain.get().out());
        assertEquals(completions(viaCheckpoint), completions(viaApi), "greedy completions through the API equal the checkpoint's");

        String c = client.get();
        Assumptions.assumeTrue(c != null || System.getenv("JGYM_REQUIRE_NODE") != null,
                "node or cli/src/test/node/node_modules/openai missing (run npm install there; .ci/run does)");
        assertTrue(c != null, "JGYM_REQUIRE_NODE is set but the openai npm client could not run");
        JsonNode got = JSON.readTree(c);
        assertEquals("jgym-policy", got.get("models").get(0).asText());
        // the greedy chat answer is what the policy itself decodes at the evaluator's temperature
        TransformerPolicy policy = Checkpoints.load(run, "test");
        String expected = policy.sample(List.of(PROMPT), new SamplingConfig(40, Evaluator.GREEDY_TEMPERATURE, 1.0, List.of()), 0).get(0).text();
        assertEquals(expected, got.get("chat").get("content").asText());
        assertEquals(expected.length(), got.get("chat").get("logprobs").asInt(), "one logprob per character token");
        assertEquals(expected, got.get("stream").get("content").asText(), "the stream spells the same answer");
        assertEquals(got.get("chat").get("finish").asText(), got.get("stream").get("finish").asText());
        assertEquals(2, got.get("completion").size());
        assertEquals(1, got.get("completion").get(1).get("index").asInt());
        assertEquals(404, got.get("refused").get("status").asInt());
        assertEquals("model", got.get("refused").get("param").asText());
    }

    private static final String PROMPT = "What is 17 mod 2?";

    /** What {@code openai-client.mjs} printed, or null when node or the openai package is not there. */
    private static String npmClient(String url, String key) {
        Path script = Path.of("src/test/node/openai-client.mjs").toAbsolutePath();
        if (!Files.isDirectory(script.resolveSibling("node_modules/openai"))) return null;
        try {
            Process p = new ProcessBuilder("node", script.toString(), url, "jgym-policy", key, PROMPT).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new AssertionError("openai-client.mjs failed: " + output);
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1];
        } catch (java.io.IOException e) {
            return null; // no node on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void badArgumentsAreNamed() {
        Result r = gym("eval", "math/modular", "--policy", dir.resolve("nothing").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--policy: " + dir.resolve("nothing") + " is no policy checkpoint"), r.err());
        Result t = gym("eval", "math/modular", "--policy", run.toString(), "--template", "chatml");
        assertEquals(2, t.code());
        assertTrue(t.err().contains("--template must be plain, question or r1-zero, got chatml"), t.err());
        Result m = gym("eval", "math/modular", "--policy", run.toString(), "--model", "x");
        assertEquals(2, m.code());
        assertTrue(m.err().contains("--model applies to a URL --policy only"), m.err());
        Result turns = gym("eval", "math/modular", "--policy", run.toString(), "--max-turns", "2");
        assertEquals(2, turns.code());
        assertTrue(turns.err().contains("--max-turns needs --tools python"), turns.err());
        Result tools = gym("eval", "math/modular", "--policy", run.toString(), "--tools", "bash");
        assertEquals(2, tools.code());
        assertTrue(tools.err().contains("--tools: the one tool is python, got bash"), tools.err());
    }
}
