package jgym.agents.metrics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The standard PNG plots of a training run, drawn from its metrics rows: reward and accuracy, KL, entropy, response
 * length and the SFT loss, each against the step. A plot whose metrics the run never wrote is skipped.
 */
public final class TrainingPlots {
    /** Image size of every plot, in pixels. */
    public static final int WIDTH = 720, HEIGHT = 420;

    /**
     * One curve: metric {@code metric} of the rows of {@code phase}, shown as {@code legend}.
     */
    public record Curve(Phase phase, String metric, String legend) {
        public Curve {
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(legend, "legend");
        }
    }

    /**
     * One plot file.
     *
     * @param file   file name inside the output folder, e.g. {@code reward.png}
     * @param yRange fixed y range, or null to fit the data
     */
    public record Plot(String file, String title, String yLabel, Chart.Range yRange, List<Curve> curves) {
        public Plot {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(yLabel, "yLabel");
            curves = List.copyOf(curves);
            if (curves.isEmpty()) throw new IllegalArgumentException("curves must not be empty");
        }
    }

    /** The plots {@link #write} draws by default. */
    public static final List<Plot> STANDARD = List.of(
            new Plot("reward.png", "Reward and accuracy", "reward / share", null, List.of(
                    new Curve(Phase.RL, MetricNames.REWARD_MEAN, "RL reward (mean)"),
                    new Curve(Phase.RL, MetricNames.ACCURACY, "RL accuracy (sampled)"),
                    new Curve(Phase.EVAL, MetricNames.HELDOUT_ACCURACY, "held-out accuracy (greedy)"))),
            new Plot("kl.png", "KL to the reference policy", "nats / token", null,
                    List.of(new Curve(Phase.RL, MetricNames.KL, "KL (k3)"))),
            new Plot("entropy.png", "Policy entropy", "nats / token", null, List.of(
                    new Curve(Phase.RL, MetricNames.ENTROPY, "RL"), new Curve(Phase.SFT, MetricNames.ENTROPY, "SFT"))),
            new Plot("length.png", "Response length", "tokens", null,
                    List.of(new Curve(Phase.RL, MetricNames.RESPONSE_LENGTH, "mean length"))),
            new Plot("reasoning.png", "Long chains of thought and language consistency", "share", new Chart.Range(0, 1), List.of(
                    new Curve(Phase.RL, MetricNames.LONG_COT_SHARE, "long chains of thought (share of samples)"),
                    new Curve(Phase.RL, MetricNames.REWARD_COMPONENT_PREFIX + "language_consistency", "language consistency (mean)"))),
            new Plot("pretrain.png", "Pretraining: held-out accuracy and long answers", "share", new Chart.Range(0, 1), List.of(
                    new Curve(Phase.EVAL, "sampled_accuracy", "accuracy (sampled, T=1)"),
                    new Curve(Phase.EVAL, MetricNames.LONG_COT_SHARE, "long chains of thought (sampled)"))),
            new Plot("pretrain_loss.png", "Pretraining loss", "cross-entropy (nats / token)", null,
                    List.of(new Curve(Phase.PRETRAIN, MetricNames.LOSS, "next-token loss"))),
            new Plot("sft_loss.png", "SFT loss", "cross-entropy (nats / token)", null,
                    List.of(new Curve(Phase.SFT, MetricNames.LOSS, "SFT loss"))));

    private TrainingPlots() {}

    /** Draws {@link #STANDARD} from {@code rows} into {@code dir}; returns the files written. */
    public static List<Path> write(List<MetricsRow> rows, Path dir) {
        return write(rows, dir, STANDARD);
    }

    /** Draws {@code plots} from {@code rows} into {@code dir}; returns the files written, in order. */
    public static List<Path> write(List<MetricsRow> rows, Path dir, List<Plot> plots) {
        var written = new ArrayList<Path>();
        for (Plot p : plots) {
            List<Series> series = new ArrayList<>();
            for (Curve c : p.curves()) series(rows, c).ifPresent(series::add);
            if (series.isEmpty()) continue;
            Path file = dir.resolve(p.file());
            ChartRenderer.writePng(new Chart(p.title(), "step", p.yLabel(), series, p.yRange()), WIDTH, HEIGHT, file);
            written.add(file);
        }
        return written;
    }

    /** The curve's points (step, value) over the rows that carry its metric, or empty if none do. */
    public static java.util.Optional<Series> series(List<MetricsRow> rows, Curve c) {
        var xs = new ArrayList<Double>();
        var ys = new ArrayList<Double>();
        for (MetricsRow r : rows) {
            if (r.phase() != c.phase()) continue;
            r.value(c.metric()).ifPresent(v -> {
                xs.add((double) r.step());
                ys.add(v);
            });
        }
        if (xs.isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(new Series(c.legend(),
                xs.stream().mapToDouble(Double::doubleValue).toArray(), ys.stream().mapToDouble(Double::doubleValue).toArray()));
    }
}
