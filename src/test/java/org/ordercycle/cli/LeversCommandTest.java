package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;

/** {@code ordercycle levers}: grouped by step and department; {@code --json} has the documented shape. */
class LeversCommandTest {

    @Test
    void textMarksThePresetsAndGroupsByStepAndDepartment() {
        Cli.Result r = Cli.run("levers");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Step 5, order selection"), r.out());
        assertTrue(r.out().contains("order-up-to           [siloed, joint]"), r.out());
        assertTrue(r.out().contains("senior-capacity "), r.out());
        r.out().lines().forEach(line -> assertTrue(line.length() <= 100, "too long: " + line));
    }

    @Test
    void jsonListsEveryLeverWithItsSettingsAndThePresets() throws Exception {
        Cli.Result r = Cli.run("levers", "--json");
        assertEquals(0, r.code(), r.toString());
        JsonNode root = new ObjectMapper().readTree(r.out());
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("levers", "presets"), fields);
        assertEquals(Lever.values().length, root.get("levers").size());
        int lastStep = 0;
        for (JsonNode l : root.get("levers")) {
            List<String> keys = new ArrayList<>();
            l.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("name", "step", "department", "decision", "settings", "presets"), keys);
            assertTrue(l.get("step").asInt() >= lastStep, "levers in step order");
            lastStep = l.get("step").asInt();
            Lever lever = Lever.byName(l.get("name").asText());
            assertEquals(lever.settings().size(), l.get("settings").size());
            for (int i = 0; i < lever.settings().size(); i++) {
                JsonNode s = l.get("settings").get(i);
                assertEquals(lever.settings().get(i).name(), s.get("name").asText());
                assertEquals(lever.settings().get(i).behaviour(), s.get("behaviour").asText());
            }
            assertEquals(lever.siloedPreset().name(), l.get("presets").get("siloed").asText());
            assertEquals(lever.jointPreset().name(), l.get("presets").get("joint").asText());
            assertEquals(lever.jointPreset().name(), root.get("presets").get("joint").get(lever.cliName()).asText());
        }
        JsonNode replenishment = null;
        for (JsonNode l : root.get("levers")) {
            if (l.get("name").asText().equals("replenishment")) {
                replenishment = l;
            }
        }
        assertEquals("[\"siloed\",\"joint\"]", replenishment.get("settings").get(0).get("presets").toString());
        assertEquals("[]", replenishment.get("settings").get(1).get("presets").toString());
    }
}
