package org.ordercycle.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identical drawings give identical files: two exports of the same chart, drawn apart (as two runs
 * of the same experiment would), are byte for byte the same in PNG, SVG and PDF. A PDF would
 * otherwise carry a random document ID and the time of writing.
 */
class DeterministicFilesTest {

    @Test
    void twoDrawingsOfTheSameChartGiveByteIdenticalFiles(@TempDir Path dir) throws Exception {
        List<Path> first = ChartFiles.write(Charts.billingErrors(Fixtures.summary(), Fixtures.POLICIES),
                dir.resolve("a"));
        Thread.sleep(1100); // a time stamp to the second would now differ
        List<Path> second = ChartFiles.write(Charts.billingErrors(Fixtures.summary(), Fixtures.POLICIES),
                dir.resolve("b"));
        assertEquals(3, first.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
                    first.get(i).getFileName() + " is the same for the same drawing");
        }
        String pdf = Files.readString(first.get(2), java.nio.charset.StandardCharsets.ISO_8859_1);
        org.junit.jupiter.api.Assertions.assertTrue(pdf.contains("/ID [<") && pdf.strip().endsWith("%%EOF"),
                "the PDF keeps a document ID and its end");
    }
}
