package jgym.agents.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartRendererTest {
    private static final int W = 400, H = 300;
    private static final int BG = ChartRenderer.BACKGROUND.getRGB();
    @TempDir
    Path dir;

    /** Pixel of data point (x, y) on a chart with x in [0, 10] and y in [0, 1], from the documented margins. */
    private static int[] pixel(double x, double y) {
        double plotW = W - 72 - 20, plotH = H - 40 - 56;
        return new int[] {(int) Math.round(72 + x / 10 * plotW), (int) Math.round(40 + (1 - y) * plotH)};
    }

    private static boolean inked(BufferedImage img, int[] p, int radius) {
        for (int dx = -radius; dx <= radius; dx++) {
            for (int dy = -radius; dy <= radius; dy++) {
                if (img.getRGB(p[0] + dx, p[1] + dy) != BG) return true;
            }
        }
        return false;
    }

    @Test
    void writesAPngOfTheRequestedSizeWithTheCurveWhereItBelongs() throws Exception {
        double[] x = {0, 2, 4, 6, 8, 10};
        double[] flat = new double[6];
        Arrays.fill(flat, 0.5);
        var chart = new Chart("flat", "step", "reward", List.of(new Series("half", x, flat)), new Chart.Range(0, 1));
        Path file = dir.resolve("plots/flat.png");
        ChartRenderer.writePng(chart, W, H, file);

        byte[] head = Arrays.copyOf(Files.readAllBytes(file), 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head);
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(W, img.getWidth());
        assertEquals(H, img.getHeight());
        // on the curve, drawn over the grid: the series colour
        int[] on = pixel(5, 0.5);
        assertEquals(ChartRenderer.color(0).getRGB(), img.getRGB(on[0], on[1]));
        // well below the curve and between grid lines (x ticks every 1, y ticks every 0.2): untouched background
        assertEquals(BG, img.getRGB(pixel(5.5, 0.1)[0], pixel(5.5, 0.1)[1]));
        assertEquals(BG, img.getRGB(pixel(3.5, 0.3)[0], pixel(3.5, 0.3)[1]));
    }

    @Test
    void aRisingCurvePassesThroughItsPoints() {
        double[] x = {0, 5, 10};
        double[] y = {0.1, 0.5, 0.9};
        var chart = new Chart("rise", "step", "acc", List.of(new Series("acc", x, y)), new Chart.Range(0, 1));
        BufferedImage img = ChartRenderer.render(chart, W, H);
        assertTrue(inked(img, pixel(2.5, 0.3), 1), "midpoint of the first segment");
        assertTrue(inked(img, pixel(7.5, 0.7), 1), "midpoint of the second segment");
        assertEquals(BG, img.getRGB(pixel(7.5, 0.3)[0], pixel(7.5, 0.3)[1]), "below the curve, between grid lines");
    }

    @Test
    void secondSeriesGetsTheSecondColourAndTitleIsDrawn() {
        double[] x = {0, 10};
        var chart = new Chart("two", "step", "v", List.of(new Series("a", x, new double[] {0.3, 0.3}),
                new Series("b", x, new double[] {0.7, 0.7})), new Chart.Range(0, 1));
        BufferedImage img = ChartRenderer.render(chart, W, H);
        int[] b = pixel(3.5, 0.7);
        assertEquals(ChartRenderer.color(1).getRGB(), img.getRGB(b[0], b[1]));
        boolean titleInk = false;
        for (int px = W / 2 - 10; px < W / 2 + 10; px++) {
            for (int py = 10; py < 28; py++) titleInk |= img.getRGB(px, py) != BG;
        }
        assertTrue(titleInk, "title pixels above the plot");
        assertNotEquals(BG, img.getRGB(72, 100), "left axis line");
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
