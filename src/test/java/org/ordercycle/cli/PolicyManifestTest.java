package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.io.RunManifest;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;

/** A policy written to a run manifest is read back by rerun; manifests of the two-setting levers still read. */
class PolicyManifestTest {
    @TempDir
    Path dir;

    @Test
    void aThreeSettingPolicyRoundTripsThroughARunManifest() throws Exception {
        Path scenario = dir.resolve("tiny.yaml");
        Files.writeString(scenario, "name: tiny\n");
        Policy mixed = Policy.SILOED.with(Lever.STRATEGIC_SELECTION, Lever.STRATEGIC_SELECTION.settingNamed("senior-capacity"))
                .with(Lever.BILLING_CHECK, Lever.BILLING_CHECK.settingNamed("shipping-only")).named("mixed");
        Path file = dir.resolve("manifest.json");
        new RunManifest(scenario, "tiny", mixed, 1, 2, false, "0.2.0", List.of("run")).write(file);
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertEquals("senior-capacity", json.get("levers").get("strategic-selection").asText());
        assertEquals(mixed, RerunCommand.policy(json, file));
    }

    @Test
    void aManifestOfVersion020ReadsAsTheSamePolicy() throws Exception {
        // levers as version 0.2.0 wrote them: twelve levers, two settings each, no replenishment
        JsonNode old = new ObjectMapper().readTree("""
                {"policy": "joint", "levers": {"joint-planning": "consensus", "capacity-info": "on",
                 "stock-info": "on", "capacity-pricing": "capacity", "shared-entry": "shared",
                 "strategic-selection": "executive", "joint-scheduling": "joint", "promise-tracking": "on",
                 "billing-check": "shipping-and-sales", "customer-format": "customer",
                 "returns-procedure": "coordinated", "service-link": "on"}}""");
        assertEquals(Policy.JOINT, RerunCommand.policy(old, dir.resolve("manifest.json")));
    }

    @Test
    void aBadSettingInAManifestNamesTheFileAndTheAllowedSettings() throws Exception {
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode bad = json.createObjectNode().put("policy", "p");
        com.fasterxml.jackson.databind.node.ObjectNode levers = bad.putObject("levers");
        Policy.SILOED.settings().forEach(levers::put);
        levers.put("strategic-selection", "seniors");
        UserError e = assertThrows(UserError.class, () -> RerunCommand.policy(bad, Path.of("m.json")));
        assertTrue(e.getMessage().startsWith("m.json: policy p: lever strategic-selection has no setting 'seniors'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("settings: junior, senior-capacity, executive"), e.getMessage());
        levers.remove("billing-check");
        levers.put("strategic-selection", "junior");
        assertEquals("m.json: policy p: no setting recorded for lever billing-check.",
                assertThrows(UserError.class, () -> RerunCommand.policy(bad, Path.of("m.json"))).getMessage());
    }
}
