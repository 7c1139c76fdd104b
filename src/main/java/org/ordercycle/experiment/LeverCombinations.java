package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ordercycle.engine.Streams;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.policy.Setting;
import umontreal.ssj.rng.RandomStream;

/**
 * The candidate policies of an optimisation: every combination of two settings per chosen lever
 * (its siloed and joint presets; for a lever whose presets agree, its first two settings), the
 * other levers at the siloed preset. When there are more combinations than allowed, a random
 * subset drawn with the seed's own stream, plus siloed and joint, which are always candidates.
 */
public final class LeverCombinations {
    static final long SALT = 0x4F5054494D495345L; // "OPTIMISE"

    private LeverCombinations() {
    }

    /** The levers whose siloed and joint presets differ, in lever order: the default levers to optimise. */
    public static List<Lever> coordinationLevers() {
        List<Lever> list = new ArrayList<>();
        for (Lever l : Lever.values()) {
            if (l.siloedPreset() != l.jointPreset()) {
                list.add(l);
            }
        }
        return list;
    }

    /** The two settings a lever takes in the combinations: {first, second}. */
    public static Setting[] twoSettings(Lever lever) {
        if (lever.siloedPreset() != lever.jointPreset()) {
            return new Setting[] {lever.siloedPreset(), lever.jointPreset()};
        }
        return new Setting[] {lever.settings().get(0), lever.settings().get(1)};
    }

    /** Number of combinations of the levers: 2^levers. */
    public static long count(List<Lever> levers) {
        return 1L << levers.size();
    }

    /**
     * Siloed, joint, then the combinations (all, or a seeded random subset so that there are at
     * most {@code max} candidates in all), without duplicates, in a fixed order.
     */
    public static List<Policy> candidates(List<Lever> levers, int max, long seed) {
        if (levers.isEmpty() || levers.size() > 20) {
            throw new IllegalArgumentException("optimise over 1 to 20 levers, was " + levers.size());
        }
        if (max < 2) {
            throw new IllegalArgumentException("at least 2 candidates, was " + max);
        }
        int all = 1 << levers.size();
        int[] masks = new int[all];
        for (int i = 0; i < all; i++) {
            masks[i] = i;
        }
        if (all + 2 > max) { // partial Fisher-Yates shuffle: the first max entries are a random subset
            RandomStream s = new Streams(seed ^ SALT, 0, List.of("candidates")).get("candidates");
            for (int i = 0; i < Math.min(max, all - 1); i++) {
                int j = i + s.nextInt(0, all - 1 - i);
                int t = masks[i];
                masks[i] = masks[j];
                masks[j] = t;
            }
        }
        Set<Map<Lever, Setting>> seen = new LinkedHashSet<>();
        List<Policy> out = new ArrayList<>();
        for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
            if (seen.add(p.levers())) {
                out.add(p);
            }
        }
        for (int i = 0; i < all && out.size() < max; i++) {
            Map<Lever, Setting> map = new EnumMap<>(Policy.SILOED.levers());
            for (int b = 0; b < levers.size(); b++) {
                map.put(levers.get(b), twoSettings(levers.get(b))[(masks[i] >> b) & 1]);
            }
            if (seen.add(map)) {
                out.add(new Policy(String.format("candidate-%03d", out.size()), map));
            }
        }
        return out;
    }

    /** The settings of a policy that differ from siloed, e.g. {@code stock-info=on shared-entry=shared}. */
    public static String changes(Policy p) {
        List<String> list = new ArrayList<>();
        for (Lever l : Lever.values()) {
            if (p.setting(l) != l.siloedPreset()) {
                list.add(p.setting(l).toString());
            }
        }
        return list.isEmpty() ? "(none: siloed)" : String.join(" ", list);
    }
}
