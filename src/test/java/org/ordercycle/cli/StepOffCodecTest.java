package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.experiment.TwoLevels;
import org.ordercycle.io.RunManifest;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.policy.PolicyCodec;
import org.ordercycle.policy.PolicyLoader;

/**
 * Step-off is read like any other setting by the one PolicyCodec: in policy files, --lever,
 * attribution designs and manifests, and a rerun repeats a run with a step off exactly. A run
 * whose scenario still switches steps off with the removed enabled field is refused with the reason.
 */
class StepOffCodecTest {
    @TempDir
    Path dir;

    @Test
    void aPolicyFileSwitchesStepsOff() throws Exception {
        Policy p = PolicyLoader.parse("base: joint\nlevers:\n  billing-check: step-off\n  returns-procedure: step-off\n",
                "no-billing.yaml");
        assertEquals("no-billing", p.name());
        assertSame(Lever.BILLING_CHECK.stepOff(), p.setting(Lever.BILLING_CHECK));
        assertFalse(p.performs(8) || p.performs(9));
        assertTrue(p.performs(1) && p.performs(10));
        assertSame(Lever.CUSTOMER_FORMAT.jointPreset(), p.setting(Lever.CUSTOMER_FORMAT), "a second lever keeps its setting");
        assertEquals(p, PolicyCodec.policy("no-billing", p.settings()), "the text form round-trips");
        assertEquals("step-off", p.settings().get("billing-check"));
    }

    @Test
    void attributionTakesStepOffAsOneOfItsTwoSettings() {
        TwoLevels t = TwoLevels.presets().with(PolicyCodec.setting(Lever.BILLING_CHECK, "order-record"),
                PolicyCodec.setting(Lever.BILLING_CHECK, "step-off"));
        assertFalse(t.highCorner().performs(8));
        assertTrue(t.lowCorner().performs(8));
    }

    @Test
    void aRunWithAStepOffByLeverIsRecordedAndRerunExactly() throws Exception {
        Path out = dir.resolve("run");
        Cli.Result r = Cli.run("run", Cli.shortClassroom(dir).toString(), "--lever", "billing-check=step-off",
                "--replications", "2", "--seed", "3", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(out.resolve("manifest.json")));
        assertEquals("step-off", manifest.get("levers").get("billing-check").asText());
        Policy read = RerunCommand.policy(manifest, out.resolve("manifest.json"));
        assertFalse(read.performs(8));
        Cli.Result rerun = Cli.run("rerun", out.toString(), "--out", dir.resolve("again").toString(), "-q");
        assertEquals(0, rerun.code(), rerun.toString());
        assertTrue(rerun.out().contains("reproduced exactly"), rerun.toString());
    }

    @Test
    void aRunWhoseScenarioSwitchesStepsOffWithEnabledCannotBeRerunUnchanged() throws Exception {
        // the classroom scenario as 0.3.0 read it, with the returns step switched off in the scenario
        Path scenario = dir.resolve("old.yaml");
        String text = Files.readString(Cli.shortClassroom(dir))
                .replaceFirst("(?m)^steps:\\n", "steps:\n  returns: {enabled: false}\n");
        assertTrue(text.contains("returns: {enabled: false}"), "the classroom scenario has a steps section");
        Files.writeString(scenario, text);
        Path manifest = dir.resolve("manifest.json");
        new RunManifest(scenario, "old", Policy.SILOED, 1, 2, false, "0.3.0", List.of("run")).write(manifest);
        Cli.Result rerun = Cli.run("rerun", manifest.toString(), "-q");
        assertEquals(2, rerun.code(), rerun.toString());
        String said = rerun.out() + rerun.err();
        assertTrue(said.contains("old.yaml:") && said.contains("steps.returns.enabled was removed"), said);
        assertTrue(said.contains("--lever returns-procedure=step-off"), said);
        assertTrue(said.contains("cannot be repeated unchanged"), said);
    }
}
