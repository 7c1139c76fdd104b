package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --deck and --xlsx of compare and report: the files land in the report folder, and bad combinations are refused. */
class OfficeOptionsTest {

    @TempDir
    Path dir;

    @Test
    void compareAndReportWriteTheDeckAndTheWorkbookIntoTheReportFolder() throws Exception {
        Path out = dir.resolve("cmp");
        Cli.Result r = Cli.run("compare", Cli.shortClassroom(dir).toString(), "--replications", "2", "--threads", "2",
                "--out", out.toString(), "--quiet", "--deck", "--xlsx");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("deck.pptx, tables.xlsx"), r.out());
        byte[] deck = Files.readAllBytes(out.resolve("deck.pptx"));
        byte[] book = Files.readAllBytes(out.resolve("tables.xlsx"));

        Cli.Result again = Cli.run("report", out.toString(), "--xlsx", "--deck");
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().contains("deck.pptx, tables.xlsx"), again.out());
        assertArrayEquals(deck, Files.readAllBytes(out.resolve("deck.pptx")), "report DIR draws the same deck");
        assertArrayEquals(book, Files.readAllBytes(out.resolve("tables.xlsx")), "and the same workbook");
        try (var files = Files.list(out)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void aDeckWithoutAReportIsRefusedBeforeAnythingRuns() throws Exception {
        Path out = dir.resolve("none");
        Cli.Result r = Cli.run("compare", "scenarios/classroom.yaml", "--out", out.toString(), "--no-report",
                "--deck");
        assertEquals(Main.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains("--deck") && r.err().contains("--no-report"), r.err());
        assertFalse(Files.exists(out.resolve("manifest.json")), "nothing ran");
    }
}
