package jgym.agents.metrics;

import java.util.Arrays;
import java.util.Objects;

/**
 * One named curve of a {@link Chart}: points {@code (x[i], y[i])} in order of x.
 *
 * @param name the legend entry, never blank
 * @param x    x coordinates (e.g. training steps), finite; copied
 * @param y    y coordinates, finite, as many as {@code x}; copied
 */
public record Series(String name, double[] x, double[] y) {
    public Series {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("name must not be blank");
        x = x.clone();
        y = y.clone();
        if (x.length != y.length) throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        if (x.length == 0) throw new IllegalArgumentException("series " + name + " must have at least one point");
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("series " + name + ": point " + i + " is not finite: (" + x[i] + ", " + y[i] + ")");
            }
        }
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public int size() {
        return x.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && name.equals(s.name) && Arrays.equals(x, s.x) && Arrays.equals(y, s.y);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(x)) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Series[" + name + ", " + x.length + " points]";
    }
}
