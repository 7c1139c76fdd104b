package org.ordercycle.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.ordercycle.stats.Area;
import org.ordercycle.stats.Measure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ordercycle measures}: the meaning and unit of every measure. */
@Command(name = "measures", usageHelpWidth = 100, sortOptions = false,
        description = {"Explain every measure a run reports: its name in the CSV and JSON files, its unit and "
                + "its meaning. Measures marked 'per segment' are also reported for each customer segment.", ""},
        footer = {"", "Example:", "  ordercycle measures | less"})
final class MeasuresCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (Area area : Area.values()) {
            out.println(area.name().toUpperCase(Locale.ROOT));
            for (Measure m : Measure.values()) {
                if (m.area() != area) {
                    continue;
                }
                out.printf("  %-30s %s%s%n", m.key(), m.unit(), m.perSegment() ? ", per segment" : "");
                for (String line : Format.wrap(m.description(), 70)) {
                    out.println("      " + line);
                }
            }
            out.println();
        }
        out.println("Units: money is in the scenario's currency, durations in days, shares between 0 and 1 in files");
        out.println("(shown as percentages in reports).");
    }
}
