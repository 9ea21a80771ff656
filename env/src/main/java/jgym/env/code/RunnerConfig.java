package jgym.env.code;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link CodeRunner} runs programs: where (backend), how isolated each run is, and how many runs go at once.
 *
 * @param backend         where programs run; never null
 * @param isolation       how much state a run can see from earlier runs; never null (ignored by {@link Backend#HTTP})
 * @param concurrency     most runs in flight at once (threads in process, worker processes, or HTTP requests); 1 to 256
 * @param workerHeapBytes maximum heap of each worker JVM ({@code -Xmx}); at least 64 MiB; used only by {@link Backend#WORKER}
 * @param endpoint        base URI of a SandboxFusion-compatible service; required for {@link Backend#HTTP}, else may be null
 */
public record RunnerConfig(Backend backend, Isolation isolation, int concurrency, long workerHeapBytes, URI endpoint) {

    /** Where programs run. */
    public enum Backend {
        /** In this JVM: fastest start, but guest allocations share this JVM's heap (no memory bound). */
        IN_PROCESS,
        /** In separate small-heap JVMs spoken to over stdin/stdout; a guest that exhausts or kills one loses only its own run. */
        WORKER,
        /** On a remote SandboxFusion-compatible HTTP service ({@code POST /run_code}). */
        HTTP
    }

    /** How much a run can observe of earlier runs. */
    public enum Isolation {
        /** A new polyglot context for every run: no guest state survives a run. */
        FRESH_CONTEXT,
        /**
         * A pooled context per concurrent run, re-used with fresh globals for each program. Faster, but not complete
         * isolation: use it only where no result of a program feeds a reward (benchmarks, trusted code). Interpreter settings are
         * reset after every run; after any program whose text could reach process-wide state (attribute assignment,
         * reflection, private names, {@code sys}/{@code os}/{@code builtins}...) builtins, {@code sys.modules}, module,
         * class and function state are restored to a snapshot. A context that timed out or was stopped is discarded.
         * About as fast as a fresh CPython process per program; see the sandbox README for what it does not undo.
         */
        RECYCLED_CONTEXT
    }

    public RunnerConfig {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(isolation, "isolation");
        if (concurrency < 1 || concurrency > 256) throw new IllegalArgumentException("concurrency must be in [1, 256], got " + concurrency);
        if (workerHeapBytes < (64L << 20)) throw new IllegalArgumentException("workerHeapBytes must be >= 64 MiB, got " + workerHeapBytes);
        if (backend == Backend.HTTP && endpoint == null) throw new IllegalArgumentException("endpoint is required for backend HTTP");
    }

    /** Default heap of a worker JVM: 512 MiB. */
    public static final long DEFAULT_WORKER_HEAP = 512L << 20;

    /**
     * The training default: worker processes, one per available core, with a fresh context for every program. Code
     * rewards ({@link CodeRunner#trial}) always use fresh candidate contexts; the isolation here decides what
     * {@link CodeRunner#run} gives programs such as a model's tool calls, whose output can feed a reward (an answer
     * left behind by one episode's tool call must not be readable by another's), so it is fresh too.
     */
    public static RunnerConfig training() {
        return new RunnerConfig(Backend.WORKER, Isolation.FRESH_CONTEXT, cores(), DEFAULT_WORKER_HEAP, null);
    }

    /** In this JVM, one run at a time per thread up to {@code concurrency}, with the given isolation. */
    public static RunnerConfig inProcess(Isolation isolation, int concurrency) {
        return new RunnerConfig(Backend.IN_PROCESS, isolation, concurrency, DEFAULT_WORKER_HEAP, null);
    }

    /** In {@code concurrency} worker JVMs of {@link #DEFAULT_WORKER_HEAP} each. */
    public static RunnerConfig worker(Isolation isolation, int concurrency) {
        return new RunnerConfig(Backend.WORKER, isolation, concurrency, DEFAULT_WORKER_HEAP, null);
    }

    /** Against a SandboxFusion-compatible service at {@code endpoint} with up to {@code concurrency} requests in flight. */
    public static RunnerConfig http(URI endpoint, int concurrency) {
        return new RunnerConfig(Backend.HTTP, Isolation.FRESH_CONTEXT, concurrency, DEFAULT_WORKER_HEAP, endpoint);
    }

    public RunnerConfig withConcurrency(int n) {
        return new RunnerConfig(backend, isolation, n, workerHeapBytes, endpoint);
    }

    public RunnerConfig withWorkerHeapBytes(long bytes) {
        return new RunnerConfig(backend, isolation, concurrency, bytes, endpoint);
    }

    /**
     * The config named by system property {@code jgym.sandbox} or environment variable {@code JGYM_SANDBOX}, else
     * {@link #training()}. Accepted values: {@code worker} (the default: fresh contexts; {@code worker-fresh} is the same),
     * {@code worker-recycled}, {@code in-process} (fresh contexts; {@code in-process-fresh} is the same),
     * {@code in-process-recycled}, or an {@code http://} / {@code https://} URI of a SandboxFusion service.
     */
    public static RunnerConfig fromEnvironment() {
        String v = System.getProperty("jgym.sandbox");
        if (v == null || v.isBlank()) v = System.getenv("JGYM_SANDBOX");
        if (v == null || v.isBlank()) return training();
        return parse(v);
    }

    /** Parses one of the names accepted by {@link #fromEnvironment()}. */
    public static RunnerConfig parse(String name) {
        String n = name.trim();
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) return http(URI.create(n), cores());
        return switch (lower) {
            case "worker", "worker-fresh" -> worker(Isolation.FRESH_CONTEXT, cores());
            case "worker-recycled" -> worker(Isolation.RECYCLED_CONTEXT, cores());
            case "in-process", "in-process-fresh" -> inProcess(Isolation.FRESH_CONTEXT, cores());
            case "in-process-recycled" -> inProcess(Isolation.RECYCLED_CONTEXT, cores());
            default -> throw new IllegalArgumentException("jgym.sandbox must be one of worker, worker-recycled, in-process, "
                    + "in-process-recycled or an http(s) URI, got '" + name + "'");
        };
    }

    private static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
