package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Off a terminal (the in-process runs of these tests), experiments and report drawing say one plain
 * line per finished stage on stderr, so that a log shows where the time went; --quiet says nothing.
 */
class StageLinesTest {
    @TempDir
    Path dir;

    @Test
    void oneLinePerStageWithoutControlCharacters() {
        StringWriter text = new StringWriter();
        StageLines lines = new StageLines(new PrintWriter(text));
        lines.begin("replications 1-3", 6);
        lines.advance(4);
        lines.advance(2);
        lines.begin("drawing 2 charts", 2); // a new stage closes the one before
        lines.advance(1);
        lines.end();
        lines.end(); // a second end says nothing more
        String[] out = text.toString().split("\n");
        assertEquals(2, out.length, text.toString());
        assertTrue(out[0].matches("  replications 1-3: done in \\d+\\.\\d s"), out[0]);
        assertTrue(out[1].matches("  drawing 2 charts: 1 of 2 done in \\d+\\.\\d s"), out[1]);
        assertFalse(text.toString().chars().anyMatch(c -> c < 32 && c != '\n'), "no control characters");
    }

    @Test
    void compareAndReportSayTheirStages() throws Exception {
        Path scenario = Cli.shortClassroom(dir);
        Path out = dir.resolve("cmp");
        Cli.Result r = Cli.run("compare", scenario.toString(), "--replications", "2", "--threads", "2",
                "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("  replications 1-2: done in .* s")), r.toString());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("  drawing \\d+ charts: done in .* s")), r.toString());

        Cli.Result report = Cli.run("report", out.toString());
        assertEquals(0, report.code(), report.toString());
        assertTrue(report.err().lines().anyMatch(l -> l.matches("  drawing \\d+ charts: done in .* s")),
                report.toString());
    }
}
