package org.ordercycle.policy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A policy: one {@link Setting} for every lever. Immutable; {@link #SILOED} and {@link #JOINT}
 * are the presets of model.md. Two policies with the same settings run the same model, whatever
 * their names ({@link #levers()} is the identity of what runs).
 */
public record Policy(String name, Map<Lever, Setting> levers) {

    /** Every lever at the siloed preset's setting. */
    public static final Policy SILOED = preset("siloed", false);

    /** Every lever at the joint preset's setting. */
    public static final Policy JOINT = preset("joint", true);

    /** Checks that every lever has one of its own settings; keeps an unmodifiable copy. */
    public Policy {
        EnumMap<Lever, Setting> copy = new EnumMap<>(Lever.class);
        for (Lever lever : Lever.values()) {
            Setting s = levers.get(lever);
            if (s == null || s.lever() != lever) {
                throw new IllegalArgumentException("policy " + name + " needs a setting of lever " + lever.cliName()
                        + ", had " + s);
            }
            copy.put(lever, s);
        }
        levers = Collections.unmodifiableMap(copy);
    }

    private static Policy preset(String name, boolean joint) {
        Map<Lever, Setting> map = new EnumMap<>(Lever.class);
        for (Lever lever : Lever.values()) {
            map.put(lever, joint ? lever.jointPreset() : lever.siloedPreset());
        }
        return new Policy(name, map);
    }

    /** The preset with this name ({@code siloed} or {@code joint}), or null. */
    public static Policy preset(String name) {
        return switch (name) {
            case "siloed" -> SILOED;
            case "joint" -> JOINT;
            default -> null;
        };
    }

    /** The lever's setting in this policy. */
    public Setting setting(Lever lever) {
        return levers.get(lever);
    }

    /**
     * True when the lever is at the joint preset's setting. A convenience for code written when
     * levers had two settings; new code reads {@link #setting(Lever)}.
     */
    public boolean joint(Lever lever) {
        return levers.get(lever) == lever.jointPreset();
    }

    /**
     * True when the company performs step 1..10 under this policy: false when the step's main
     * lever is at its step-off setting.
     */
    public boolean performs(int step) {
        return !levers.get(Lever.mainOf(step)).stepOff();
    }

    /** This policy with one lever changed; the name records the change. */
    public Policy with(Lever lever, Setting setting) {
        if (setting.lever() != lever) {
            throw new IllegalArgumentException(setting + " is not a setting of lever " + lever.cliName());
        }
        if (levers.get(lever) == setting) {
            return this;
        }
        Map<Lever, Setting> map = new EnumMap<>(levers);
        map.put(lever, setting);
        return new Policy(name + "+" + setting, map);
    }

    /** This policy with the lever at the joint (true) or siloed (false) preset's setting. */
    public Policy with(Lever lever, boolean joint) {
        return with(lever, joint ? lever.jointPreset() : lever.siloedPreset());
    }

    /** This policy under another name. */
    public Policy named(String newName) {
        return new Policy(newName, levers);
    }

    /** Lever name to setting name, in lever order (the text form of {@link PolicyCodec}). */
    public Map<String, String> settings() {
        return PolicyCodec.names(this);
    }
}
