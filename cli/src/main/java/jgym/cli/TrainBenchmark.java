package jgym.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import jgym.agents.model.Backend;
import jgym.agents.model.GemmPeak;
import jgym.agents.model.TransformerConfig;
import jgym.agents.policy.CharTokenizer;
import jgym.agents.policy.Sample;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.policy.SequenceBatch;
import jgym.agents.policy.TransformerPolicy;
import jgym.env.Seeds;

/**
 * {@code gym bench train}: the default transformer policy's training throughput (forward, backward and AdamW on a
 * full batch of random character sequences) and sampling throughput (KV cache, temperature 1), next to the machine's
 * float GEMM peak through ND4J (1024 x 1024 x 1024 mmul) measured in the same run, and the share of that peak the
 * training step reaches by its model FLOP count ({@link TransformerConfig#trainingFlops}), and a sampler's baseline
 * without a cache (a full forward per new token). The baseline is PyTorch training the same model on the same batch
 * shape with the same loss, clipping and AdamW, with the same thread count, in the same run ({@link TorchReference});
 * without a Python that has torch the bench says so and goes on. Times are wall-clock and, because a shared machine's
 * wall clock mostly measures the wait for a core, process CPU time as well.
 */
final class TrainBenchmark implements Benchmark {
    private static final Options OPTIONS = new Options(Set.of("--steps", "--warmup", "--batch", "--context", "--layers", "--dmodel", "--heads", "--seed", "--threads", "--torch"),
            Set.of(), 0);

    @Override
    public Options options() {
        return OPTIONS;
    }

