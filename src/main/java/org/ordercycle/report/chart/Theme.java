package org.ordercycle.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.theme.AbstractBaseTheme;

/**
 * The one look of every chart: the Okabe-Ito colour-blind-safe palette, one colour per policy
 * (by its position in the list of policies, so the base policy always has the same colour), fixed
 * colours for the three kinds of time, large fonts that stay legible when projected, white
 * background and a light grid. Sizes are at 1x (screen); files are written at 2x
 * ({@link ChartFiles}).
 *
 * <p>Stateless and thread-safe; the charts it makes are mutable and belong to one thread.
 */
public final class Theme {
    /** Chart size at 1x, in pixels. */
    public static final int WIDTH = 960;
    public static final int HEIGHT = 540;
    /** Size of the small headline charts at 1x, meant to sit two by two. */
    public static final int SMALL_WIDTH = 480;
    public static final int SMALL_HEIGHT = 360;

    // Okabe & Ito (2008), "Color Universal Design".
    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    public static final Color GREY = new Color(0x999999);

    /** Policy colours in policy order: the base (usually siloed) first, then usually joint. */
    private static final List<Color> POLICY = List.of(BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE,
            SKY_BLUE, BLACK, YELLOW);

    /**
     * Qualitative palette for cost categories: Paul Tol's "muted" scheme (colour-blind safe, nine
     * colours), then pale grey for whatever is grouped as "other".
     */
    private static final List<Color> CATEGORIES = List.of(new Color(0x332288), new Color(0x88CCEE),
            new Color(0x44AA99), new Color(0x117733), new Color(0x999933), new Color(0xDDCC77), new Color(0xCC6677),
            new Color(0x882255), new Color(0xAA4499));
    public static final Color OTHER = new Color(0xDDDDDD);

    /** Light shading for the warm-up period. */
    public static final Color WARMUP = new Color(0xEDEDED);
    private static final Color GRID = new Color(0xE3E3E3);
    private static final Color TEXT = new Color(0x222222);

