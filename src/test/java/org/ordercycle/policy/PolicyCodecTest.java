package org.ordercycle.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one text form of policies: files, --lever and manifests read back what was written. */
class PolicyCodecTest {
    /** A mix with a third setting on each lever that has one. */
    private static final Policy MIXED = Policy.JOINT
            .with(Lever.STRATEGIC_SELECTION, Lever.STRATEGIC_SELECTION.settingNamed("senior-capacity"))
            .with(Lever.BILLING_CHECK, Lever.BILLING_CHECK.settingNamed("shipping-only"))
            .with(Lever.JOINT_PLANNING, Lever.JOINT_PLANNING.settingNamed("adaptive"))
            .with(Lever.REPLENISHMENT, Lever.REPLENISHMENT.settingNamed("anchoring"))
            .named("mixed");

    @Test
    void everyLeverHasTwoOrMoreSettingsAndPresetsAmongThem() {
        for (Lever lever : Lever.values()) {
            assertTrue(lever.settings().size() >= 2, lever.cliName());
            assertTrue(lever.settings().contains(lever.siloedPreset()) && lever.settings().contains(lever.jointPreset()));
            assertEquals(lever.settings().size(), lever.settingNames().stream().distinct().count(), "names distinct");
        }
        // three ways to select, then step-off: the presets' indices do not move
        assertEquals(List.of("junior", "senior-capacity", "executive", "step-off"), Lever.STRATEGIC_SELECTION.settingNames());
        assertSame(Lever.REPLENISHMENT.siloedPreset(), Lever.REPLENISHMENT.jointPreset(), "both presets order up to");
    }

    @Test
    void policyFileRoundTrip() throws Exception {
        StringBuilder yaml = new StringBuilder("name: mixed\nlevers:\n");
        PolicyCodec.names(MIXED).forEach((lever, setting) -> yaml.append("  ").append(lever).append(": ")
                .append(setting).append('\n'));
        Policy read = PolicyLoader.parse(yaml.toString(), "mixed.yaml");
        assertEquals(MIXED, read);
    }

    @Test
    void leverOptionRoundTrip() {
        Policy p = Policy.JOINT;
        for (Map.Entry<String, String> e : PolicyCodec.names(MIXED).entrySet()) {
            Lever lever = Lever.byName(e.getKey());
            p = p.with(lever, PolicyCodec.setting(e.getKey(), e.getValue()));
        }
        assertEquals(MIXED.levers(), p.levers());
    }

    @Test
    void manifestMapRoundTrip() {
        assertEquals(MIXED, PolicyCodec.policy("mixed", PolicyCodec.names(MIXED)));
        assertEquals(Policy.SILOED, PolicyCodec.policy("siloed", Policy.SILOED.settings()));
    }

    @Test
    void aManifestWrittenBeforeReplenishmentExistedStillReads() {
        // the two-setting names of version 0.2.0, without the replenishment lever
        Map<String, String> old = new LinkedHashMap<>(Policy.JOINT.settings());
        old.remove("replenishment");
        assertEquals(12, old.size());
        assertEquals(Policy.JOINT, PolicyCodec.policy("joint", old));
        old.put("billing-check", "off"); // a generic word for the siloed preset's setting
        assertEquals(Policy.JOINT.with(Lever.BILLING_CHECK, false).levers(), PolicyCodec.policy("x", old).levers());
    }

    @Test
    void aManifestWithoutALeverWhosePresetsDifferIsRefused() {
        Map<String, String> partial = new LinkedHashMap<>(Policy.JOINT.settings());
        partial.remove("billing-check");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PolicyCodec.policy("joint", partial));
        assertEquals("no setting recorded for lever billing-check", e.getMessage());
    }

    @Test
    void anUnknownSettingListsTheAllowedOnesAndTheNearest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PolicyCodec.setting("strategic-selection", "senior-capacty"));
        assertEquals("lever strategic-selection has no setting 'senior-capacty' (did you mean senior-capacity?); "
                + "settings: junior, senior-capacity, executive, step-off (or siloed/joint, off/on for the presets')", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PolicyCodec.setting("strategic-selectoin", "junior"));
    }

    @Test
    void policyHoldsASettingOfTheRightLeverForEveryLever() {
        Map<Lever, Setting> missing = new java.util.EnumMap<>(Policy.SILOED.levers());
        missing.remove(Lever.SERVICE_LINK);
        assertThrows(IllegalArgumentException.class, () -> new Policy("broken", missing));
        assertThrows(IllegalArgumentException.class,
                () -> Policy.SILOED.with(Lever.SERVICE_LINK, Lever.BILLING_CHECK.jointPreset()));
        assertTrue(MIXED.joint(Lever.SHARED_ENTRY));
        assertTrue(!MIXED.joint(Lever.STRATEGIC_SELECTION), "senior-capacity is not the joint preset's setting");
    }
}
