package jgym.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jgym.agents.eval.EvalSample;
import jgym.agents.model.AdamWConfig;
import jgym.agents.model.TransformerConfig;
import jgym.agents.policy.CharTokenizer;
import jgym.agents.policy.TransformerPolicy;
import jgym.cli.EvalCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gym eval --spark against gym eval in this JVM, on a policy checkpoint: the same chunks, seeds and policy give the same
 * samples, so the Spark run's lines must equal the local run's, line for line, and its report the local report.
 */
class EvalJobTest {
    @TempDir
    Path dir;

    @Test
    void sparkAndLocalEvaluationsWriteTheSameSamplesAndReport() throws Exception {
        var tok = CharTokenizer.ascii();
        var config = new TransformerConfig(tok.vocabSize(), 200, 1, 32, 2, 4, org.nd4j.linalg.api.buffer.DataType.FLOAT);
        Path ckpt = dir.resolve("policy");
        TransformerPolicy.create(config, tok, AdamWConfig.defaults(), 7).save(ckpt);
        // 30 tasks x 3 samples at temperature 0.6: 21 tasks per chunk, so 2 chunks with their own seeds
        List<String> args = List.of("math/arithmetic", "--policy", ckpt.toString(), "-n", "30", "-k", "3", "--seed", "5",
                "--max-tokens", "12");

        EvalCommand.Plan plan = EvalCommand.plan(args, System.err);
        assertEquals(2, plan.run().chunks());
        List<EvalSample> local;
        try (var policy = plan.open()) {
            local = plan.run().run(policy.policy(), null, null);
        }

        Path out = dir.resolve("spark.jsonl");
        var stdout = new ByteArrayOutputStream();
        var withOut = new ArrayList<>(args);
        withOut.addAll(List.of("--out", out.toString()));
        int code = EvalJob.run("local[2]", withOut, new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        List<String> lines = Files.readAllLines(out);
        assertEquals(90, lines.size());
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            EvalSample s = EvalSample.of(mapper.readTree(lines.get(i)));
            EvalSample l = local.get(i);
            assertEquals(l.taskId(), s.taskId(), "line " + (i + 1));
            assertEquals(l.sample(), s.sample(), "line " + (i + 1));
            assertEquals(l.completion(), s.completion(), "line " + (i + 1));
            assertEquals(l.reward(), s.reward(), "line " + (i + 1));
            assertEquals(l.chunk(), s.chunk(), "line " + (i + 1));
        }
        String report = stdout.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains(plan.report(local).table()), report);

        var e = assertThrows(IllegalArgumentException.class, () -> EvalJob.run("local[2]", withOut, System.out, System.err));
        assertTrue(e.getMessage().startsWith("--out: " + out + " exists"), e.getMessage());
    }
}
