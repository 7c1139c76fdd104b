package org.ordercycle.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.ordercycle.report.ReportException;
import org.ordercycle.report.chart.ChartFormat;
import org.ordercycle.report.office.Deck;
import org.ordercycle.report.office.OfficeFiles;
import org.ordercycle.report.office.Redraw;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What every command that draws a report shares: --charts (the chart formats drawn), and --deck and
 * --xlsx (office files drawn from the report folder).
 */
final class ExportOptions {

    @Option(names = "--charts", paramLabel = "FORMATS", converter = ChartFormatsConverter.class,
            description = "The chart files drawn into charts/, comma separated: png, svg, pdf (e.g. png,svg,pdf for "
                    + "all three). Default: png. report.html shows each chart inline (as SVG when svg is drawn).")
    Set<ChartFormat> charts;

    @Option(names = "--deck", description = "Also write deck.pptx into the report folder: a 16:9 PowerPoint deck "
            + "with the verdict, one chart per slide (its reading in the speaker notes) and the method.")
    boolean deck;

    @Option(names = "--xlsx", description = "Also write tables.xlsx into the report folder: every table of tables/ "
            + "as an Excel sheet, numbers as numbers, units in the headers, provenance on the first sheet.")
    boolean xlsx;

    /** Refuses --charts or --deck without a report before anything runs: both are about the report's charts. */
    void check(CommandLine cli, boolean noReport) {
        if (charts != null && noReport) {
            throw new CommandLine.ParameterException(cli, "--charts chooses the report's chart files and cannot go "
                    + "with --no-report: drop one of them.");
        }
        if (deck && noReport) {
            throw new CommandLine.ParameterException(cli, "--deck shows the report's charts and cannot go with "
                    + "--no-report: drop one of them (--xlsx needs only the tables).");
        }
    }

    /** The formats to draw: those of --charts (PNG by default), with PNG added for --deck, whose slides show it. */
    Set<ChartFormat> chartFormats() {
        return chartFormats(ChartFormat.DEFAULT);
    }

    /** As {@link #chartFormats()}, with {@code unlessGiven} where --charts is not given. */
    Set<ChartFormat> chartFormats(Set<ChartFormat> unlessGiven) {
        return Collections.unmodifiableSet(Redraw.withPngFor(deck, charts == null ? unlessGiven : charts));
    }

    /** Reads --charts, naming the allowed values when a value is not one of them. */
    static final class ChartFormatsConverter implements CommandLine.ITypeConverter<Set<ChartFormat>> {
        @Override
        public Set<ChartFormat> convert(String value) {
            try {
                return ChartFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage() + ".");
            }
        }
    }

    /**
     * Writes the files asked for into a report folder whose tables (and, when {@code reportDrawn},
     * charts) are written; returns their names. A deck asked for where no report is drawn (the
     * factorial attribution) is skipped with a note on stderr.
     */
    List<String> write(CommandLine cli, Path folder, boolean reportDrawn) throws IOException, UserError {
        if (deck && !reportDrawn) {
            cli.getErr().println("No " + Deck.FILE + ": this run draws no report, so there are no charts to show.");
        }
        try {
            return OfficeFiles.write(folder, deck && reportDrawn, xlsx);
        } catch (ReportException e) {
            throw new UserError(e.getMessage());
        }
    }
}
