package org.ordercycle.cli;

import java.io.PrintWriter;
import java.util.List;
import org.ordercycle.io.LeversJson;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Setting;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ordercycle levers}: each department's decision rules, with their settings and behaviours. */
@Command(name = "levers", usageHelpWidth = 100, sortOptions = false,
        description = {"List the coordination levers, step by step and department by department: the decision "
                + "each lever sets, every setting with the behaviour it stands for, and which preset (siloed, "
                + "joint) uses it. A policy sets every lever; change one with --lever NAME=SETTING.", ""},
        footer = {"", "Examples:", "  ordercycle levers", "  ordercycle levers --json",
                "  ordercycle run scenarios/baseline.yaml --lever strategic-selection=senior-capacity"})
final class LeversCommand implements Runnable {

    private static final int WIDTH = 56;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--json", description = "Print every lever with its step, department, decision, settings and "
            + "behaviours, and the presets' choices, as one JSON object (for programs).")
    boolean json;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json());
            return;
        }
        String group = null;
        for (Lever lever : byStep()) {
            String g = "Step " + lever.step() + ", " + lever.department();
            if (!g.equals(group)) {
                out.println();
                out.println(g);
                group = g;
            }
            out.printf("  %s: %s%n", lever.cliName(), lever.decision());
            for (Setting s : lever.settings()) {
                String label = String.format("    %-21s %-15s ", s.name(), presets(s));
                String prefix = label;
                for (String line : Format.wrap(s.behaviour(), WIDTH)) {
                    out.println((prefix + line).stripTrailing());
                    prefix = " ".repeat(label.length());
                }
            }
        }
        out.println();
        out.println("Presets: --policy siloed sets every lever to the setting marked [siloed],");
        out.println("         --policy joint to the one marked [joint]. Any other mix is a policy file or --lever.");
    }

    /** The levers by step, in declaration order within a step. */
    static List<Lever> byStep() {
        return LeversJson.byStep();
    }

    /** "[siloed]", "[joint]", "[siloed, joint]" or "". */
    private static String presets(Setting s) {
        List<String> names = presetNames(s);
        return names.isEmpty() ? "" : "[" + String.join(", ", names) + "]";
    }

    private static List<String> presetNames(Setting s) {
        return LeversJson.presetNames(s);
    }

    /** The levers as JSON (see {@link LeversJson#json()}). */
    static String json() {
        return LeversJson.json();
    }
}
