package org.ordercycle.policy;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A policy: a setting for every lever, stored as the set of levers set to their joint behaviour.
 * Immutable. {@link #SILOED} and {@link #JOINT} are the presets of model.md.
 */
public record Policy(String name, Set<Lever> jointLevers) {

    /** Every lever at its siloed setting. */
    public static final Policy SILOED = new Policy("siloed", EnumSet.noneOf(Lever.class));

    /** Every lever at its joint setting. */
    public static final Policy JOINT = new Policy("joint", EnumSet.allOf(Lever.class));

    public Policy {
        EnumSet<Lever> copy = EnumSet.noneOf(Lever.class);
        copy.addAll(jointLevers);
        jointLevers = java.util.Collections.unmodifiableSet(copy);
    }

    /** True when the lever is at its joint setting. */
    public boolean joint(Lever lever) {
        return jointLevers.contains(lever);
    }

    /** The preset with this name ({@code siloed} or {@code joint}), or null. */
    public static Policy preset(String name) {
        return switch (name) {
            case "siloed" -> SILOED;
            case "joint" -> JOINT;
            default -> null;
        };
    }

    /** This policy with one lever changed; the name records the change. */
    public Policy with(Lever lever, boolean joint) {
        EnumSet<Lever> levers = jointLevers.isEmpty() ? EnumSet.noneOf(Lever.class) : EnumSet.copyOf(jointLevers);
        if (joint) {
            levers.add(lever);
        } else {
            levers.remove(lever);
        }
        if (levers.equals(jointLevers)) {
            return this;
        }
        return new Policy(name + "+" + lever.cliName() + "=" + lever.settingName(joint), levers);
    }

    /** This policy under another name. */
    public Policy named(String newName) {
        return new Policy(newName, jointLevers);
    }

    /** Lever name to setting name, in lever order. */
    public Map<String, String> settings() {
        Map<String, String> map = new LinkedHashMap<>();
        for (Lever lever : Lever.values()) {
            map.put(lever.cliName(), lever.settingName(joint(lever)));
        }
        return map;
    }
}
