package org.ordercycle.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.policy.Policy;
import org.ordercycle.report.office.Deck;
import org.ordercycle.report.office.Provenance;

/**
 * The deck opens in another office suite than the library that wrote it: LibreOffice converts it
 * to PDF headless, and the PDF has one page per slide. Tagged "office" (needs LibreOffice, e.g.
 * {@code apt-get install -y --no-install-recommends libreoffice-impress-nogui}); skipped where
 * {@code soffice} is not installed.
 */
@Tag("office")
class DeckOpensInLibreOfficeTest {

    @Test
    void libreOfficeConvertsTheDeckToAPdfWithOnePagePerSlide(@TempDir Path dir) throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice (soffice) is not installed");
        Path folder = dir.resolve("cmp");
        Fixtures.compareFolder(folder, Fixtures.shortClassroom(Map.of()), List.of(Policy.SILOED, Policy.JOINT));
        Report.render(folder);
        Outline outline = Report.outline(folder);
        Path deck = Deck.write(folder, outline, Provenance.of(folder));

        Path pdfDir = dir.resolve("pdf");
        // a profile of its own, so that a LibreOffice already running for the user does not take the job
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", pdfDir.toString(), deck.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "soffice did not finish within 5 minutes");
        Path pdf = pdfDir.resolve("deck.pdf");
        assertTrue(Files.isRegularFile(pdf), "no PDF: " + Files.readString(dir.resolve("soffice.log")));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(3 + outline.charts().size(), doc.getNumberOfPages(), "title, verdict, one per chart, method");
        }
    }
}
