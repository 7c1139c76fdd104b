package org.ordercycle.report.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ordercycle.experiment.Progress;
import org.ordercycle.io.Folders;
import org.ordercycle.io.StagedFolder;
import org.ordercycle.io.WriteLock;
import org.ordercycle.report.Report;
import org.ordercycle.report.ReportException;
import org.ordercycle.report.chart.ChartFormat;

/**
 * Draws a finished run's report again from its folder, with the office files asked for: what
 * {@code ordercycle report DIR} does and the workbench's "make a deck" button asks for. The folder
 * is copied into a staging folder, drawn there and swapped in whole (sealed again), so charts,
 * report, office files and manifest stay one set; its lock keeps a second redraw or a tidying
 * server away meanwhile.
 */
public final class Redraw {
    /** The key of the staging folder: {@code .NAME.partial-report} beside {@code NAME}. */
    static final String STAGING_KEY = "report";

    private Redraw() {
    }

    /**
     * Redraws the report of {@code folder} with its charts in {@code formats} (PNG added when a deck
     * is asked for: its slides show them) and writes {@code deck.pptx} and {@code tables.xlsx} when
     * asked; returns the office files written.
     */
    public static List<String> of(Path folder, Set<ChartFormat> formats, boolean deck, boolean xlsx, Progress progress)
            throws IOException, ReportException {
        Path staging = StagedFolder.staging(folder, STAGING_KEY);
        try (WriteLock drawing = WriteLock.take(staging)) {
            try {
                if (Files.exists(staging)) {
                    Folders.deleteTree(staging); // a killed redraw's leftover: its lock was free
                }
                StagedFolder.copyTree(folder, staging);
                Report.render(staging, progress, withPngFor(deck, formats));
                List<String> written = OfficeFiles.write(staging, deck, xlsx);
                StagedFolder.commit(staging, folder);
                return written;
            } catch (ReportException e) {
                throw new ReportException(e.getMessage().replace(staging.toString(),
                        folder.toAbsolutePath().normalize().toString()));
            } finally {
                if (Files.exists(staging)) {
                    Folders.deleteTree(staging);
                }
            }
        }
    }

    /** The chart formats a redraw draws: those asked for, and PNG for a deck's slides. */
    public static Set<ChartFormat> withPngFor(boolean deck, Set<ChartFormat> formats) {
        EnumSet<ChartFormat> all = EnumSet.copyOf(formats);
        if (deck) {
            all.add(ChartFormat.PNG);
        }
        return all;
    }
}
