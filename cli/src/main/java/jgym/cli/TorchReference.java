package jgym.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jgym.agents.model.TransformerConfig;

/**
 * The PyTorch baseline of {@code gym bench train}, measured in the same run: {@code torch_train_step.py} (next to this
 * class) trains the same model on the same batch shape with the same loss and optimiser, with as many threads as ND4J
 * gets, then samples from it with a key/value cache as jgym does, and prints its step times and sampling rate as one
 * JSON line.
 */
final class TorchReference {
    /** What to install when the interpreter has no torch (Debian's build; its BLAS must be OpenBLAS, not the reference BLAS). */
    static final String INSTALL_HINT = "apt-get install python3-torch libopenblas0-pthread";

    /** Step times of the PyTorch run, or why there are none. */
    sealed interface Result permits Measured, NotRun {}

    /**
     * @param sampleTokensPerSecond median tokens per second of the KV-cache sampler over its rounds, NaN when not run
     */
    record Measured(String torchVersion, int threads, long parameters, double medianMs, double bestMs, double cpuMedianMs,
                    double sampleTokensPerSecond) implements Result {}

    record NotRun(String reason) implements Result {}

    private TorchReference() {}

    /** Runs the reference with {@code python}; never throws for a missing interpreter or torch. */
    static Result run(String python, TransformerConfig config, int batch, int threads, int steps, int warmup, long seed,
                      int sampleRounds, int samplePrompt) {
        Path script = null;
        try {
            script = Files.createTempFile("jgym-torch-step", ".py");
            try (InputStream in = TorchReference.class.getResourceAsStream("torch_train_step.py")) {
                if (in == null) return new NotRun("torch_train_step.py is missing from the cli jar");
                Files.write(script, in.readAllBytes());
            }
            List<String> cmd = new ArrayList<>(List.of(python, script.toString(),
                    "--steps", "" + steps, "--warmup", "" + warmup, "--batch", "" + batch,
                    "--context", "" + config.contextLength(), "--layers", "" + config.layers(), "--dmodel", "" + config.dModel(),
                    "--heads", "" + config.heads(), "--mlp", "" + config.mlpRatio(), "--vocab", "" + config.vocabSize(),
                    "--threads", "" + threads, "--seed", "" + (seed & 0x7fffffffL),
                    "--sample-rounds", "" + sampleRounds, "--sample-prompt", "" + samplePrompt));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            // torch.set_num_threads does not reach a pthread OpenBLAS (Debian's), which otherwise runs its GEMMs on every
            // core: measured 86-97 ms wall but 171-193 ms CPU per step for a "one-thread" run on 2 cores
            for (String v : List.of("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")) pb.environment().put(v, "" + threads);
            Process p = pb.start();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new NotRun(python + " did not finish within 10 minutes");
            }
            String text = new String(output, StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0) {
                if (text.contains("No module named 'torch'")) return new NotRun(python + " has no torch (" + INSTALL_HINT + ")");
                String last = text.isEmpty() ? "" : text.substring(text.lastIndexOf('\n') + 1);
                return new NotRun(python + " exited with " + p.exitValue() + ": " + last);
            }
            return parse(text.substring(text.lastIndexOf('\n') + 1));
        } catch (IOException e) {
            return new NotRun("could not run " + python + ": " + e.getMessage() + " (" + INSTALL_HINT + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new NotRun("interrupted");
        } finally {
            if (script != null) {
                try {
                    Files.deleteIfExists(script);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    /** The script's JSON line. */
    static Result parse(String line) throws IOException {
        JsonNode n = new ObjectMapper().readTree(line);
        if (n == null || !n.has("median_ms")) return new NotRun("unexpected output: " + line);
        return new Measured(n.path("torch").asText("?"), n.path("threads").asInt(), n.path("parameters").asLong(),
                n.path("median_ms").asDouble(), n.path("best_ms").asDouble(), n.path("cpu_median_ms").asDouble(),
                n.path("sample_tokens_per_s_median").asDouble(Double.NaN));
    }
}
