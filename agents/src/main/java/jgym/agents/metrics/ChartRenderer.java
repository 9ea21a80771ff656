package jgym.agents.metrics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a {@link Chart} with JFreeChart and writes it as PNG: each curve in its own colour, dash pattern and point
 * marker, the later ones drawn over the earlier ones, so curves that coincide (the RL reward and accuracy of a 0/1
 * rubric) both stay visible. Works headless ({@code -Djava.awt.headless=true}; set here if unset).
 */
public final class ChartRenderer {
    /** Smallest image accepted, in pixels. */
    public static final int MIN_WIDTH = 200, MIN_HEIGHT = 160;
    /** The background colour of the image and of the plot area. */
    public static final Color BACKGROUND = Color.WHITE;
    /** Curve colours, used in order and then repeated (Tableau 10). */
    public static final List<Color> PALETTE = List.of(new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f));
    /** Dash patterns by series, then repeated: solid, dashed, dotted, dash-dot. */
    private static final List<float[]> DASHES = List.of(new float[0], new float[] {9f, 5f}, new float[] {2f, 4f},
            new float[] {10f, 4f, 2f, 4f});
    private static final Color GRID = new Color(0xdddddd);
    /** Curves with more points than this are drawn without markers (they would hide the line). */
    private static final int MAX_MARKED_POINTS = 60;

    private ChartRenderer() {}

    /** The JFreeChart of {@code chart}. */
    public static JFreeChart chart(Chart chart) {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        var data = new XYSeriesCollection();
        for (Series s : chart.series()) {
            var xy = new XYSeries(s.name(), false, true);
            for (int i = 0; i < s.x().length; i++) xy.add(s.x()[i], s.y()[i]);
            data.addSeries(xy);
        }
        var renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < chart.series().size(); i++) {
            float[] dash = DASHES.get(i % DASHES.size());
            renderer.setSeriesPaint(i, color(i));
            renderer.setSeriesStroke(i, dash.length == 0 ? new BasicStroke(2f)
                    : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f));
            renderer.setSeriesShape(i, marker(i));
            renderer.setSeriesShapesVisible(i, chart.series().get(i).x().length <= MAX_MARKED_POINTS);
        }
        var x = new NumberAxis(chart.xLabel());
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0); // the x axis spans exactly the first to the last step
        x.setUpperMargin(0);
        if (integral(chart.series())) x.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // steps are whole numbers
        var y = new NumberAxis(chart.yLabel());
        y.setAutoRangeIncludesZero(false);
        if (chart.yRange() != null) y.setRange(chart.yRange().min(), chart.yRange().max());
        var plot = new XYPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD); // later (dashed) curves over earlier (solid) ones
        plot.setBackgroundPaint(BACKGROUND);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        var out = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        out.setTitle(new TextTitle(chart.title(), new Font(Font.SANS_SERIF, Font.BOLD, 15)));
        out.setBackgroundPaint(BACKGROUND);
        return out;
    }

    /** Draws {@code chart} on a new {@code width} x {@code height} image; {@code info} (or null) receives the layout. */
    public static BufferedImage render(Chart chart, int width, int height, ChartRenderingInfo info) {
        if (width < MIN_WIDTH) throw new IllegalArgumentException("width must be >= " + MIN_WIDTH + ", got " + width);
        if (height < MIN_HEIGHT) throw new IllegalArgumentException("height must be >= " + MIN_HEIGHT + ", got " + height);
        return chart(chart).createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, info);
    }

    /** Renders {@code chart} and writes it to {@code file} as PNG, creating parent folders. */
    public static void writePng(Chart chart, int width, int height, Path file) {
        if (width < MIN_WIDTH) throw new IllegalArgumentException("width must be >= " + MIN_WIDTH + ", got " + width);
        if (height < MIN_HEIGHT) throw new IllegalArgumentException("height must be >= " + MIN_HEIGHT + ", got " + height);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            ChartUtils.saveChartAsPNG(file.toFile(), chart(chart), width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + file, e);
        }
    }

    /** The colour of series {@code index}. */
    public static Color color(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    /** Series 0 a disc, 1 a square, 2 a diamond, then repeated. */
    private static Shape marker(int index) {
        return switch (index % 3) {
            case 0 -> new Ellipse2D.Double(-3, -3, 6, 6);
            case 1 -> new Rectangle2D.Double(-3, -3, 6, 6);
            default -> new java.awt.Polygon(new int[] {0, 4, 0, -4}, new int[] {-4, 0, 4, 0}, 4);
        };
    }

    private static boolean integral(List<Series> series) {
        for (Series s : series) for (double v : s.x()) if (v != Math.rint(v)) return false;
        return true;
    }
}
