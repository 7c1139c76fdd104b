package org.ordercycle.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ordercycle.report.Report;
import org.ordercycle.report.ReportException;
import org.ordercycle.report.office.Deck;
import org.ordercycle.report.office.Provenance;
import org.ordercycle.report.office.Workbook;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** --deck and --xlsx of compare, sweep, attribute and report: office files drawn from the report folder. */
final class ExportOptions {

    @Option(names = "--deck", description = "Also write deck.pptx into the report folder: a 16:9 PowerPoint deck "
            + "with the verdict, one chart per slide (its reading in the speaker notes) and the method.")
    boolean deck;

    @Option(names = "--xlsx", description = "Also write tables.xlsx into the report folder: every table of tables/ "
            + "as an Excel sheet, numbers as numbers, units in the headers, provenance on the first sheet.")
    boolean xlsx;

    /** Refuses --deck without a report before anything runs: the deck shows the report's charts. */
    void check(CommandLine cli, boolean noReport) {
        if (deck && noReport) {
            throw new CommandLine.ParameterException(cli, "--deck shows the report's charts and cannot go with "
                    + "--no-report: drop one of them (--xlsx needs only the tables).");
        }
    }

    /**
     * Writes the files asked for into a report folder whose tables (and, when {@code reportDrawn},
     * charts) are written; returns their names. A deck asked for where no report is drawn (the
     * factorial attribution) is skipped with a note on stderr.
     */
    List<String> write(CommandLine cli, Path folder, boolean reportDrawn) throws IOException, UserError {
        List<String> written = new ArrayList<>();
        if (!deck && !xlsx) {
            return written;
        }
        try {
            Provenance run = Provenance.of(folder);
            if (deck && reportDrawn) {
                Deck.write(folder, Report.outline(folder), run);
                written.add(Deck.FILE);
            } else if (deck) {
                cli.getErr().println("No " + Deck.FILE + ": this run draws no report, so there are no charts to show.");
            }
            if (xlsx) {
                Workbook.write(folder, run);
                written.add(Workbook.FILE);
            }
        } catch (ReportException e) {
            throw new UserError(e.getMessage());
        }
        return written;
    }
}
