package org.ordercycle.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.ordercycle.io.AtomicFiles;
import org.ordercycle.io.RunManifest;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;

/**
 * The parts of {@code manifest.json} that the experiments share (run context, sweep design,
 * attribution design), so that the command line and the web workbench write the same manifests.
 */
public final class Manifests {
    public static final ObjectMapper JSON = new ObjectMapper();

    private Manifests() {
    }

    /** The manifest fields every experiment shares; the caller adds its design. */
    public static ObjectNode manifest(String command, Path scenarioFile, String scenarioName, long seed,
                                      int replications, boolean resumed, String version, List<String> arguments)
            throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("command", command);
        root.put("scenario", scenarioName);
        root.put("scenario_file", scenarioFile.getFileName().toString());
        root.put("scenario_path", scenarioFile.toAbsolutePath().normalize().toString()); // for rerun
        root.put("scenario_sha256", RunManifest.sha256(scenarioFile));
        root.put("seed", seed);
        root.put("replications", replications);
        root.put("common_random_numbers", true);
        root.put("resumed", resumed);
        putRunContext(root, version, arguments);
        return root;
    }

    /** Where and when this run happened: versions, operating system, time and command line. */
    public static void putRunContext(ObjectNode root, String version, List<String> arguments) {
        root.put("ordercycle_version", version);
        root.put("java_version", System.getProperty("java.version"));
        root.put("java_vendor", System.getProperty("java.vendor"));
        root.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " " + System.getProperty("os.arch"));
        root.put("timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("command_line", RunManifest.commandLine(arguments));
    }

    /** The policies and the design points of a sweep (or of a design run through one), with their warm-ups. */
    public static void putSweep(ObjectNode m, SweepResult r, String method) {
        ArrayNode policies = m.putArray("policies");
        for (Policy p : r.policies()) {
            ObjectNode node = policies.addObject();
            node.put("name", p.name());
            putAll(node.putObject("levers"), p.settings());
        }
        ObjectNode design = m.putObject("design");
        design.put("method", method);
        design.putPOJO("parameters", r.parameters());
        ArrayNode points = design.putArray("points");
        for (SweepResult.Point p : r.points()) {
            ObjectNode node = points.addObject();
            node.put("point", p.id());
            putAll(node.putObject("values"), p.values());
            node.put("warmup_days", r.warmup(p.id()).days());
            node.put("warmup_method", r.warmup(p.id()).method());
        }
    }

    /** The two-level design of an attribution: factors, levers left out, points and alias chains. */
    public static ObjectNode attributionDesign(AttributionResult r) {
        Design d = r.design();
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT));
        node.put("runs", d.runs());
        node.put("resolution", d.kind() == Design.Kind.FULL ? "full" : "IV");
        List<Lever> levers = r.levels().factors();
        ArrayNode factors = node.putArray("factors");
        for (int j = 0; j < d.factors(); j++) {
            ObjectNode f = factors.addObject();
            f.put("lever", levers.get(j).cliName());
            f.put("generator", d.generator(j));
            f.put("low", r.levels().low(levers.get(j)).name());
            f.put("high", r.levels().high(levers.get(j)).name());
        }
        ArrayNode left = node.putArray("left_out");
        for (Lever l : r.levels().fixed()) {
            left.addObject().put("lever", l.cliName()).put("setting", r.levels().low(l).name());
        }
        ArrayNode points = node.putArray("points");
        for (Policy p : r.points()) {
            ObjectNode pt = points.addObject();
            pt.put("name", p.name());
            ArrayNode high = pt.putArray("high_levers");
            levers.stream().filter(l -> r.levels().level(p, l) > 0).forEach(l -> high.add(l.cliName()));
        }
        if (d.kind() == Design.Kind.FRACTIONAL) {
            ArrayNode chains = node.putArray("interaction_alias_chains");
            for (List<Design.Pair> chain : d.interactionChains()) {
                ArrayNode c = chains.addArray();
                chain.forEach(p -> c.add(levers.get(p.a()).cliName() + ":" + levers.get(p.b()).cliName()));
            }
        }
        return node;
    }

    /** Puts every entry of a map as a text field. */
    public static void putAll(ObjectNode node, Map<String, String> map) {
        map.forEach(node::put);
    }

    /** Writes a manifest atomically. */
    public static void write(Path file, ObjectNode manifest) throws IOException {
        AtomicFiles.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n");
    }
}
