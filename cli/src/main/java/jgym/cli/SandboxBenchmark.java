package jgym.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jgym.env.code.CodeRunner;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import jgym.env.code.Trial;
import jgym.env.code.Language;
import jgym.env.code.RunnerConfig.Isolation;
import jgym.sandbox.GraalRunner;
import jgym.sandbox.WorkerRunner;

/**
 * {@code gym bench sandbox}: MBPP samples verified per second (reference code, setup code and its asserts as one
 * program) by each sandbox mode, against one fresh {@code python3 -I} process per sample (the isolation HumanEval's
 * execution harness gives), measured in the same run with the same number of workers. A sample is verified when its
 * program completes (every assert held).
 *
 * <p>Each row first starts what its mode needs (worker JVMs, pooled contexts; the "setup s" column), runs untimed for
 * the warm-up, then counts the samples finished in the timed window; workers take
 * samples in order from a shared counter, cycling through the file. The ratio column divides by the CPython row with
 * the same worker count.
 */
final class SandboxBenchmark implements Benchmark {
    private static final Options OPTIONS = new Options(Set.of("--seconds", "--warmup", "--workers", "--modes", "--python", "--data"),
            Set.of(), 0);

    @Override
    public Options options() {
        return OPTIONS;
    }

    /** The MBPP file the coding scenarios ship, on the classpath. */
    static final String MBPP_RESOURCE = "/jgym/data/mbpp/mbpp-train-valid.jsonl";
    /** Limits for one sample: generous, as a reference solution must never hit them. */
    static final Limits SAMPLE_LIMITS = new Limits(Duration.ofSeconds(20), Duration.ofSeconds(20), 64 * 1024, 256L << 20);

    /** A way of running one program, named for the table. */
    interface Mode extends AutoCloseable {
        String label();

        /** Starts what the mode needs before its first sample (worker JVMs, pooled contexts); untimed, reported apart. */
        default void prepare() {}

        /** True when the sample's program ran to its end without an error (or, for a trial, passed every test). */
        boolean verify(Sample sample) throws Exception;

        @Override
        default void close() {}
    }

    /** One MBPP sample: the reference code, its setup, its asserts and entry point, and all of them joined as one program. */
    record Sample(String code, String setup, List<String> tests, String entry, String program) {}

    /** One table row: samples finished and verified in the timed window. */
    record Row(String label, int workers, double setupSeconds, long samples, long verified, double seconds) {
        double perSecond() {
            return seconds == 0 ? 0 : samples / seconds;
        }
    }

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public String summary() {
        return "MBPP samples verified per second: GraalVM sandbox modes vs one python3 -I process per sample";
    }

