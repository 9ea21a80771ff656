package jgym.agents.model;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The machine's attainable matrix-product speed through ND4J, the yardstick a training step's GFLOP/s is reported
 * against: a {@code n x n x n} float product timed {@code timed} times after {@code warm} untimed runs.
 *
 * @param best         the fastest run, GFLOP per wall second
 * @param median       the median run, GFLOP per wall second
 * @param perCpuSecond GFLOP per second of process CPU time over the timed runs
 */
public record GemmPeak(double best, double median, double perCpuSecond) {
    /** Measures it; {@code n >= 1}, {@code timed >= 1}. */
    public static GemmPeak measure(int n, int warm, int timed) {
        if (n < 1 || timed < 1 || warm < 0) throw new IllegalArgumentException("need n >= 1, timed >= 1, warm >= 0");
        INDArray x = Nd4j.rand(DataType.FLOAT, n, n), y = Nd4j.rand(DataType.FLOAT, n, n);
        INDArray z = Nd4j.create(DataType.FLOAT, n, n);
        for (int i = 0; i < warm; i++) Nd4j.gemm(x, y, z, false, false, 1.0, 0.0);
        double[] rates = new double[timed];
        double flop = 2.0 * n * n * n;
        long c0 = cpuNanos();
        for (int i = 0; i < timed; i++) {
            long t0 = System.nanoTime();
            Nd4j.gemm(x, y, z, false, false, 1.0, 0.0);
            rates[i] = flop / (System.nanoTime() - t0);
        }
        double perCpuSecond = flop * timed / (cpuNanos() - c0);
        double[] s = rates.clone();
        Arrays.sort(s);
        double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        return new GemmPeak(s[s.length - 1], median, perCpuSecond);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
