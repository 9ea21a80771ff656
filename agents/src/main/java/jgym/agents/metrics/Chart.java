package jgym.agents.metrics;

import java.util.List;
import java.util.Objects;

/**
 * A line chart to draw: a title, axis labels and one or more curves.
 *
 * @param title  shown above the plot
 * @param xLabel shown under the x axis
 * @param yLabel shown beside the y axis
 * @param series the curves, at least one, drawn in order with distinct colours
 * @param yRange the y axis range, or null to fit the data (rounded out to tick values)
 */
public record Chart(String title, String xLabel, String yLabel, List<Series> series, Range yRange) {
    public Chart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        series = List.copyOf(series);
        if (series.isEmpty()) throw new IllegalArgumentException("series must not be empty");
    }

    /** A chart whose y axis fits the data. */
    public static Chart of(String title, String xLabel, String yLabel, List<Series> series) {
        return new Chart(title, xLabel, yLabel, series, null);
    }

    /**
     * A closed interval of an axis.
     *
     * @param min the lower end, finite
     * @param max the upper end, finite and > min
     */
    public record Range(double min, double max) {
        public Range {
            if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
                throw new IllegalArgumentException("range must be finite with max > min, got [" + min + ", " + max + "]");
            }
        }

        public double span() {
            return max - min;
        }
    }
}
