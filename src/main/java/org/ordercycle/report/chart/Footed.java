package org.ordercycle.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import org.knowm.xchart.internal.chartpart.IChart;

/**
 * A chart with its footer line drawn in a strip below it, as every export writes it: the chart at
 * its own size, then the footer in small grey text (shrunk to fit the width). Drawn with
 * {@code drawString}, so SVG and PDF keep it as text. Without a footer, just the chart.
 */
final class Footed implements IChart {
    /** Height of the footer strip at 1x, in pixels. */
    static final int STRIP = 28;
    private static final Color INK = new Color(0x555555);
    private static final int PAD = 12;

    private final IChart chart;
    private final String footer;
    private final int width;
    private final int height;

    Footed(NamedChart named) {
        this.chart = named.chart();
        this.footer = named.footer();
        this.width = chart.getWidth();
        this.height = chart.getHeight();
    }

    @Override
    public void paint(Graphics2D g, int w, int h) {
        AffineTransform saved = g.getTransform();
        chart.paint(g, width, height);
        g.setTransform(saved);
        if (footer.isEmpty()) {
            return;
        }
        g.setColor(Color.WHITE);
        g.fillRect(0, height, width, STRIP);
        float size = 13f;
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        FontMetrics fm = g.getFontMetrics(font);
        while (fm.stringWidth(footer) > width - 2 * PAD && size > 8) {
            size -= 0.5f;
            font = font.deriveFont(size);
            fm = g.getFontMetrics(font);
        }
        g.setFont(font);
        g.setColor(INK);
        g.drawString(footer, PAD, height + (STRIP + fm.getAscent() - fm.getDescent()) / 2);
    }

    @Override
    public int getWidth() {
        return width;
    }

    @Override
    public int getHeight() {
        return footer.isEmpty() ? height : height + STRIP;
    }

    @Override
    public String getTitle() {
        return chart.getTitle();
    }
}
