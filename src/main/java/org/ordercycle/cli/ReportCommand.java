package org.ordercycle.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ordercycle.report.ReportException;
import org.ordercycle.report.chart.ChartFormat;
import org.ordercycle.report.office.Redraw;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ordercycle report DIR}: draws a report again from the tables a run saved. */
@Command(name = "report", usageHelpWidth = 100, sortOptions = false,
        description = {"Draw the report of a compare, sweep or attribute run again from its folder: charts/ (the "
                + "formats of --charts, else those it has), summary.md and report.html are rebuilt from tables/*.csv and "
                + "manifest.json alone, without simulating anything. Use it after editing a table, or after upgrading "
                + "OrderCycle, or to add SVG and PDF files (--charts png,svg,pdf). Without --charts it draws the formats "
                + "the folder already has (PNG when it has none); chart files of formats not drawn are removed, so "
                + "that charts/ never holds a chart older than its tables.", ""},
        footer = {"", "Examples:", "  ordercycle report reports/baseline-compare-20261126-171500",
                "  ordercycle report results/cmp",
                "  ordercycle report results/cmp --charts png,svg,pdf",
                "  ordercycle report results/cmp --deck --xlsx"})
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ExportOptions exports;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of a finished run (it holds manifest.json "
            + "and tables/).")
    Path folder;

    /** "PNG, SVG" for messages. */
    static String formatNames(java.util.Set<org.ordercycle.report.chart.ChartFormat> formats) {
        return String.join(", ", formats.stream().map(Enum::name).toList());
    }

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(cli, Inputs.notFound("Report folder", folder));
        }
        TablesWarmUp.start(); // overlaps the copy of the folder the redraw makes
        // without --charts, the formats the folder has: redrawing never drops files a user asked for
        Set<ChartFormat> formats = exports.chartFormats(ChartFormat.drawnIn(folder.resolve("charts"), ChartFormat.DEFAULT));
        java.util.List<String> exported;
        try {
            exported = Redraw.of(folder, formats, exports.deck, exports.xlsx, ProgressBars.forStages(cli.getErr(), false));
        } catch (ReportException e) {
            throw new UserError(e.getMessage());
        }
        Path html = folder.resolve("report.html");
        cli.getOut().println("Report written to " + folder.toAbsolutePath().normalize() + ":");
        cli.getOut().println("  open " + html.toAbsolutePath().normalize().toUri());
        cli.getOut().println("  charts/ (" + formatNames(formats) + ")");
        if (!exported.isEmpty()) {
            cli.getOut().println("  " + String.join(", ", exported));
        }
        return 0;
    }
}
