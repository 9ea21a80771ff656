package jgym.agents.model;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/** Which ND4J backend runs (CPU or CUDA), described once per process on first use of a model. */
public final class Backend {
    private static final System.Logger LOG = System.getLogger(Backend.class.getName());
    private static final AtomicBoolean LOGGED = new AtomicBoolean();

    private Backend() {}

    /** A one-line description, e.g. "ND4J CpuBackend, backend=CPU, blas=OPENBLAS, omp.threads=2, cores=2". */
    public static String describe() {
        Map<?, ?> env = Nd4j.getExecutioner().getEnvironmentInformation();
        return "ND4J " + Nd4j.getBackend().getClass().getSimpleName()
                + ", backend=" + env.get("backend") + ", blas=" + env.get("blas.vendor")
                + ", omp.threads=" + env.get("omp.threads") + ", blas.threads=" + Nd4j.factory().blas().getMaxThreads()
                + ", cores=" + env.get("cores");
    }

    /**
     * Caps the threads ND4J's kernels and its BLAS (OpenMP, master and OpenBLAS threads) use for the rest of the process, like starting
     * it with {@code OMP_NUM_THREADS=threads}. On a busy 2-core machine one thread was ~15x faster than two for this
     * gym's small arrays (OpenMP threads spin while waiting for a core); on an idle one, two help large products.
     *
     * @param threads at least 1
     */
    public static void limitThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /** Logs {@link #describe()} at INFO the first time it is called in this process; later calls do nothing. */
    public static void logOnce() {
        if (LOGGED.compareAndSet(false, true)) LOG.log(System.Logger.Level.INFO, describe());
    }
}
