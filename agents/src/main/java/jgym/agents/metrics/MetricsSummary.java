package jgym.agents.metrics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * A short text summary of a run's metrics: for each training phase, how each metric moved from the start to the end
 * (means over the first and last tenth of the phase's steps, at least one step each), and every held-out evaluation.
 */
public final class MetricsSummary {
    private MetricsSummary() {}

    /** The summary of {@code rows}, one line per metric, ending with a newline; empty rows give "no metrics". */
    public static String text(List<MetricsRow> rows) {
        if (rows.isEmpty()) return "no metrics\n";
        var out = new StringBuilder();
        for (Phase phase : List.of(Phase.SFT, Phase.RL)) {
            List<MetricsRow> of = rows.stream().filter(r -> r.phase() == phase).toList();
            if (of.isEmpty()) continue;
            int window = Math.max(1, of.size() / 10);
            out.append(String.format(Locale.ROOT, "%s: %d steps (start = mean of first %d, end = mean of last %d)%n",
                    phase.jsonName(), of.size(), window, window));
            for (String metric : metricNames(of)) {
                double start = mean(of.subList(0, window), metric);
                double end = mean(of.subList(of.size() - window, of.size()), metric);
                if (Double.isNaN(start) && Double.isNaN(end)) continue;
                out.append(String.format(Locale.ROOT, "  %-22s %10.4f -> %10.4f%n", metric, start, end));
            }
        }
        List<MetricsRow> evals = rows.stream().filter(r -> r.phase() == Phase.EVAL).toList();
        if (!evals.isEmpty()) {
            out.append("eval (held-out):\n");
            for (MetricsRow r : evals) {
                var parts = new ArrayList<String>();
                r.values().forEach((k, v) -> parts.add(String.format(Locale.ROOT, "%s %.4f", k, v)));
                out.append(String.format(Locale.ROOT, "  after step %-5d %s%n", r.step(), String.join(", ", parts)));
            }
        }
        return out.toString();
    }

    /** Every metric name of {@code rows}, in order of first appearance. */
    static List<String> metricNames(List<MetricsRow> rows) {
        var names = new LinkedHashSet<String>();
        for (MetricsRow r : rows) names.addAll(r.values().keySet());
        return List.copyOf(names);
    }

    /** Mean of {@code metric} over the rows that carry it, NaN if none do. */
    static double mean(List<MetricsRow> rows, String metric) {
        double sum = 0;
        int n = 0;
        for (MetricsRow r : rows) {
            var v = r.value(metric);
            if (v.isPresent()) {
                sum += v.getAsDouble();
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
