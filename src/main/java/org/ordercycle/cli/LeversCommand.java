package org.ordercycle.cli;

import java.io.PrintWriter;
import org.ordercycle.policy.Lever;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ordercycle levers}: every coordination lever with its two settings and behaviours. */
@Command(name = "levers", usageHelpWidth = 100, sortOptions = false,
        description = {"List the coordination levers: for each step of the order cycle, what the departments "
                + "do when siloed and when joint. A policy sets every lever; change one with --lever.", ""},
        footer = {"", "Examples:", "  ordercycle levers",
                "  ordercycle run scenarios/baseline.yaml --lever billing-check=shipping-and-sales"})
final class LeversCommand implements Runnable {

    private static final int WIDTH = 72;
    private static final String INDENT = "            ";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-6s %-21s %-22s %s%n", "Step", "Lever", "Siloed setting", "Joint setting");
        for (Lever lever : Lever.values()) {
            out.println();
            out.printf("%-6d %-21s %-22s %s%n", lever.step(), lever.cliName(), lever.siloedSetting(),
                    lever.jointSetting());
            behaviour(out, "siloed: ", lever.siloedBehaviour());
            behaviour(out, "joint:  ", lever.jointBehaviour());
        }
        out.println();
        out.println("Presets: --policy siloed sets every lever to its siloed setting,");
        out.println("         --policy joint sets every lever to its joint setting.");
    }

    private static void behaviour(PrintWriter out, String label, String text) {
        String prefix = "      " + label;
        for (String line : Format.wrap(text, WIDTH)) {
            out.println((prefix + line).stripTrailing());
            prefix = "      " + " ".repeat(label.length());
        }
    }
}
