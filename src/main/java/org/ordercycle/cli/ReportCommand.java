package org.ordercycle.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ordercycle.report.Report;
import org.ordercycle.report.ReportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ordercycle report DIR}: draws a report again from the tables a run saved. */
@Command(name = "report", usageHelpWidth = 100, sortOptions = false,
        description = {"Draw the report of a compare, sweep or attribute run again from its folder: charts/ (PNG, "
                + "SVG, PDF), summary.md and report.html are rebuilt from tables/*.csv and manifest.json alone, "
                + "without simulating anything. Use it after editing a table, or after upgrading OrderCycle.", ""},
        footer = {"", "Examples:", "  ordercycle report reports/baseline-compare-20261126-171500",
                "  ordercycle report results/cmp",
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

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(cli, Inputs.notFound("Report folder", folder));
        }
        try {
            Path html = Report.render(folder);
            java.util.List<String> exported = exports.write(cli, folder, true);
            cli.getOut().println("Report written to " + folder.toAbsolutePath().normalize() + ":");
            cli.getOut().println("  open " + html.toAbsolutePath().normalize().toUri());
            if (!exported.isEmpty()) {
                cli.getOut().println("  " + String.join(", ", exported));
            }
            return 0;
        } catch (ReportException e) {
            throw new UserError(e.getMessage());
        }
    }
}
