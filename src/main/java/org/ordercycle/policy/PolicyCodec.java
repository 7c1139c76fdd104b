package org.ordercycle.policy;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ordercycle.scenario.bind.Suggest;

/**
 * The one text form of policies, used by policy files, {@code --lever NAME=SETTING}, manifests,
 * rerun, attribution tables and notebooks: a policy is a map from lever name to setting name,
 * in lever order. Besides a lever's own setting names, the words siloed/off/false/0 mean the
 * siloed preset's setting and joint/on/true/1 the joint preset's, so that files and manifests
 * written when every lever had two settings still read. Stateless and thread-safe.
 */
public final class PolicyCodec {
    /** The generic words that mean a preset's setting. */
    private static final List<String> SILOED_WORDS = List.of("siloed", "off", "false", "0");
    private static final List<String> JOINT_WORDS = List.of("joint", "on", "true", "1");

    private PolicyCodec() {
    }

    /** Lever name to setting name, in lever order. */
    public static Map<String, String> names(Policy policy) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Lever lever : Lever.values()) {
            map.put(lever.cliName(), policy.setting(lever).name());
        }
        return map;
    }

    /**
     * The setting of a lever named by {@code text}: one of its own names, or a generic word for a
     * preset's setting. Throws IllegalArgumentException naming the allowed settings and the
     * nearest one when the text is none of them.
     */
    public static Setting setting(Lever lever, String text) {
        String v = text.trim().toLowerCase(Locale.ROOT);
        Setting own = lever.setting(v);
        if (own != null) {
            return own;
        }
        if (SILOED_WORDS.contains(v)) {
            return lever.siloedPreset();
        }
        if (JOINT_WORDS.contains(v)) {
            return lever.jointPreset();
        }
        throw new IllegalArgumentException("lever " + lever.cliName() + " has no setting '" + text + "'"
                + Suggest.hint(v, lever.settingNames()) + "; " + allowed(lever));
    }

    /** The setting named by {@code lever=setting} parts, e.g. ("billing-check", "shipping-only"). */
    public static Setting setting(String leverName, String text) {
        return setting(Lever.byName(leverName.trim()), text);
    }

    /** "settings: a, b, c (or siloed/joint for the presets' settings)". */
    public static String allowed(Lever lever) {
        return "settings: " + String.join(", ", lever.settingNames()) + " (or siloed/joint, off/on for the presets')";
    }

    /**
     * A policy from its text form. A lever missing from {@code levers} takes the setting both
     * presets agree on (a manifest written before that lever existed); any other missing lever,
     * an unknown lever or an unknown setting throws IllegalArgumentException saying which.
     */
    public static Policy policy(String name, Map<String, String> levers) {
        for (String key : levers.keySet()) {
            Lever.byName(key);
        }
        Map<Lever, Setting> map = new EnumMap<>(Lever.class);
        for (Lever lever : Lever.values()) {
            String text = levers.get(lever.cliName());
            if (text != null) {
                map.put(lever, setting(lever, text));
            } else if (lever.siloedPreset() == lever.jointPreset()) {
                map.put(lever, lever.siloedPreset());
            } else {
                throw new IllegalArgumentException("no setting recorded for lever " + lever.cliName());
            }
        }
        return new Policy(name, map);
    }
}