    private static final String FAMILY = Font.SANS_SERIF;
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 20);
    static final Font AXIS_TITLE = new Font(FAMILY, Font.PLAIN, 16);
    static final Font TICKS = new Font(FAMILY, Font.PLAIN, 14);
    static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 14);

    private static final Look LOOK = new Look();

    private Theme() {
    }

    /** Colour of the policy at this position in the list of policies (0 = base). */
    public static Color policy(int index) {
        return POLICY.get(Math.floorMod(index, POLICY.size()));
    }

    /** Colour of the policy named {@code name} among {@code policies}; grey when it is not listed. */
    public static Color policy(String name, List<String> policies) {
        int i = policies.indexOf(name);
        return i < 0 ? GREY : policy(i);
    }

    /** Colour of a kind of time: processing, queue (queueing), unattended or closed. */
    public static Color timeKind(String kind) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "processing" -> BLUISH_GREEN;
            case "queue", "queueing" -> ORANGE;
            case "unattended" -> GREY;
            case "closed" -> SKY_BLUE;
            default -> BLACK;
        };
    }

    /** The qualitative colour of the i-th category (cost component); at most {@link #categoryCount()}. */
    public static Color category(int index) {
        return CATEGORIES.get(Math.floorMod(index, CATEGORIES.size()));
    }

    public static int categoryCount() {
        return CATEGORIES.size();
    }

    /**
     * Sequential, colour-blind-safe scale from low to high: the lighter half of viridis (teal to
     * yellow), so that dark text stays readable on every cell.
     */
    public static Color[] sequential() {
        return new Color[] {new Color(0x21918C), new Color(0x28AE80), new Color(0x5EC962), new Color(0xADDC30),
            new Color(0xFDE725)};
    }

    /** Solid line of the given width. */
    public static BasicStroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Dashed line of the given width, dashes about 14 pixels apart. */
    public static BasicStroke dashed(float width) {
        return dashed(width, 14);
    }

    /**
     * Dashed line whose pattern fits a segment of {@code segmentPx} pixels (at 1x) a whole number of
     * times. XChart draws a line as one stroke per pair of points and each stroke starts its dash
     * pattern afresh, so a pattern longer than the segments draws every segment solid; a pattern
     * tiling the segment shows a dash and a gap in each. Round caps lengthen each dash by the width.
     */
    public static BasicStroke dashed(float width, double segmentPx) {
        double seg = Double.isFinite(segmentPx) && segmentPx > 0 ? segmentPx : 14;
        double period = seg / Math.max(1, Math.round(seg / 14));
        float on = (float) Math.max(0.5, period * 0.65 - width);
        float off = (float) Math.max(0.5, period - on);
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {on, off}, 0f);
    }

    /** A line chart in the theme, legend outside on the right. */
    public static XYChart xy(int width, int height, String title, String xTitle, String yTitle) {
        XYChart c = new XYChart(width, height, LOOK);
        c.setTitle(title);
        c.setXAxisTitle(xTitle);
        c.setYAxisTitle(yTitle);
        c.getStyler().setLegendPosition(LegendPosition.OutsideE);
        c.getStyler().setYAxisLabelAlignment(org.knowm.xchart.style.AxesChartStyler.TextAlignment.Right);
        c.getStyler().setXAxisTickMarkSpacingHint(90);
        c.getStyler().setYAxisTickMarkSpacingHint(60);
        return c;
    }

    /** A bar chart in the theme, legend outside on the right. */
    public static CategoryChart bars(int width, int height, String title, String xTitle, String yTitle) {
        CategoryChart c = new CategoryChart(width, height, LOOK);
        c.setTitle(title);
        c.setXAxisTitle(xTitle);
        c.setYAxisTitle(yTitle);
        c.getStyler().setLegendPosition(LegendPosition.OutsideE);
        c.getStyler().setPlotGridVerticalLinesVisible(false);
        c.getStyler().setAvailableSpaceFill(0.7);
        c.getStyler().setYAxisLabelAlignment(org.knowm.xchart.style.AxesChartStyler.TextAlignment.Right);
        // every bar carries its value, written by the y axis formatter (XChart uses it for both)
        c.getStyler().setYAxisTickLabelsFormattingFunction(Theme::money);
        c.getStyler().setLabelsVisible(true);
        c.getStyler().setLabelsFont(LEGEND);
        c.getStyler().setLabelsFontColorAutomaticEnabled(true);
        c.getStyler().setLabelsFontColorAutomaticLight(Color.WHITE);
        c.getStyler().setLabelsFontColorAutomaticDark(TEXT);
        return c;
    }

    /** A heat map in the theme with the sequential scale. */
    public static HeatMapChart heatMap(int width, int height, String title, String xTitle, String yTitle) {
        HeatMapChart c = new HeatMapChart(width, height, LOOK);
        c.setTitle(title);
        c.setXAxisTitle(xTitle);
        c.setYAxisTitle(yTitle);
        c.getStyler().setRangeColors(sequential());
        c.getStyler().setPlotGridLinesVisible(false);
        c.getStyler().setLegendPosition(LegendPosition.OutsideE);
        return c;
    }

    /** Tick labels for money: three significant digits, thousands as k and millions as M ({@link Numbers}). */
    public static Function<Double, String> money() {
        return Theme::money;
    }

    static String money(Double v) {
        return v == null ? "" : Numbers.format(v);
    }

    /** XChart's theme carrying the fonts, colours and spacing shared by every chart. */
    private static final class Look extends AbstractBaseTheme {
        @Override
        public Font getBaseFont() {
            return TICKS;
        }

        @Override
        public Color getChartBackgroundColor() {
            return Color.WHITE;
        }

        @Override
        public Color getChartFontColor() {
            return TEXT;
        }

        @Override
        public int getChartPadding() {
            return 12;
        }

        @Override
        public Color[] getSeriesColors() {
            return POLICY.toArray(Color[]::new);
        }

        @Override
        public org.knowm.xchart.style.markers.Marker[] getSeriesMarkers() {
            return new org.knowm.xchart.style.markers.Marker[] {org.knowm.xchart.style.markers.SeriesMarkers.NONE};
        }

        @Override
        public BasicStroke[] getSeriesLines() {
            return new BasicStroke[] {solid(2.5f)};
        }

        @Override
        public Font getChartTitleFont() {
            return TITLE;
        }

        @Override
        public int getChartTitlePadding() {
            return 10;
        }

        @Override
        public Font getLegendFont() {
            return LEGEND;
        }

        @Override
        public Color getLegendBorderColor() {
            return Color.WHITE;
        }

        @Override
        public int getLegendPadding() {
            return 8;
        }

        @Override
        public int getLegendSeriesLineLength() {
            return 28;
        }

        @Override
        public Font getAxisTitleFont() {
            return AXIS_TITLE;
        }

        @Override
        public Font getAxisTickLabelsFont() {
            return TICKS;
        }

        @Override
        public Color getAxisTickLabelsColor() {
            return TEXT;
        }

        @Override
        public Color getAxisTickMarksColor() {
            return GREY;
        }

        @Override
        public int getAxisTitlePadding() {
            return 8;
        }

        @Override
        public int getXAxisTickMarkSpacingHint() {
            return 90;
        }

        @Override
        public int getYAxisTickMarkSpacingHint() {
            return 60;
        }

        @Override
        public boolean isAxisTicksMarksVisible() {
            return false;
        }

        @Override
        public Color getPlotBackgroundColor() {
            return Color.WHITE;
        }

        @Override
        public Color getPlotBorderColor() {
            return GRID;
        }

        @Override
        public boolean isPlotBorderVisible() {
            return false;
        }

        @Override
        public boolean isPlotTicksMarksVisible() {
            return false;
        }

        @Override
        public Color getPlotGridLinesColor() {
            return GRID;
        }

        @Override
        public BasicStroke getPlotGridLinesStroke() {
            return new BasicStroke(1f);
        }

        @Override
        public int getPlotMargin() {
            return 6;
        }

        @Override
        public int getMarkerSize() {
            return 8;
        }

        @Override
        public Color getErrorBarsColor() {
            return TEXT;
        }

        @Override
        public boolean isErrorBarsColorSeriesColor() {
            return false;
        }
    }
}
