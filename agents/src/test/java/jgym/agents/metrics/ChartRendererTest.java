package jgym.agents.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered pixels: where a curve lands is computed here from the plot area JFreeChart reports and the axis range
 * the chart asked for (a linear map), not from the renderer's own axis code.
 */
class ChartRendererTest {
    private static final int W = 480, H = 320;
    private static final int BG = ChartRenderer.BACKGROUND.getRGB();
    @TempDir
    Path dir;

    /** A rendered chart with x in [0, 10] by its data and y fixed to [0, 1], and where data points land on it. */
    private record Drawn(BufferedImage img, Rectangle2D area) {
        int[] pixel(double x, double y) {
            return new int[] {(int) Math.round(area.getMinX() + x / 10 * area.getWidth()),
                    (int) Math.round(area.getMaxY() - y * area.getHeight())};
        }

        /** Pixels of colour {@code rgb} (or mostly it: antialiased over white) within {@code radius} of data point (x, y). */
        int count(double x, double y, int radius, int rgb) {
            int[] p = pixel(x, y);
            int n = 0;
            for (int dx = -radius; dx <= radius; dx++) for (int dy = -radius; dy <= radius; dy++) if (inked(img.getRGB(p[0] + dx, p[1] + dy), rgb)) n++;
            return n;
        }
    }

    /**
     * Whether {@code pixel} is colour {@code c} blended over white with coverage at least one half: every channel
     * equals a * c + (1 - a) * 255 for one a >= 0.5, to within 12.
     */
    static boolean inked(int pixel, int c) {
        int[] p = {(pixel >> 16) & 255, (pixel >> 8) & 255, pixel & 255};
        int[] k = {(c >> 16) & 255, (c >> 8) & 255, c & 255};
        int widest = 0;
        for (int i = 1; i < 3; i++) if (255 - k[i] > 255 - k[widest]) widest = i;
        double a = (255.0 - p[widest]) / (255.0 - k[widest]);
        if (a < 0.5 || a > 1.05) return false;
        for (int i = 0; i < 3; i++) if (Math.abs(p[i] - (a * k[i] + (1 - a) * 255)) > 12) return false;
        return true;
    }

    private static Drawn draw(Series... series) {
        var info = new ChartRenderingInfo();
        BufferedImage img = ChartRenderer.render(new Chart("t", "step", "v", List.of(series), new Chart.Range(0, 1)), W, H, info);
        return new Drawn(img, info.getPlotInfo().getDataArea());
    }

    @Test
    void writesAPngOfTheRequestedSizeWithTheCurveWhereItBelongs() throws Exception {
        double[] x = {0, 2, 4, 6, 8, 10};
        double[] flat = new double[6];
        Arrays.fill(flat, 0.5);
        Path file = dir.resolve("plots/flat.png");
        ChartRenderer.writePng(new Chart("flat", "step", "reward", List.of(new Series("half", x, flat)), new Chart.Range(0, 1)), W, H, file);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, Arrays.copyOf(Files.readAllBytes(file), 8));
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(W, img.getWidth());
        assertEquals(H, img.getHeight());

        Drawn d = draw(new Series("half", x, flat));
        int series0 = ChartRenderer.color(0).getRGB();
        assertTrue(d.count(5, 0.5, 1, series0) > 0, "the curve at (5, 0.5)");
        assertEquals(0, d.count(5, 0.3, 3, series0), "nothing of it at (5, 0.3)");
        assertEquals(0, d.count(5, 0.8, 3, series0), "nothing of it at (5, 0.8)");
    }

    @Test
    void aRisingCurvePassesThroughItsSegmentsMidpoints() {
        Drawn d = draw(new Series("acc", new double[] {0, 5, 10}, new double[] {0.1, 0.5, 0.9}));
        int rgb = ChartRenderer.color(0).getRGB();
        assertTrue(d.count(2.5, 0.3, 2, rgb) > 0, "midpoint of the first segment");
        assertTrue(d.count(7.5, 0.7, 2, rgb) > 0, "midpoint of the second segment");
        assertEquals(0, d.count(7.5, 0.3, 3, rgb), "below the curve");
    }

    /** The bug the old renderer had: the RL reward of a 0/1 rubric equals its accuracy, and one line hid the other. */
    @Test
    void twoCurvesThatCoincideAreBothVisible() {
        double[] x = new double[11], y = new double[11];
        for (int i = 0; i <= 10; i++) {
            x[i] = i;
            y[i] = 0.2 + 0.06 * i;
        }
        Drawn d = draw(new Series("reward", x, y), new Series("accuracy", x, y.clone()));
        int first = 0, second = 0;
        for (int i = 0; i < 10; i++) {
            double mx = i + 0.5, my = 0.2 + 0.06 * mx;
            first += d.count(mx, my, 3, ChartRenderer.color(0).getRGB());
            second += d.count(mx, my, 3, ChartRenderer.color(1).getRGB());
        }
        assertTrue(first > 10, "the first (solid) curve shows between the second's dashes: " + first + " pixels");
        assertTrue(second > 10, "the second (dashed) curve is drawn over it: " + second + " pixels");
    }

    @Test
    void theTitleIsDrawnAboveThePlot() {
        Drawn d = draw(new Series("a", new double[] {0, 10}, new double[] {0.3, 0.3}));
        boolean ink = false;
        for (int px = W / 2 - 20; px < W / 2 + 20; px++) for (int py = 0; py < (int) d.area().getMinY() - 2; py++) ink |= d.img().getRGB(px, py) != BG;
        assertTrue(ink, "title pixels above the plot area");
    }

    @Test
    void trainingPlotsSkipMetricsTheRunNeverWrote() throws Exception {
        var rows = List.of(MetricsRow.builder(Phase.RL, 0).put(MetricNames.REWARD_MEAN, 0.2).put(MetricNames.KL, 0.0).build(),
                MetricsRow.builder(Phase.RL, 1).put(MetricNames.REWARD_MEAN, 0.4).put(MetricNames.KL, 0.01).build());
        var files = TrainingPlots.write(rows, dir);
        assertEquals(List.of(dir.resolve("reward.png"), dir.resolve("kl.png")), files);
        BufferedImage img = ImageIO.read(dir.resolve("kl.png").toFile());
        assertEquals(TrainingPlots.WIDTH, img.getWidth());
        assertEquals(TrainingPlots.HEIGHT, img.getHeight());
    }
}
