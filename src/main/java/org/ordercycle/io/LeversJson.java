package org.ordercycle.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.policy.Setting;

/** The levers as JSON, shared by {@code ordercycle levers --json} and the web workbench's {@code /api/levers}. */
public final class LeversJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LeversJson() {
    }

    /** The levers by step, in declaration order within a step. */
    public static List<Lever> byStep() {
        List<Lever> levers = new ArrayList<>(Arrays.asList(Lever.values()));
        levers.sort(Comparator.comparingInt(Lever::step)); // stable: declaration order within a step
        return levers;
    }

    /** The presets that choose {@code s}: siloed, joint, both or none. */
    public static List<String> presetNames(Setting s) {
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
     * {"siloed": {lever: setting}, "joint": {...}}}}, levers in step order, pretty printed.
     */
    public static String json() {
        ObjectNode root = JSON.createObjectNode();
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
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
