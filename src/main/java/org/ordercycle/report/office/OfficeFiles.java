package org.ordercycle.report.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ordercycle.report.Report;
import org.ordercycle.report.ReportException;

/** The office files of a report folder whose tables, charts and report are written. */
public final class OfficeFiles {
    private OfficeFiles() {
    }

    /**
     * Writes {@code deck.pptx} (the report's outline, one chart a slide) and {@code tables.xlsx}
     * into {@code folder} when asked for; returns the names written.
     */
    public static List<String> write(Path folder, boolean deck, boolean xlsx) throws IOException, ReportException {
        List<String> written = new ArrayList<>();
        if (!deck && !xlsx) {
            return written;
        }
        Provenance run = Provenance.of(folder);
        if (deck) {
            Deck.write(folder, Report.outline(folder), run);
            written.add(Deck.FILE);
        }
        if (xlsx) {
            Workbook.write(folder, run);
            written.add(Workbook.FILE);
        }
        return written;
    }
}
