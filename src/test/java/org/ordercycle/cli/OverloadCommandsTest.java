package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.experiment.OverloadTest;

/** What validate, run and compare tell a user about an under-staffed and a well-staffed order-entry desk. */
class OverloadCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path desk(double minutes) throws Exception {
        Path file = dir.resolve("desk-" + (int) minutes + ".yaml");
        Files.writeString(file, OverloadTest.desk(minutes));
        return file;
    }

    @Test
    void validateWarnsOfAnUnderStaffedDeskUnderEachPreset() throws Exception {
        Cli.Result r = Cli.run("validate", desk(14).toString());
        assertEquals(0, r.code(), r.toString()); // a warning, not an invalid file
        // 30 orders x 14 minutes / 1440 over 8/24 x 5/7 open: 122% joint; with 2 minutes of re-keying 140% siloed
        assertTrue(r.out().contains("WARNING: order entry is offered 122% of its capacity under joint"), r.out());
        assertTrue(r.out().contains("WARNING: order entry is offered 140% of its capacity under siloed"), r.out());
        // and the staff that would bring it under 85%: 1.40 x 1 / 0.85 = 1.65, so 2 clerks, loaded 70%
        assertTrue(r.out().contains("under siloed: its queue would grow without bound; results of siloed would rest on "
                + "it. 2 staff instead of 1 would bring it to 70%."), r.out());
        Cli.Result calm = Cli.run("validate", desk(6).toString());
        assertTrue(calm.out().contains("order entry"), calm.out());
        assertFalse(calm.out().contains("WARNING"), calm.out());
    }

    @Test
    void validateShowsTheLoadUnderTheUsersOwnPolicyBesideThePresets() throws Exception {
        // siloed with a shared record: no re-keying, so the desk is offered the joint preset's 122%, not 140%
        Cli.Result r = Cli.run("validate", desk(14).toString(), "--lever", "shared-entry=joint");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("siloed+"), r.out());
        assertTrue(r.out().contains("offered 122% of its capacity under siloed+"), r.out());
        Cli.Result bad = Cli.run("validate", desk(14).toString(), "--lever", "shared-entry=sometimes");
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("--lever"), bad.err());
    }

    @Test
    void runAndCompareNameTheOverloadedDesk() throws Exception {
        Cli.Result run = Cli.run("run", desk(14).toString(), "--policy", "joint", "--replications", "2");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("WARNING: order entry is overloaded under joint"), run.out());
        // with the staff that would carry what it measured: one clerk over 95% busy needs two
        assertTrue(run.out().replace("\n", " ").replaceAll(" +", " ").contains("about 2 staff instead of 1 would bring it "
                + "to 85% busy or less"), run.out());

        Cli.Result r = Cli.run("compare", desk(14).toString(), "--replications", "2", "--json");
        assertEquals(0, r.code(), r.toString());
        JsonNode warnings = JSON.readTree(r.out()).get("warnings");
        boolean named = false;
        for (JsonNode w : warnings) {
            assertEquals("order entry", w.get("department").asText(), w.toString());
            named |= w.get("policy").asText().equals("joint") && w.get("kind").asText().equals("utilisation")
                    && w.get("values").get("utilisation").asDouble() > 0.95;
        }
        assertTrue(named, warnings.toString());
        assertTrue(warnings.get(0).get("message").asText().contains("staff instead of 1 would bring it to 85% busy"),
                warnings.toString());
        assertTrue(JSON.readTree(r.out()).get("comparison").get(0).get("unstable_policy").asBoolean());

        Path out = dir.resolve("calm");
        Cli.Result calm = Cli.run("compare", desk(6).toString(), "--replications", "2", "--out", out.toString(), "-q");
        assertEquals(0, calm.code(), calm.toString());
        assertFalse(calm.out().contains("WARNING"), calm.out());
        assertFalse(Files.readString(out.resolve("report.html")).contains("class=\"warnings\""));
    }

    @Test
    void reportRedrawsTheWarningBoxFromTheSavedTables() throws Exception {
        Path out = dir.resolve("busy");
        assertEquals(0, Cli.run("compare", desk(14).toString(), "--replications", "2", "--out", out.toString(), "-q")
                .code());
        String first = Files.readString(out.resolve("report.html"));
        assertTrue(first.contains("class=\"warnings\"") && first.contains("order entry is overloaded under joint"));
        Files.delete(out.resolve("report.html"));
        assertEquals(0, Cli.run("report", out.toString()).code());
        String again = Files.readString(out.resolve("report.html"));
        assertTrue(again.contains("order entry is overloaded under joint"), "the box comes from tables/warnings.csv");
    }
}
