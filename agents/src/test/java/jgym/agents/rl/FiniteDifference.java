package jgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.ToDoubleFunction;

/** Central finite differences of a scalar function of a ragged array, compared against an analytic gradient. */
public final class FiniteDifference {
    private FiniteDifference() {}

    /** Asserts {@code grad[i][t]} equals {@code (f(x + h e_it) - f(x - h e_it)) / 2h} for every entry, h = 1e-6. */
    public static void check(double[][] x, double[][] grad, ToDoubleFunction<double[][]> f, String what) {
        double h = 1e-6;
        for (int i = 0; i < x.length; i++) {
            for (int t = 0; t < x[i].length; t++) {
                double[][] plus = copy(x);
                double[][] minus = copy(x);
                plus[i][t] += h;
                minus[i][t] -= h;
                double fd = (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (2 * h);
                assertEquals(fd, grad[i][t], 1e-7, what + " at [" + i + "][" + t + "]");
            }
        }
    }

    static double[][] copy(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) out[i] = x[i].clone();
        return out;
    }
}