    /** Earlier measurements of the same model size on the 2-core development machine (STACK.md), for context only. */
    static final String REFERENCE = "SameDiff with a one-hot embedding 150-500 ms/step (STACK.md)";
    private static final int GEMM_N = 1024;
    /** Timed sampling rounds, jgym and PyTorch alike; the median is reported. */
    static final int SAMPLING_ROUNDS = 10;
    /**
     * Untimed sampling rounds first: the JIT compiles the decode step's vector loops over the first few hundred steps
     * (the first 5 rounds ran at 22,000 tokens/s, rounds after 10 at 28,000-31,000 on the development machine); an
     * RL run samples thousands of rounds, so the steady state is what it sees. PyTorch gets one warm-up round.
     */
    static final int SAMPLING_WARMUP = 10;

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "transformer policy training and sampling tokens/s, and the share of the machine's GEMM peak";
    }

    @Override
    public String usage() {
        return "[--steps N] [--warmup N] [--batch B] [--context T] [--layers L] [--dmodel D] [--heads H] [--seed S] [--threads N]"
                + " [--torch PYTHON|off]   (ND4J and PyTorch threads: default 1 unless OMP_NUM_THREADS is set; --torch: the"
                + " interpreter that runs the same-run PyTorch baseline, default " + SandboxBenchmark.defaultPython() + ")";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Args a = OPTIONS.parse(args);
        int steps = a.intValue("--steps", 10, 1, 10_000);
        int warmup = a.intValue("--warmup", 3, 0, 10_000);
        int batch = a.intValue("--batch", 32, 1, 4096);
        int context = a.intValue("--context", 64, 4, 4096);
        long seed = a.longValue("--seed", Seeds.DEFAULT, Long.MIN_VALUE, Long.MAX_VALUE);
        if (a.value("--threads") != null) Backend.limitThreads(a.intValue("--threads", 1, 1, 1024));
        CharTokenizer tok = CharTokenizer.ascii();
        TransformerConfig small = TransformerConfig.small(tok.vocabSize());
        int heads = a.intValue("--heads", small.heads(), 1, 64);
        TransformerConfig config = small.withShape(context, a.intValue("--layers", small.layers(), 1, 64),
                a.intValue("--dmodel", small.dModel(), heads, 4096), heads);
        TransformerPolicy policy = TransformerPolicy.create(config, tok, jgym.agents.model.AdamWConfig.defaults(), seed);

        out.printf("gym bench train: %s%n", Backend.describe());
        out.printf("model: %d layers, d=%d, %d heads, T=%d, vocab %d, %,d parameters; batch %d; %d timed steps after %d warm-up; OMP_NUM_THREADS=%s%n",
                config.layers(), config.dModel(), config.heads(), context, config.vocabSize(), policy.parameterCount(), batch,
                steps, warmup, System.getenv().getOrDefault("OMP_NUM_THREADS", "(unset)"));
        out.printf("machine: %d cores, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        TorchReference.Result torch = null;
        GemmPeak gemm = GemmPeak.measure(GEMM_N, 5, 10);
        out.printf("GEMM %dx%dx%d float through ND4J: best %.1f GFLOP/s, median %.1f GFLOP/s, %.1f GFLOP per CPU-second%n",
                GEMM_N, GEMM_N, GEMM_N, gemm.best(), gemm.median(), gemm.perCpuSecond());

        SequenceBatch data = randomBatch(batch, context, seed);
        float[][] dLogProbs = new float[batch][];
        int prompt = data.prompts()[0].length;
        for (int i = 0; i < batch; i++) {
            dLogProbs[i] = new float[data.completions()[i].length];
            Arrays.fill(dLogProbs[i], -1f / (batch * dLogProbs[i].length));
        }
        for (int s = 0; s < warmup; s++) trainStep(policy, data, dLogProbs);
        double[] ms = new double[steps];
        double[] cpuMs = new double[steps];
        for (int s = 0; s < steps; s++) {
            double[] t = trainStep(policy, data, dLogProbs);
            ms[s] = t[0];
            cpuMs[s] = t[1];
        }
        double median = median(ms), best = Arrays.stream(ms).min().orElseThrow(), cpu = median(cpuMs);
        long tokens = (long) batch * context;
        double gflop = config.trainingFlops(tokens, context) / 1e9;
        double achieved = gflop / (median / 1e3);
        double achievedBest = gflop / (best / 1e3);
        out.printf("train step (forward + backward + AdamW): wall median %.1f ms, best %.1f ms; process CPU median %.1f ms; %.2f model GFLOP/step%n",
                median, best, cpu, gflop);
        out.printf("training: %,.0f tokens/s (median), %,.0f tokens/s (best); %.1f GFLOP/s = %.1f%% of best GEMM (best step: %.1f GFLOP/s = %.1f%%)%n",
                tokens / (median / 1e3), tokens / (best / 1e3), achieved, 100 * achieved / gemm.best(), achievedBest, 100 * achievedBest / gemm.best());
        out.printf("per CPU time: GEMM %.1f GFLOP/cpu-s, training step %.1f GFLOP/cpu-s = %.1f%%%n", gemm.perCpuSecond(), gflop / (cpu / 1e3),
                100 * gflop / (cpu / 1e3) / gemm.perCpuSecond());
        String python = a.value("--torch") == null ? SandboxBenchmark.defaultPython() : a.value("--torch");
        if (python.equals("off")) {
            out.println("PyTorch baseline: off (--torch off)");
        } else {
            int threads = a.value("--threads") != null ? a.intValue("--threads", 1, 1, 1024) : ompThreads();
            torch = TorchReference.run(python, config, batch, threads, steps, warmup, seed, SAMPLING_ROUNDS, data.prompts()[0].length + 1);
            if (torch instanceof TorchReference.Measured t) {
                out.printf("PyTorch %s baseline, same model (%,d parameters), batch, loss and AdamW, %d thread(s): wall median %.1f ms, best %.1f ms; CPU median %.1f ms%n",
                        t.torchVersion(), t.parameters(), t.threads(), t.medianMs(), t.bestMs(), t.cpuMedianMs());
                out.printf("jgym vs PyTorch (time per step, < 1 is faster): wall median %.2fx, best %.2fx, CPU median %.2fx%n",
                        median / t.medianMs(), best / t.bestMs(), cpu / t.cpuMedianMs());
            } else if (torch instanceof TorchReference.NotRun n) {
                out.printf("PyTorch baseline: not run: %s%n", n.reason());
            }
        }
        out.printf("also for this model size on the 2-core development machine: %s%n", REFERENCE);

        List<String> prompts = new ArrayList<>();
        for (int i = 0; i < batch; i++) prompts.add(tok.decode(data.prompts()[i]));
        SamplingConfig sampling = new SamplingConfig(context - prompt, 1.0, 1.0, List.of());
        for (int r = 0; r < SAMPLING_WARMUP; r++) policy.sample(prompts, sampling, Seeds.mix(seed, -1 - r));
        double[] rates = new double[SAMPLING_ROUNDS];
        int generated = 0;
        for (int r = 0; r < SAMPLING_ROUNDS; r++) {
            long start = System.nanoTime();
            int round = 0;
            for (Sample s : policy.sample(prompts, sampling, Seeds.mix(seed, r))) round += s.tokens().length;
            rates[r] = round / ((System.nanoTime() - start) / 1e9);
            generated += round;
        }
        double cached = median(rates);
        out.printf("sampling with KV cache: %d rounds (after %d warm-up rounds) of %d prompts x up to %d new tokens (%,d tokens): median %,.0f tokens/s%n",
                SAMPLING_ROUNDS, SAMPLING_WARMUP, batch, context - prompt, generated, cached);
        if (torch instanceof TorchReference.Measured t && !Double.isNaN(t.sampleTokensPerSecond())) {
            out.printf("PyTorch KV-cache sampler, same model shape and prompts' length, every row sampled to the end: median %,.0f tokens/s;"
                    + " jgym / PyTorch = %.2fx (> 1 is faster)%n", t.sampleTokensPerSecond(), cached / t.sampleTokensPerSecond());
        }
        double sampledGflops = cached * config.sampledTokenFlops(prompt + (context - prompt) / 2.0) / 1e9; // at the mean position
        out.printf("sampling: %.1f model GFLOP/s = %.1f%% of best GEMM%n", sampledGflops, 100 * sampledGflops / gemm.best());
        double recompute = recomputeTokensPerSecond(policy, data);
        out.printf("baseline without a cache (a full forward over the prefix for every new token): %,.0f tokens/s; KV cache %.1fx%n",
                recompute, cached / recompute);
        return Command.OK;
    }

    /** The thread count ND4J runs with when --threads is not given: OMP_NUM_THREADS, else the policy's default of one. */
    private static int ompThreads() {
        try {
            return Math.max(1, Integer.parseInt(System.getenv().getOrDefault("OMP_NUM_THREADS", "1").trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * Tokens per second of the work a sampler without a cache does: for each new position k, a forward pass over every
     * row's prompt and first k completion tokens (scored through {@code logProbs}, which is that forward).
     */
    private static double recomputeTokensPerSecond(TransformerPolicy policy, SequenceBatch data) {
        int rows = data.size(), newTokens = data.completions()[0].length;
        long start = System.nanoTime();
        for (int k = 1; k <= newTokens; k++) {
            int[][] c = new int[rows][];
            for (int i = 0; i < rows; i++) c[i] = Arrays.copyOf(data.completions()[i], k);
            policy.logProbs(new SequenceBatch(data.prompts(), c));
        }
        return (double) rows * newTokens / ((System.nanoTime() - start) / 1e9);
    }

    /** Wall and process-CPU milliseconds of one training step. */
    private static double[] trainStep(TransformerPolicy policy, SequenceBatch data, float[][] dLogProbs) {
        long c0 = cpuNanos(), t0 = System.nanoTime();
        policy.forward(data);
        policy.backward(dLogProbs, null);
        policy.step();
        return new double[] {(System.nanoTime() - t0) / 1e6, (cpuNanos() - c0) / 1e6};
    }

    /**
     * CPU time of the whole process (all threads), in nanoseconds: on a shared machine it counts the work done rather
     * than the time spent waiting for a core, so it is the figure to compare across loads.
     */
    static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }

    /** A batch of random lower-case letters: a quarter of each row prompt, the rest completion, filling the context. */
    static SequenceBatch randomBatch(int batch, int context, long seed) {
        CharTokenizer tok = CharTokenizer.ascii();
        int prompt = Math.max(1, context / 4);
        int[][] p = new int[batch][];
        int[][] c = new int[batch][];
        for (int i = 0; i < batch; i++) {
            SplittableRandom rng = new SplittableRandom(Seeds.mix(seed, i));
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < context; j++) sb.append((char) ('a' + rng.nextInt(26)));
            p[i] = tok.encode(sb.substring(0, prompt));
            c[i] = tok.encode(sb.substring(prompt));
        }
        return new SequenceBatch(p, c);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
