package org.ordercycle.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every chart of every factory exports to PNG (2x), SVG and PDF, headless. */
class ChartFilesTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    static List<NamedChart> everyChart() {
        List<String> p = Fixtures.POLICIES;
        List<NamedChart> all = new ArrayList<>(Charts.headline(Fixtures.summary(), p));
        all.add(Charts.leadTimeDistribution(Fixtures.ecdf(), p));
        all.addAll(Charts.demandForecastPlan(Fixtures.periods(), p, 56));
        all.add(Charts.inventoryBacklog(Fixtures.periods(), p, 56));
        all.add(Charts.costBreakdown(Fixtures.summary(), p));
        all.add(Charts.billingErrors(Fixtures.summary(), p));
        all.add(Charts.whereTheDaysGo(Fixtures.summary(), p));
        all.addAll(Charts.attribution(Fixtures.effects()));
        all.add(Charts.sweepHeatMap(Fixtures.sweepSummary(), Fixtures.X, Fixtures.Y, "total_cost", "joint"));
        all.add(Charts.orderJourneys(Fixtures.journeys(), p));
        return all;
    }

    @Test
    void runsHeadless() {
        assertTrue(GraphicsEnvironment.isHeadless());
    }

    /** One chart of each factory (PNG encoding at 2x dominates the test time). */
    static List<NamedChart> oneChartPerFactory() {
        List<String> p = Fixtures.POLICIES;
        return List.of(Charts.headline(Fixtures.summary(), p).get(2),
                Charts.leadTimeDistribution(Fixtures.ecdf(), p),
                Charts.demandForecastPlan(Fixtures.periods(), p, 56).get(0),
                Charts.inventoryBacklog(Fixtures.periods(), p, 56),
                Charts.costBreakdown(Fixtures.summary(), p),
                Charts.billingErrors(Fixtures.summary(), p),
                Charts.whereTheDaysGo(Fixtures.summary(), p),
                Charts.attribution(Fixtures.effects()).get(0),
                Charts.sweepHeatMap(Fixtures.sweepSummary(), Fixtures.X, Fixtures.Y, "total_cost", "joint"),
                Charts.orderJourneys(Fixtures.journeys(), p));
    }

    @Test
    void chartNamesAreUnique() {
        List<NamedChart> all = everyChart();
        assertEquals(all.size(), all.stream().map(NamedChart::name).distinct().count(), "unique names");
    }

    @Test
    void everyFactoryWritesPngAtTwiceItsSizeSvgAndPdf(@TempDir Path dir) throws Exception {
        List<NamedChart> all = oneChartPerFactory();
        for (NamedChart c : all) {
            List<Path> files = ChartFiles.write(c, dir);
            assertEquals(List.of(dir.resolve(c.name() + ".png"), dir.resolve(c.name() + ".svg"),
                    dir.resolve(c.name() + ".pdf")), files);
            byte[] png = Files.readAllBytes(files.get(0));
            assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8), c.name());
            BufferedImage img = ImageIO.read(files.get(0).toFile());
            assertEquals(2 * c.chart().getWidth(), img.getWidth(), c.name());
            int footer = c.footer().isEmpty() ? 0 : Footed.STRIP; // the footer line goes below the chart
            assertEquals(2 * (c.chart().getHeight() + footer), img.getHeight(), c.name());
            String svg = Files.readString(files.get(1), StandardCharsets.UTF_8);
            assertTrue(svg.contains("<svg"), c.name());
            byte[] pdf = Files.readAllBytes(files.get(2));
            assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), c.name());
            assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).strip().endsWith("%%EOF"), c.name());
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(3L * all.size(), s.count(), "no temporary files left behind");
        }
    }

    @Test
    void writingAgainReplacesTheFiles(@TempDir Path dir) throws Exception {
        NamedChart c = Charts.billingErrors(Fixtures.summary(), Fixtures.POLICIES);
        ChartFiles.write(c, dir);
        ChartFiles.writeAll(List.of(c), dir);
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(3, s.count());
        }
    }

    @Test
    void svgTextCanBeInlined() {
        String svg = ChartFiles.svg(Charts.billingErrors(Fixtures.summary(), Fixtures.POLICIES));
        assertTrue(svg.startsWith("<svg"), svg.substring(0, 60));
        assertFalse(svg.contains("<?xml"));
        assertFalse(svg.contains("<!DOCTYPE"));
        assertTrue(svg.strip().endsWith("</svg>"));
    }

    @Test
    void imageForNotebooksIsAtScreenSize() {
        NamedChart c = Charts.leadTimeDistribution(Fixtures.ecdf(), Fixtures.POLICIES);
        BufferedImage img = ChartFiles.image(c);
        assertEquals(Theme.WIDTH, img.getWidth());
        assertEquals(Theme.HEIGHT + Footed.STRIP, img.getHeight()); // the chart, then its footer line
        assertEquals(0xFFFFFF, img.getRGB(2, 2) & 0xFFFFFF, "white background");
        assertEquals(2 * Theme.WIDTH, ChartFiles.image(c, 2).getWidth());
    }
}
