package jgym.agents.model;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.nd4j.linalg.factory.Nd4j;

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
                + ", omp.threads=" + env.get("omp.threads") + ", cores=" + env.get("cores");
    }

    /** Logs {@link #describe()} at INFO the first time it is called in this process; later calls do nothing. */
    public static void logOnce() {
        if (LOGGED.compareAndSet(false, true)) LOG.log(System.Logger.Level.INFO, describe());
    }
}
