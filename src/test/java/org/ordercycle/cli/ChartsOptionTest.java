package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --charts of the commands that draw a report: PNG by default, other formats on request (also
 * afterwards with report DIR), PNG always for a deck, and a clear error for anything else.
 */
class ChartsOptionTest {

    @TempDir
    Path dir;

    @Test
    void aValueThatIsNotAFormatIsRefusedNamingTheAllowedOnes() {
        for (List<String> args : List.of(List.of("compare", "scenarios/classroom.yaml", "--charts", "png,gif"),
                List.of("report", dir.toString(), "--charts", ""),
                List.of("sweep", "scenarios/classroom.yaml", "--param", "steps.planning.inflationMean=0,0.4",
                        "--charts", "jpeg"))) {
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(Main.BAD_INPUT, r.code(), r.toString());
            assertTrue(r.err().contains("--charts") && r.err().contains("allowed: png, svg, pdf"), r.err());
        }
        Cli.Result r = Cli.run("compare", "scenarios/classroom.yaml", "--no-report", "--charts", "svg");
        assertEquals(Main.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains("--charts") && r.err().contains("--no-report"), r.err());
    }

    @Test
    void pngByDefaultOtherFormatsAfterwardsAndPngForTheDeck() throws Exception {
        Path out = dir.resolve("cmp");
        Cli.Result r = Cli.run("compare", Cli.shortClassroom(dir).toString(), "--replications", "2", "--threads", "2",
                "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        Path charts = out.resolve("charts");
        Path png = charts.resolve("order-journeys.png");
        assertTrue(Files.isRegularFile(png));
        assertEquals(List.of(), extensionsOtherThanPng(charts), "the default draws PNG only");
        byte[] drawn = Files.readAllBytes(png);

        Cli.Result all = Cli.run("report", out.toString(), "--charts", "png,svg,pdf");
        assertEquals(0, all.code(), all.toString());
        assertTrue(Files.isRegularFile(charts.resolve("order-journeys.svg")));
        assertTrue(Files.isRegularFile(charts.resolve("order-journeys.pdf")));
        assertArrayEquals(drawn, Files.readAllBytes(png), "the PNG does not change");
        assertTrue(Files.readString(out.resolve("report.html")).contains("charts/order-journeys.pdf\""));

        Cli.Result again = Cli.run("report", out.toString());
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().contains("charts/ (PNG, SVG, PDF)"), again.out());
        assertTrue(Files.isRegularFile(charts.resolve("order-journeys.pdf")), "without --charts the formats it had");

        Cli.Result svgAndDeck = Cli.run("report", out.toString(), "--charts", "svg", "--deck");
        assertEquals(0, svgAndDeck.code(), svgAndDeck.toString());
        assertTrue(Files.isRegularFile(out.resolve("deck.pptx")));
        assertArrayEquals(drawn, Files.readAllBytes(png), "the deck's slides show the PNG, drawn for it");
        assertFalse(Files.exists(charts.resolve("order-journeys.pdf")), "a format not drawn again is removed");
    }

    private static List<String> extensionsOtherThanPng(Path charts) throws Exception {
        try (var files = Files.list(charts)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".png")).toList();
        }
    }
}