    @Override
    public String usage() {
        return "[--seconds S] [--warmup S] [--workers 1,2] [--modes cpython,fresh,recycled,worker,worker-fresh,trial,worker-trial] [--python PATH (default /usr/bin/python3)] [--data FILE]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args a = OPTIONS.parse(args);
        double seconds = a.doubleValue("--seconds", 10.0, 0.1, 3600);
        double warmup = a.doubleValue("--warmup", 3.0, 0.0, 3600);
        List<Integer> workerCounts = new ArrayList<>();
        for (String w : (a.value("--workers") == null ? "1,2" : a.value("--workers")).split(",")) {
            int n;
            try {
                n = Integer.parseInt(w.trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--workers must be a comma-separated list of counts, got '" + a.value("--workers") + "'");
            }
            if (n < 1 || n > 64) throw new UsageException("--workers counts must be in [1, 64], got " + n);
            workerCounts.add(n);
        }
        List<String> modes = List.of((a.value("--modes") == null ? "cpython,recycled,worker,trial,worker-trial" : a.value("--modes")).split(","));
        String python = a.value("--python") == null ? defaultPython() : a.value("--python");
        List<Sample> programs = load(a.value("--data"));
        out.printf("gym bench sandbox: %d MBPP samples (code + setup + asserts), %.1f s timed per row after %.1f s warm-up, %d cores%n",
                programs.size(), seconds, warmup, Runtime.getRuntime().availableProcessors());
        out.printf("%-36s %7s %8s %9s %10s %10s %10s%n", "mode", "workers", "setup s", "samples", "verified", "samples/s", "vs cpython");
        List<Row> rows = new ArrayList<>();
        for (int workers : workerCounts) {
            for (String m : modes) {
                try (Mode mode = mode(m.trim(), workers, python)) {
                    Row r = measure(mode, workers, programs, warmup, seconds);
                    rows.add(r);
                    Row base = rows.stream().filter(x -> x.workers == workers && x.label.startsWith("cpython")).findFirst().orElse(null);
                    String ratio = base == null || base.perSecond() == 0 ? "-" : String.format("%.2fx", r.perSecond() / base.perSecond());
                    out.printf("%-36s %7d %8.1f %9d %10s %10.1f %10s%n", r.label, workers, r.setupSeconds, r.samples,
                            r.verified + "/" + r.samples, r.perSecond(), ratio);
                    out.flush();
                }
            }
        }
        return 0;
    }

    /**
     * The system's CPython ({@code /usr/bin/python3}) when there is one, else {@code python3} from the PATH. The system
     * binary is preferred because a version manager's shim on the PATH (pyenv) is a shell script that costs more per
     * process than the interpreter's own start-up, which would flatter the sandbox.
     */
    static String defaultPython() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    static Mode mode(String name, int workers, String python) {
        return switch (name) {
            case "cpython" -> new CPython(python);
            case "fresh" -> runner("graal in-process, fresh context", new GraalRunner(Isolation.FRESH_CONTEXT, workers), workers);
            case "recycled" -> runner("graal in-process, recycled context", new GraalRunner(Isolation.RECYCLED_CONTEXT, workers), workers);
            case "worker" -> runner("graal worker JVMs, recycled context", new WorkerRunner(Isolation.RECYCLED_CONTEXT, workers, 512L << 20), workers);
            case "worker-fresh" -> runner("graal worker JVMs, fresh context", new WorkerRunner(Isolation.FRESH_CONTEXT, workers, 512L << 20), workers);
            case "trial" -> trials("graal in-process, trial (code reward)", new GraalRunner(Isolation.FRESH_CONTEXT, workers), workers);
            case "worker-trial" -> trials("graal worker JVMs, trial (code reward)", new WorkerRunner(Isolation.RECYCLED_CONTEXT, workers, 512L << 20), workers);
            default -> throw new UsageException("unknown mode '" + name + "' (known: cpython, fresh, recycled, worker, worker-fresh, trial, worker-trial)");
        };
    }

    private static Mode runner(String label, CodeRunner r, int workers) {
        return new Mode() {
            @Override
            public void prepare() {
                if (r instanceof WorkerRunner w) w.prewarm();
                if (r instanceof GraalRunner g) g.prewarm(workers);
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public boolean verify(Sample sample) {
                return r.run(Program.python(sample.program()).withLimits(SAMPLE_LIMITS)) instanceof Outcome.Completed;
            }

            @Override
            public void close() {
                r.close();
            }
        };
    }

    /**
     * The code reward's path: the sample's code against its asserts as a {@link Trial} (the candidate in a fresh context,
     * the asserts in a trusted one); verified when every test completes.
     */
    private static Mode trials(String label, CodeRunner r, int workers) {
        return new Mode() {
            @Override
            public void prepare() {
                if (r instanceof WorkerRunner w) w.prewarm();
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public boolean verify(Sample s) {
                var outcomes = r.trial(new Trial(Language.PYTHON, s.setup(), s.code(), s.tests(), s.entry(), SAMPLE_LIMITS));
                return outcomes.stream().allMatch(o -> o instanceof Outcome.Completed);
            }

            @Override
            public void close() {
                r.close();
            }
        };
    }

    /** One fresh {@code python3 -I -c PROGRAM} process per sample; verified when it exits with status 0. */
    private record CPython(String python) implements Mode {
        @Override
        public String label() {
            return "cpython: python3 -I process/sample";
        }

        @Override
        public boolean verify(Sample sample) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(python, "-I", "-c", sample.program())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(SAMPLE_LIMITS.wallTime().toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        }
    }

    /** Runs {@code workers} threads over the samples: untimed for {@code warmup} seconds, then timed for {@code seconds}. */
    static Row measure(Mode mode, int workers, List<Sample> programs, double warmup, double seconds) throws InterruptedException {
        long s0 = System.nanoTime();
        mode.prepare();
        double setup = (System.nanoTime() - s0) / 1e9;
        window(mode, workers, programs, warmup, new AtomicInteger());
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        long[] counts = window(mode, workers, programs, seconds, next);
        double took = (System.nanoTime() - t0) / 1e9;
        return new Row(mode.label(), workers, setup, counts[0], counts[1], took);
    }

    /** Runs samples until {@code seconds} have passed (a sample started before the end is finished); {samples, verified}. */
    private static long[] window(Mode mode, int workers, List<Sample> programs, double seconds, AtomicInteger next) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong samples = new AtomicLong();
        AtomicLong verified = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    Sample program = programs.get(Math.floorMod(next.getAndIncrement(), programs.size()));
                    boolean ok;
                    try {
                        ok = mode.verify(program);
                    } catch (Exception e) {
                        ok = false;
                    }
                    samples.incrementAndGet();
                    if (ok) verified.incrementAndGet();
                }
            }, "bench-sandbox-" + w);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        return new long[] {samples.get(), verified.get()};
    }

    /** The MBPP programs: each row's code, setup code and test asserts, joined by newlines. */
    static List<Sample> load(String file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Sample> programs = new ArrayList<>();
        try (InputStream in = file != null ? Files.newInputStream(Path.of(file)) : SandboxBenchmark.class.getResourceAsStream(MBPP_RESOURCE)) {
            if (in == null) throw new UsageException("MBPP data not found on the classpath at " + MBPP_RESOURCE + "; pass --data FILE");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                if (!n.hasNonNull("code") || !n.has("test_list")) throw new UsageException("MBPP line " + lineNo + ": needs code and test_list");
                String code = n.get("code").asText().replace("\r\n", "\n");
                String setup = n.path("test_setup_code").asText("").replace("\r\n", "\n");
                List<String> tests = new ArrayList<>();
                for (JsonNode t : n.get("test_list")) tests.add(t.asText().replace("\r\n", "\n"));
                String program = code + "\n" + setup + "\n" + String.join("\n", tests) + "\n";
                programs.add(new Sample(code, setup, tests, jgym.scenarios.code.CodeData.entryPoint(tests.get(0), code), program));
            }
        }
        if (programs.isEmpty()) throw new UsageException("no MBPP samples found");
        return programs;
    }
}
