package jgym.agents.model;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Which ND4J backend runs (CPU or CUDA) and how many threads its kernels use, set up once per process on first use of
 * a policy.
 *
 * <p>Threads: unless the user sets {@code OMP_NUM_THREADS} or calls {@link #limitThreads}, the first policy caps ND4J
 * at one thread. Measured on the 2-core development machine while other builds ran (load average 15-18): a training
 * step of the default policy took 0.4-0.75 s with one thread and 2.7-8 s with two, because OpenMP and OpenBLAS threads
 * spin while waiting for a core; the policy's arrays are small enough that a second thread rarely pays for itself.
 */
public final class Backend {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Backend.class);
    private static final AtomicBoolean INITIALISED = new AtomicBoolean();
    private static final AtomicBoolean EXPLICIT = new AtomicBoolean();

    private Backend() {}

    private static volatile Boolean cpu;

    /**
     * Whether ND4J runs on its CPU backend, where the kernels that call OpenBLAS directly on host buffers
     * ({@link BatchedGemm}, {@link KvCache#write}) may run; on any other backend the portable ND4J paths run instead.
     */
    public static boolean isCpu() {
        Boolean c = cpu;
        if (c == null) {
            Object backend = Nd4j.getExecutioner().getEnvironmentInformation().get("backend");
            c = "CPU".equalsIgnoreCase(String.valueOf(backend));
            cpu = c;
        }
        return c;
    }

    /** A one-line description, e.g. "ND4J CpuBackend, backend=CPU, blas=OPENBLAS, omp.threads=1, blas.threads=1, cores=2". */
    public static String describe() {
        Map<?, ?> env = Nd4j.getExecutioner().getEnvironmentInformation();
        return "ND4J " + Nd4j.getBackend().getClass().getSimpleName()
                + ", backend=" + env.get("backend") + ", blas=" + env.get("blas.vendor")
                + ", omp.threads=" + env.get("omp.threads") + ", blas.threads=" + Nd4j.factory().blas().getMaxThreads()
                + ", cores=" + env.get("cores");
    }

    /**
     * Caps the threads ND4J's kernels and its BLAS (OpenMP, master and OpenBLAS threads) use for the rest of the
     * process, like starting it with {@code OMP_NUM_THREADS=threads}; overrides the one-thread default.
     *
     * @param threads at least 1
     */
    public static void limitThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        EXPLICIT.set(true);
        apply(threads);
    }

    private static void apply(int threads) {
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /**
     * The first call in a process applies the one-thread default (when neither {@code OMP_NUM_THREADS} nor
     * {@link #limitThreads} chose) and logs {@link #describe()} at INFO; later calls do nothing.
     */
    public static void initialiseOnce() {
        if (!INITIALISED.compareAndSet(false, true)) return;
        if (!EXPLICIT.get() && System.getenv("OMP_NUM_THREADS") == null) apply(1);
        LOG.info(describe());
    }
}
