package jgym.agents.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * "Nice" axis ticks (Heckbert, "Nice numbers for graph labels", Graphics Gems 1990): steps of 1, 2 or 5 times a power
 * of ten, and an axis range rounded out to whole steps.
 *
 * @param min   the rounded-out lower end of the axis (a multiple of {@code step})
 * @param max   the rounded-out upper end of the axis (a multiple of {@code step})
 * @param step  the distance between ticks, > 0
 */
public record Ticks(double min, double max, double step) {
    public Ticks {
        if (!(step > 0) || !Double.isFinite(step)) throw new IllegalArgumentException("step must be finite and > 0, got " + step);
        if (!(max > min)) throw new IllegalArgumentException("max must be > min, got [" + min + ", " + max + "]");
    }

    /** Ticks covering {@code [lo, hi]} with about {@code target} intervals; a flat range is widened around its value. */
    public static Ticks covering(double lo, double hi, int target) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || hi < lo) {
            throw new IllegalArgumentException("range must be finite with hi >= lo, got [" + lo + ", " + hi + "]");
        }
        if (target < 1) throw new IllegalArgumentException("target must be >= 1, got " + target);
        if (hi == lo) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        double step = nice((hi - lo) / target, true);
        double min = Math.floor(lo / step) * step;
        double max = Math.ceil(hi / step) * step;
        if (max <= min) max = min + step;
        return new Ticks(min, max, step);
    }

    /** Ticks of a fixed range: the range itself with a nice step inside it. */
    public static Ticks within(Chart.Range range, int target) {
        double step = nice(range.span() / target, true);
        return new Ticks(range.min(), range.max(), step);
    }

    /** Heckbert's nice number: 1, 2, 5 or 10 times a power of ten near {@code x} (rounded, or the ceiling). */
    static double nice(double x, boolean round) {
        double exp = Math.floor(Math.log10(x));
        double f = x / Math.pow(10, exp);
        double nf;
        if (round) nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
        else nf = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nf * Math.pow(10, exp);
    }

    /** The tick values from the first multiple of {@code step} at or above {@code min} up to {@code max}. */
    public List<Double> values() {
        var out = new ArrayList<Double>();
        double first = Math.ceil(min / step - 1e-9) * step;
        for (int i = 0; ; i++) {
            double v = first + i * step;
            if (v > max + step * 1e-9) break;
            out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return out;
    }

    /** Digits after the decimal point needed to tell ticks apart. */
    public int decimals() {
        return Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    }
}
