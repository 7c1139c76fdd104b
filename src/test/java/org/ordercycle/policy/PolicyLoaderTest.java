package org.ordercycle.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.scenario.ScenarioError;
import org.ordercycle.scenario.ScenarioException;

class PolicyLoaderTest {

    /** The levers at the joint preset's setting. */
    private static EnumSet<Lever> jointLevers(Policy p) {
        EnumSet<Lever> joint = EnumSet.noneOf(Lever.class);
        for (Lever lever : Lever.values()) {
            if (p.joint(lever) && lever.jointPreset() != lever.siloedPreset()) {
                joint.add(lever);
            }
        }
        return joint;
    }

    private static List<String> errors(String yaml) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> PolicyLoader.parse(yaml, "p.yaml"));
        return e.errors().stream().map(ScenarioError::toString).toList();
    }

    @Test
    void loadsAValidFileNamedAfterTheFile() throws Exception {
        Policy p = PolicyLoader.load(Path.of("src/test/resources/policies/billing-fixed.yaml"));
        assertEquals("billing-fixed", p.name());
        assertEquals(EnumSet.of(Lever.BILLING_CHECK, Lever.CUSTOMER_FORMAT), jointLevers(p));
    }

    @Test
    void jointBaseWithLeversSwitchedBack() throws Exception {
        Policy p = PolicyLoader.parse("""
                name: joint-but-rekeyed
                base: joint
                levers:
                  shared-entry: rekey        # the lever's own siloed setting
                  service-link: off          # generic words work too
                  promise-tracking: siloed
                """, "whatever.yaml");
        assertEquals("joint-but-rekeyed", p.name());
        EnumSet<Lever> expected = EnumSet.allOf(Lever.class);
        expected.removeAll(EnumSet.of(Lever.SHARED_ENTRY, Lever.SERVICE_LINK, Lever.PROMISE_TRACKING,
                Lever.REPLENISHMENT)); // replenishment: both presets order up to
        assertEquals(expected, jointLevers(p));
    }

    @Test
    void emptyFileIsTheSiloedPolicy() throws Exception {
        Policy p = PolicyLoader.parse("# nothing\n", "plain.yaml");
        assertEquals(Policy.SILOED.named("plain"), p);
    }

    @Test
    void unknownLeverListsTheLevers() {
        assertEquals(List.of("p.yaml:2:3 levers.billing-chek is not a known lever (did you mean billing-check?);"
                        + " levers: " + Lever.names()),
                errors("levers:\n  billing-chek: joint\n"));
    }

    @Test
    void badSettingSaysWhichAreAllowed() {
        assertEquals(List.of("p.yaml:2:18 levers.billing-check has no setting \"sometimes\"; settings: order-record,"
                        + " shipping-only, shipping-and-sales, step-off (or siloed/joint, off/on for the presets')"),
                errors("levers:\n  billing-check: sometimes\n"));
        assertEquals(List.of("p.yaml:2:24 levers.strategic-selection has no setting \"senior-capacty\" (did you mean"
                        + " senior-capacity?); settings: junior, senior-capacity, executive, step-off (or siloed/joint, off/on for"
                        + " the presets')"),
                errors("levers:\n  strategic-selection: senior-capacty\n"));
    }

    @Test
    void everyProblemIsReported() {
        assertEquals(List.of(
                        "p.yaml:1:7 base must be siloed or joint, was \"joined\" (did you mean joint?)",
                        "p.yaml:2:1 lever is not a known field (did you mean levers?); allowed: name, base, levers",
                        "p.yaml:4:20 levers.customer-format must be a setting of customer-format; settings: company,"
                                + " customer (or siloed/joint, off/on for the presets'), was a list",
                        "p.yaml:5:3 levers.customer-format appears twice in the same mapping (first on line 4); keep only one"),
                errors("base: joined\nlever: {}\nlevers:\n  customer-format: [customer]\n  customer-format: company\n"));
        assertEquals(List.of("p.yaml:1:8 is not valid YAML: a ':' is not allowed here; check the indentation of this"
                + " line, or put quotes around a value that contains ': '"), errors("name: a: b\n"));
    }
}
