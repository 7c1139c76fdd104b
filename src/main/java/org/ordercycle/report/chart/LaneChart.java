package org.ordercycle.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The order-journey lanes drawn with Java2D (XChart has no Gantt chart): one panel per policy
 * stacked on one x axis, one row per journey, each row coloured segments by owning department and
 * grey where nobody owns the order, a legend of departments at the bottom. A {@link Chart} so that
 * it exports through the same encoders as every other chart; it has no XChart series.
 */
final class LaneChart extends Chart<XYStyler, XYSeries> {
    static final Color HANDOFF = new Color(0xC8C8C8);
    private static final Color INK = new Color(0x222222);
    private static final Color RULE = new Color(0xE3E3E3);
    private static final int PAD = 12;
    private static final int LABEL_WIDTH = 150;

    private final JourneyLayout layout;
    private final String xTitle;

    LaneChart(int width, int height, String title, String xTitle, JourneyLayout layout) {
        super(width, height, new XYStyler());
        setTitle(title);
        this.xTitle = xTitle;
        this.layout = layout;
    }

    /** Colour of an owner: the hand-off grey, else the department's category colour by its position. */
    Color colour(String owner) {
        if (owner.equals(JourneyChart.HANDOFF)) {
            return HANDOFF;
        }
        List<String> departments = layout.departments().stream().filter(d -> !d.equals(JourneyChart.HANDOFF)).toList();
        return Theme.category(departments.indexOf(owner));
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int w = getWidth();
        int h = getHeight();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(INK);
        g.setFont(Theme.TITLE);
        FontMetrics tm = g.getFontMetrics();
        g.drawString(getTitle(), (w - tm.stringWidth(getTitle())) / 2, PAD + tm.getAscent());
        int top = PAD + tm.getHeight() + 8;

        int legendTop = paintLegend(g, w, h, false);
        g.setFont(Theme.TICKS);
        FontMetrics fm = g.getFontMetrics();
        int axisHeight = fm.getHeight() * 2 + 10;
        int plotLeft = LABEL_WIDTH + PAD;
        int plotRight = w - PAD * 2;
        int bottom = legendTop - axisHeight;
        int rows = layout.panels().stream().mapToInt(p -> p.rows().size() + 1).sum(); // +1: the panel heading
        double rowHeight = rows == 0 ? 0 : (bottom - top) / (double) rows;
        double xMax = layout.xMax();
        double y = top;
        for (JourneyLayout.Panel panel : layout.panels()) {
            g.setFont(Theme.AXIS_TITLE.deriveFont(java.awt.Font.BOLD));
            g.setColor(INK);
            g.drawString(panel.policy(), PAD, (float) (y + rowHeight * 0.8));
            g.setColor(RULE);
            g.drawLine(plotLeft, (int) (y + rowHeight * 0.95), plotRight, (int) (y + rowHeight * 0.95));
            y += rowHeight;
            g.setFont(fitted(g, panel));
            FontMetrics lm = g.getFontMetrics();
            for (JourneyLayout.Row row : panel.rows()) {
                g.setColor(INK);
                g.drawString(row.label(), plotLeft - 8 - lm.stringWidth(row.label()),
                        (float) (y + rowHeight / 2 + (lm.getAscent() - lm.getDescent()) / 2.0));
                double barTop = y + rowHeight * 0.15;
                double barHeight = Math.max(1, rowHeight * 0.7);
                for (JourneyLayout.Segment s : row.segments()) {
                    double x0 = plotLeft + (plotRight - plotLeft) * s.start() / xMax;
                    double x1 = plotLeft + (plotRight - plotLeft) * s.end() / xMax;
                    g.setColor(colour(s.owner()));
                    g.fill(new java.awt.geom.Rectangle2D.Double(x0, barTop, Math.max(1, x1 - x0), barHeight));
                }
                y += rowHeight;
            }
        }
        paintAxis(g, plotLeft, plotRight, top, bottom, fm);
        paintLegend(g, w, h, true);
    }

    /** Row labels in the tick font, smaller when the longest does not fit the label column. */
    private static java.awt.Font fitted(Graphics2D g, JourneyLayout.Panel panel) {
        java.awt.Font f = Theme.TICKS;
        int longest = panel.rows().stream().mapToInt(r -> g.getFontMetrics(Theme.TICKS).stringWidth(r.label())).max()
                .orElse(0);
        return longest <= LABEL_WIDTH - 10 ? f : f.deriveFont(Math.max(9f, f.getSize2D() * (LABEL_WIDTH - 10) / longest));
    }

    private void paintAxis(Graphics2D g, int left, int right, int top, int bottom, FontMetrics fm) {
        double xMax = layout.xMax();
        double step = Draw.niceCeil(xMax / 6);
        g.setFont(Theme.TICKS);
        for (double t = 0; t <= xMax * (1 + 1e-9); t += step) {
            int x = (int) Math.round(left + (right - left) * t / xMax);
            g.setColor(RULE);
            g.setStroke(new BasicStroke(1f));
            g.drawLine(x, top, x, bottom);
            g.setColor(INK);
            String label = Numbers.format(t);
            g.drawString(label, x - fm.stringWidth(label) / 2, bottom + fm.getAscent() + 4);
        }
        g.setFont(Theme.AXIS_TITLE);
        FontMetrics am = g.getFontMetrics();
        g.drawString(xTitle, (left + right - am.stringWidth(xTitle)) / 2, bottom + fm.getHeight() + am.getAscent() + 6);
    }

    /** Draws (or only measures) the legend of departments at the bottom; returns its top. */
    private int paintLegend(Graphics2D g, int w, int h, boolean draw) {
        g.setFont(Theme.LEGEND);
        FontMetrics fm = g.getFontMetrics();
        int box = fm.getAscent();
        int lineHeight = fm.getHeight() + 4;
        List<String> owners = layout.departments();
        // lay out in lines from the left, then draw the lines bottom-up from the chart's foot
        List<List<String>> lines = new java.util.ArrayList<>();
        List<String> line = new java.util.ArrayList<>();
        int start = PAD + LABEL_WIDTH / 2;
        int x = start;
        for (String o : owners) {
            int item = box + 6 + fm.stringWidth(o) + 18;
            if (x + item > w - PAD && !line.isEmpty()) {
                lines.add(line);
                line = new java.util.ArrayList<>();
                x = start;
            }
            line.add(o);
            x += item;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        int legendTop = h - PAD - lines.size() * lineHeight;
        if (draw) {
            int yy = legendTop;
            for (List<String> l : lines) {
                int xx = start;
                for (String o : l) {
                    g.setColor(colour(o));
                    g.fillRect(xx, yy + (lineHeight - box) / 2, box, box);
                    g.setColor(INK);
                    g.drawString(o, xx + box + 6, yy + (lineHeight + fm.getAscent() - fm.getDescent()) / 2);
                    xx += box + 6 + fm.stringWidth(o) + 18;
                }
                yy += lineHeight;
            }
        }
        return legendTop;
    }
}
