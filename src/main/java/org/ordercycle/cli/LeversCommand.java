package org.ordercycle.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
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
        List<Lever> levers = new ArrayList<>(Arrays.asList(Lever.values()));
        levers.sort(Comparator.comparingInt(Lever::step)); // stable: declaration order within a step
        return levers;
    }

    /** "[siloed]", "[joint]", "[siloed, joint]" or "". */
    private static String presets(Setting s) {
        List<String> names = presetNames(s);
        return names.isEmpty() ? "" : "[" + String.join(", ", names) + "]";
    }

    private static List<String> presetNames(Setting s) {
        List<String> names = new ArrayList<>();
        if (s.siloedPreset()) {
            names.add(Policy.SILOED.name());
        }
        if (s.jointPreset()) {
            names.add(Policy.JOINT.name());
        }
        return names;
    }

    /**
     * The levers as JSON: {@code {"levers": [{"name", "step", "department", "decision", "settings":
     * [{"name", "behaviour", "presets": [...]}], "presets": {"siloed": ..., "joint": ...}}], "presets":
     * {"siloed": {lever: setting}, "joint": {...}}}}, levers in step order.
     */
    static String json() {
        ObjectNode root = ExperimentFolder.JSON.createObjectNode();
        ArrayNode levers = root.putArray("levers");
        for (Lever lever : byStep()) {
            ObjectNode l = levers.addObject();
            l.put("name", lever.cliName());
            l.put("step", lever.step());
            l.put("department", lever.department());
            l.put("decision", lever.decision());
            ArrayNode settings = l.putArray("settings");
            for (Setting s : lever.settings()) {
                ObjectNode node = settings.addObject();
                node.put("name", s.name());
                node.put("behaviour", s.behaviour());
                ArrayNode presets = node.putArray("presets");
                presetNames(s).forEach(presets::add);
            }
            ObjectNode presets = l.putObject("presets");
            presets.put(Policy.SILOED.name(), lever.siloedPreset().name());
            presets.put(Policy.JOINT.name(), lever.jointPreset().name());
        }
        ObjectNode presets = root.putObject("presets");
        for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
            ObjectNode node = presets.putObject(p.name());
            p.settings().forEach(node::put);
        }
        try {
            return ExperimentFolder.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
