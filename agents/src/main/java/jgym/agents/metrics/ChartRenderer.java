package jgym.agents.metrics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws a {@link Chart} as a line chart with Java2D (axes, ticks, grid, labels, legend) and writes it as PNG.
 *
 * <p>Works headless ({@code -Djava.awt.headless=true}; set here if unset). The plot area is the image less fixed
 * margins: data point {@code (x, y)} lands at pixel {@code (LEFT + (x - xMin) / (xMax - xMin) * plotWidth,
 * TOP + (yMax - y) / (yMax - yMin) * plotHeight)} with {@code plotWidth = width - LEFT - RIGHT} and
 * {@code plotHeight = height - TOP - BOTTOM}.
 */
public final class ChartRenderer {
    /** Margins around the plot area, in pixels. */
    public static final int LEFT = 72, RIGHT = 20, TOP = 40, BOTTOM = 56;
    /** Smallest image accepted, in pixels. */
    public static final int MIN_WIDTH = 200, MIN_HEIGHT = 160;
    /** The background colour of the image (and of the plot area). */
    public static final Color BACKGROUND = Color.WHITE;
    /** Curve colours, used in order and then repeated (Tableau 10). */
    public static final List<Color> PALETTE = List.of(new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f));

    private static final Color GRID = new Color(0xe6e6e6);
    private static final Color AXIS = new Color(0x333333);
    private static final int MAX_MARKED_POINTS = 40;

    private ChartRenderer() {}

    /** Draws {@code chart} on a new {@code width} x {@code height} RGB image. */
    public static BufferedImage render(Chart chart, int width, int height) {
        if (width < MIN_WIDTH) throw new IllegalArgumentException("width must be >= " + MIN_WIDTH + ", got " + width);
        if (height < MIN_HEIGHT) throw new IllegalArgumentException("height must be >= " + MIN_HEIGHT + ", got " + height);
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        double xLo = Double.POSITIVE_INFINITY, xHi = Double.NEGATIVE_INFINITY;
        double yLo = Double.POSITIVE_INFINITY, yHi = Double.NEGATIVE_INFINITY;
        for (Series s : chart.series()) {
            for (double v : s.x()) { xLo = Math.min(xLo, v); xHi = Math.max(xHi, v); }
            for (double v : s.y()) { yLo = Math.min(yLo, v); yHi = Math.max(yHi, v); }
        }
        Ticks xt = xHi > xLo ? Ticks.within(new Chart.Range(xLo, xHi), 8) : Ticks.covering(xLo, xHi, 8);
        if (integral(chart.series()) && xt.step() < 1) xt = new Ticks(xt.min(), xt.max(), 1); // steps are whole numbers
        Ticks yt = chart.yRange() != null ? Ticks.within(chart.yRange(), 5) : Ticks.covering(yLo, yHi, 5);
        var frame = new Frame(LEFT, TOP, width - LEFT - RIGHT, height - TOP - BOTTOM, xt, yt);

        var img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);
            drawAxes(g, chart, frame, width, height);
            g.clipRect(frame.left, frame.top, frame.width + 1, frame.height + 1);
            for (int i = 0; i < chart.series().size(); i++) drawSeries(g, chart.series().get(i), color(i), frame);
            g.setClip(null);
            drawLegend(g, chart.series(), frame);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Renders {@code chart} and writes it to {@code file} as PNG, creating parent folders. */
    public static void writePng(Chart chart, int width, int height, Path file) {
        BufferedImage img = render(chart, width, height);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            if (!ImageIO.write(img, "png", file.toFile())) throw new IOException("no PNG writer available");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + file, e);
        }
    }

    /** The colour of series {@code index}. */
    public static Color color(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    /** The plot area in pixels and the axes' ticks; maps data to pixels. */
    private record Frame(int left, int top, int width, int height, Ticks x, Ticks y) {
        double px(double v) {
            return left + (v - x.min()) / (x.max() - x.min()) * width;
        }

        double py(double v) {
            return top + (y.max() - v) / (y.max() - y.min()) * height;
        }
    }

    private static void drawAxes(Graphics2D g, Chart chart, Frame f, int width, int height) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        g.setStroke(new BasicStroke(1f));
        for (double v : f.y.values()) {
            int y = (int) Math.round(f.py(v));
            g.setColor(GRID);
            g.drawLine(f.left, y, f.left + f.width, y);
            g.setColor(AXIS);
            g.drawLine(f.left - 4, y, f.left, y);
            String label = label(v, f.y.decimals());
            g.drawString(label, f.left - 7 - fm.stringWidth(label), y + fm.getAscent() / 2 - 1);
        }
        for (double v : f.x.values()) {
            int x = (int) Math.round(f.px(v));
            g.setColor(GRID);
            g.drawLine(x, f.top, x, f.top + f.height);
            g.setColor(AXIS);
            g.drawLine(x, f.top + f.height, x, f.top + f.height + 4);
            String label = label(v, f.x.decimals());
            g.drawString(label, x - fm.stringWidth(label) / 2, f.top + f.height + 6 + fm.getAscent());
        }
        g.setColor(AXIS);
        g.drawRect(f.left, f.top, f.width, f.height);

        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        fm = g.getFontMetrics();
        g.drawString(chart.xLabel(), f.left + (f.width - fm.stringWidth(chart.xLabel())) / 2, height - 12);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(chart.yLabel(), -(f.top + (f.height + fm.stringWidth(chart.yLabel())) / 2), 16);
        g.setTransform(saved);

        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        fm = g.getFontMetrics();
        g.drawString(chart.title(), (width - fm.stringWidth(chart.title())) / 2, 24);
    }

    private static void drawSeries(Graphics2D g, Series s, Color c, Frame f) {
        double[] xs = s.x(), ys = s.y();
        g.setColor(c);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        var path = new Path2D.Double();
        path.moveTo(f.px(xs[0]), f.py(ys[0]));
        for (int i = 1; i < xs.length; i++) path.lineTo(f.px(xs[i]), f.py(ys[i]));
        g.draw(path);
        if (xs.length <= MAX_MARKED_POINTS) {
            for (int i = 0; i < xs.length; i++) {
                g.fill(new Ellipse2D.Double(f.px(xs[i]) - 3, f.py(ys[i]) - 3, 6, 6));
            }
        }
    }

    private static void drawLegend(Graphics2D g, List<Series> series, Frame f) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        int textWidth = series.stream().mapToInt(s -> fm.stringWidth(s.name())).max().orElse(0);
        int rowHeight = fm.getHeight();
        int boxWidth = textWidth + 34, boxHeight = rowHeight * series.size() + 8;
        int x = f.left + f.width - boxWidth - 6, y = f.top + 6;
        g.setColor(new Color(255, 255, 255, 220));
        g.fillRect(x, y, boxWidth, boxHeight);
        g.setColor(GRID.darker());
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, y, boxWidth, boxHeight);
        for (int i = 0; i < series.size(); i++) {
            int rowY = y + 4 + i * rowHeight + rowHeight / 2;
            g.setColor(color(i));
            g.setStroke(new BasicStroke(2f));
            g.drawLine(x + 6, rowY, x + 24, rowY);
            g.setColor(AXIS);
            g.drawString(series.get(i).name(), x + 28, rowY + fm.getAscent() / 2 - 1);
        }
    }

    /** True when every x of every series is a whole number (training steps). */
    private static boolean integral(List<Series> series) {
        for (Series s : series) {
            for (double v : s.x()) if (v != Math.rint(v)) return false;
        }
        return true;
    }

    private static String label(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + Math.min(decimals, 6) + "f", v);
    }
}
