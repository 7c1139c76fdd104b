package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.policy.PolicyCodec;
import org.ordercycle.policy.Setting;

/**
 * The two settings each lever takes in a two-level attribution design: {@link #low(Lever)}
 * (coded -1) and {@link #high(Lever)} (coded +1). By default they are the siloed and the joint
 * preset's settings. A lever whose two settings are the same (replenishment by default) is no
 * factor of the design: it stays at that setting in every policy. Immutable.
 */
public final class TwoLevels {
    private final Map<Lever, Setting> low;
    private final Map<Lever, Setting> high;

    private TwoLevels(Map<Lever, Setting> low, Map<Lever, Setting> high) {
        this.low = new EnumMap<>(low);
        this.high = new EnumMap<>(high);
    }

    /** Each lever at the siloed preset's setting (-1) and the joint preset's (+1). */
    public static TwoLevels presets() {
        return new TwoLevels(Policy.SILOED.levers(), Policy.JOINT.levers());
    }

    /** These levels with one lever's pair replaced. */
    public TwoLevels with(Setting lowSetting, Setting highSetting) {
        Lever lever = lowSetting.lever();
        if (highSetting.lever() != lever) {
            throw new IllegalArgumentException(lowSetting + " and " + highSetting + " are settings of different levers");
        }
        TwoLevels t = new TwoLevels(low, high);
        t.low.put(lever, lowSetting);
        t.high.put(lever, highSetting);
        return t;
    }

    /**
     * These levels with one lever's pair replaced, by the names 'ordercycle levers' prints (as
     * {@code attribute --settings} and the web API take them). IllegalArgumentException names the
     * unknown lever or setting and what is allowed.
     */
    public TwoLevels with(String leverName, String lowName, String highName) {
        Lever lever = Lever.byName(leverName.trim());
        return with(PolicyCodec.setting(lever, lowName), PolicyCodec.setting(lever, highName));
    }

    /** These levels; IllegalArgumentException when no lever is left with two different settings. */
    public TwoLevels requireFactors() {
        if (factors().isEmpty()) {
            throw new IllegalArgumentException("every lever has the same setting twice, so there is nothing to "
                    + "attribute");
        }
        return this;
    }

    public Setting low(Lever lever) {
        return low.get(lever);
    }

    public Setting high(Lever lever) {
        return high.get(lever);
    }

    /** True when these are the presets' pairs for every lever. */
    public boolean arePresets() {
        return low.equals(Policy.SILOED.levers()) && high.equals(Policy.JOINT.levers());
    }

    /** The levers whose two settings differ, in lever order: the factors of the design. */
    public List<Lever> factors() {
        return List.of(Lever.values()).stream().filter(l -> low.get(l) != high.get(l)).toList();
    }

    /** The levers left out of the design because both their settings are the same. */
    public List<Lever> fixed() {
        return List.of(Lever.values()).stream().filter(l -> low.get(l) == high.get(l)).toList();
    }

    /** Every lever at its low setting: {@code siloed} when the pairs are the presets', else {@code low}. */
    public Policy lowCorner() {
        return new Policy(arePresets() ? Policy.SILOED.name() : "low", low);
    }

    /** Every lever at its high setting: {@code joint} when the pairs are the presets', else {@code high}. */
    public Policy highCorner() {
        return new Policy(arePresets() ? Policy.JOINT.name() : "high", high);
    }

    /** Level (-1 or +1) of a factor in a policy of this design. */
    public int level(Policy p, Lever lever) {
        return p.setting(lever) == high.get(lever) ? 1 : -1;
    }

    /** The policy with one lever moved to its other level; the name records the change. */
    public Policy switched(Policy p, Lever lever) {
        return p.with(lever, level(p, lever) > 0 ? low.get(lever) : high.get(lever));
    }

    /** The policies of the design points over {@link #factors()}, {@code d00}, {@code d01}, ... in run order. */
    public List<Policy> points(Design design) {
        List<Lever> factors = factors();
        String format = "d%0" + Math.max(2, String.valueOf(design.runs() - 1).length()) + "d";
        List<Policy> out = new ArrayList<>();
        for (int i = 0; i < design.runs(); i++) {
            Map<Lever, Setting> settings = new EnumMap<>(low);
            for (int j = 0; j < factors.size(); j++) {
                if (design.level(i, j) > 0) {
                    settings.put(factors.get(j), high.get(factors.get(j)));
                }
            }
            out.add(new Policy(String.format(format, i), settings));
        }
        return out;
    }

    /** "a=x,y; b=u,v" for the factors whose pair is not the presets'. */
    public String describeChanges() {
        List<String> parts = new ArrayList<>();
        for (Lever l : factors()) {
            if (low.get(l) != l.siloedPreset() || high.get(l) != l.jointPreset()) {
                parts.add(l.cliName() + "=" + low.get(l).name() + "," + high.get(l).name());
            }
        }
        return String.join("; ", parts);
    }
}
