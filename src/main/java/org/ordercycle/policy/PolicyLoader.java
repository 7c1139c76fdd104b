package org.ordercycle.policy;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.scenario.bind.FieldPath;
import org.ordercycle.scenario.bind.Node;
import org.ordercycle.scenario.bind.Reporter;
import org.ordercycle.scenario.bind.Suggest;
import org.ordercycle.scenario.bind.YamlReader;

/**
 * Reads policy files:
 * <pre>
 * name: billing-fixed        # optional; default: the file name without extension
 * base: siloed               # siloed (default) or joint
 * levers:                    # optional: lever name -> setting
 *   billing-check: shipping-and-sales
 * </pre>
 * Settings are a lever's own setting names or siloed/joint, off/on (see {@link PolicyCodec#setting}).
 * Every problem of a file is reported at once. Stateless and thread-safe.
 */
public final class PolicyLoader {
    private static final List<String> KEYS = List.of("name", "base", "levers");
    private static final List<String> BASES = List.of("siloed", "joint");

    private PolicyLoader() {
    }

    /** Loads a policy file; errors name the file as {@code file.toString()}. */
    public static Policy load(Path file) throws ScenarioException {
        return parse(ScenarioLoader.readText(file), file.toString());
    }

    /** Parses policy text; {@code fileName} is used in errors and, without extension, as the default name. */
    public static Policy parse(String yaml, String fileName) throws ScenarioException {
        Reporter r = new Reporter(fileName);
        YamlReader.Result read = YamlReader.read(yaml, fileName, true);
        r.addAll(read.errors());
        if (read.root() == null) {
            throw new ScenarioException(r.errors());
        }
        r.setRoot(read.root());
        Policy policy = bind(read.root(), defaultName(fileName), r);
        if (r.hasErrors()) {
            throw new ScenarioException(r.errors());
        }
        return policy;
    }

    private static Policy bind(Node root, String defaultName, Reporter r) {
        if (!(root instanceof Node.Mapping m)) {
            r.error(root.location(), FieldPath.ROOT, "must be a mapping with name, base and levers, was " + root.describe());
            return null;
        }
        for (Node.Entry e : m.entries().values()) {
            if (!KEYS.contains(e.key())) {
                r.error(e.keyLocation(), FieldPath.ROOT.child(e.key()), "is not a known field"
                        + Suggest.hint(e.key(), KEYS) + "; allowed: " + String.join(", ", KEYS));
            }
        }
        String name = text(m.get("name"), FieldPath.ROOT.child("name"), "must be text", r);
        if (name != null && name.isBlank()) {
            r.error(m.get("name").location(), FieldPath.ROOT.child("name"), "must not be empty");
        }
        String base = text(m.get("base"), FieldPath.ROOT.child("base"), "must be siloed or joint", r);
        Map<Lever, Setting> settings = new EnumMap<>(("joint".equals(base) ? Policy.JOINT : Policy.SILOED).levers());
        if (base != null && !base.equals("joint") && !base.equals("siloed")) {
            r.error(m.get("base").location(), FieldPath.ROOT.child("base"), "must be siloed or joint, was \"" + base
                    + "\"" + Suggest.hint(base, BASES));
        }
        Node levers = m.get("levers");
        if (levers instanceof Node.Mapping lm) {
            for (Node.Entry e : lm.entries().values()) {
                setLever(e, settings, r);
            }
        } else if (levers != null && !(levers instanceof Node.Scalar s && s.isNull())) {
            r.error(levers.location(), FieldPath.ROOT.child("levers"),
                    "must be a mapping of lever: setting lines, was " + levers.describe());
        }
        return new Policy(name == null || name.isBlank() ? defaultName : name, settings);
    }

    private static void setLever(Node.Entry e, Map<Lever, Setting> settings, Reporter r) {
        FieldPath path = FieldPath.ROOT.child("levers").child(e.key());
        Lever lever;
        try {
            lever = Lever.byName(e.key());
        } catch (IllegalArgumentException unknown) {
            r.error(e.keyLocation(), path, "is not a known lever" + Suggest.hint(e.key(), Lever.cliNames())
                    + "; levers: " + Lever.names());
            return;
        }
        String expected = "must be a setting of " + lever.cliName() + "; " + PolicyCodec.allowed(lever);
        String setting = text(e.value(), path, expected, r);
        if (setting == null) {
            return;
        }
        try {
            settings.put(lever, PolicyCodec.setting(lever, setting));
        } catch (IllegalArgumentException bad) {
            r.error(e.value().location(), path, "has no setting \"" + setting + "\""
                    + Suggest.hint(setting, lever.settingNames()) + "; " + PolicyCodec.allowed(lever));
        }
    }

    /** The text of a scalar, null when absent; reports anything else. */
    private static String text(Node node, FieldPath path, String expected, Reporter r) {
        if (node == null) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.kind() != Node.Kind.NULL && s.kind() != Node.Kind.INVALID) {
            return s.text();
        }
        if (!(node instanceof Node.Scalar s && s.kind() == Node.Kind.INVALID)) {
            r.error(node.location(), path, expected + ", was " + node.describe());
        }
        return null;
    }

    private static String defaultName(String fileName) {
        String base = Path.of(fileName).getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
