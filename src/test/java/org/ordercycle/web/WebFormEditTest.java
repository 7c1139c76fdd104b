package org.ordercycle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.model.OfferedLoad;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;

/**
 * The form's structured edits of lists and distributions (POST /api/scenarios/edit): an item's
 * field and a distribution are set in place, an item is added as a copy of the last and removed,
 * and each time only those characters change, so the comments that give the sources stay.
 */
class WebFormEditTest extends OnLocalServer {
    private static final Path CLASSROOM = Path.of("scenarios/classroom.yaml");
    private static final Path BASELINE = Path.of("scenarios/baseline.yaml");

    private JsonNode edit(String text, String path, Object value, String op) throws Exception {
        ObjectNode body = WebTestServer.JSON.createObjectNode().put("yaml", text).put("path", path);
        if (op != null) {
            body.put("op", op);
        }
        if (value instanceof String v) {
            body.put("value", v);
        } else if (value != null) {
            body.set("value", WebTestServer.JSON.valueToTree(value));
        }
        HttpResponse<String> r = web.post("/api/scenarios/edit", body.toString());
        assertEquals(200, r.statusCode(), r.body());
        return web.json(r);
    }

    private static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        assertEquals(a.size(), b.size(), "as many lines");
        return java.util.stream.IntStream.range(0, a.size()).filter(i -> !a.get(i).equals(b.get(i)))
                .mapToObj(b::get).toList();
    }

    @Test
    void aFieldOfAListItemAndADistributionAreSetInPlace() throws Exception {
        String text = Files.readString(CLASSROOM);
        JsonNode leads = edit(text, "segments[1].leadsPerDay", "7.5", null);
        assertTrue(leads.get("valid").asBoolean(), leads.toString());
        assertEquals(7.5, leads.get("scenario").get("segments").get(1).get("leadsPerDay").asDouble(), 0.0);
        assertEquals(1, changedLines(text, leads.get("yaml").asText()).size());

        JsonNode uniform = edit(text, "products[0].changeoverTime",
                java.util.Map.of("dist", "uniform", "min", 1, "max", 3), null);
        assertTrue(uniform.get("valid").asBoolean(), uniform.toString());
        JsonNode d = uniform.get("scenario").get("products").get(0).get("changeoverTime");
        assertEquals("uniform", d.get("dist").asText());
        assertEquals(1.0, d.get("min").asDouble(), 0.0);
        assertEquals(3.0, d.get("max").asDouble(), 0.0);
        List<String> changed = changedLines(text, uniform.get("yaml").asText());
        assertEquals(1, changed.size());
        assertTrue(changed.get(0).contains("# hours lost when the line switches to chairs"), changed.get(0));

        // a parameter the kind does not take is refused by the scenario's own check, at the field's path
        JsonNode wrong = edit(text, "products[0].changeoverTime", java.util.Map.of("dist", "uniform", "mean", 2), null);
        assertFalse(wrong.get("valid").asBoolean());
        assertTrue(wrong.get("errors").get(0).get("path").asText().startsWith("products[0].changeoverTime"),
                wrong.toString());
    }

    @Test
    void anItemIsAddedAsACopyOfTheLastAndRemovedAgain() throws Exception {
        String text = Files.readString(CLASSROOM);
        JsonNode added = edit(text, "lines", null, "append");
        String two = added.get("yaml").asText();
        assertEquals(text.lines().count() + 6, two.lines().count(), "the line's six lines, its comments with them");
        JsonNode renamed = edit(two, "lines[1].id", "L2", null);
        // the copy renamed is checked like any text: a line must make a product, said at the item's path
        assertFalse(renamed.get("valid").asBoolean());
        assertEquals("lines[1].id", renamed.get("errors").get(0).get("path").asText(), renamed.get("errors").toString());
        assertTrue(renamed.get("yaml").asText().contains("  - id: L2\n"));
        JsonNode removed = edit(renamed.get("yaml").asText(), "lines[1]", null, "remove");
        assertEquals(text, removed.get("yaml").asText(), "removing the copy gives the text back, byte for byte");

        JsonNode oneSegment = edit(text, "segments[0]", null, "remove");
        assertEquals(1, WebTestServer.JSON.valueToTree(oneSegment.get("scenario").get("segments")).size(),
                oneSegment.toString());
        assertTrue(oneSegment.get("yaml").asText().contains("# yaml-language-server"));
    }

    @Test
    void aDepartmentWrittenOnOneLineIsEditedInPlaceAndItsLoadFollows() throws Exception {
        String text = Files.readString(BASELINE);
        JsonNode staffed = edit(text, "departments.sales.staff", "9", null);
        assertTrue(staffed.get("valid").asBoolean(), staffed.toString());
        assertEquals(9, staffed.get("scenario").get("departments").get("sales").get("staff").asInt());
        List<String> changed = changedLines(text, staffed.get("yaml").asText());
        assertEquals(List.of("  sales:              {staff: 9, handling: {dist: triangular, min: 15, mode: 30, max: 60, "
                + "unit: minute}, wagePerHour: 60}"), changed);
        // the offered load is the model's estimate for the edited text, and nine people cannot carry joint's leads
        Scenario nine = ScenarioLoader.parse(staffed.get("yaml").asText(), "baseline.yaml");
        JsonNode sales = loadOf(staffed, "sales");
        assertEquals(OfferedLoad.estimate(nine, Policy.JOINT).get(1).load(), sales.get("joint").asDouble(), 1e-12);
        assertEquals("sales", OfferedLoad.estimate(nine, Policy.JOINT).get(1).department());
        assertTrue(sales.get("joint").asDouble() >= 0.95 && sales.get("flagged").asBoolean(), sales.toString());
        // with the staff that would keep both presets at most 85% loaded
        assertEquals(9, sales.get("staff").asInt());
        assertEquals(Math.max(OfferedLoad.estimate(nine, Policy.SILOED).get(1).staffFor(0.85),
                OfferedLoad.estimate(nine, Policy.JOINT).get(1).staffFor(0.85)), sales.get("staffFor85").asInt());
        assertTrue(sales.get("staffFor85").asInt() > 9, sales.toString());
        assertFalse(loadOf(edit(text, "departments.sales.staff", "11", null), "sales").get("flagged").asBoolean());

        // a field not yet written goes into the braces, after the last one
        JsonNode allDay = edit(text, "departments.returns.roundTheClock", "true", null);
        assertTrue(allDay.get("valid").asBoolean(), allDay.toString());
        assertTrue(allDay.get("scenario").get("departments").get("returns").get("roundTheClock").asBoolean());
        assertEquals(List.of("  returns:            {staff: 2, handling: {dist: exponential, mean: 20, unit: minute}, "
                + "wagePerHour: 40, roundTheClock: true}"), changedLines(text, allDay.get("yaml").asText()));

        // a department the text does not name is written with the field, under departments
        String noMarketing = text.replaceFirst("\\n  marketing: [^\\n]*", "");
        JsonNode hired = edit(noMarketing, "departments.marketing.staff", "2", null);
        assertTrue(hired.get("valid").asBoolean(), hired.toString());
        assertEquals(2, hired.get("scenario").get("departments").get("marketing").get("staff").asInt());
        assertTrue(hired.get("yaml").asText().contains("\n  marketing: {staff: 2}\n"), hired.get("yaml").asText());
        // a list item the text lacks is not made up
        HttpResponse<String> noItem = web.post("/api/scenarios/edit", "{\"yaml\":"
                + WebTestServer.JSON.valueToTree(text) + ",\"path\":\"segments[7].leadsPerDay\",\"value\":\"3\"}");
        assertEquals(422, noItem.statusCode(), noItem.body());

        // the service skills are a list under departments: a copy of the last is added
        JsonNode skills = edit(text, "departments.service", null, "append");
        assertEquals(text.lines().count() + 1, skills.get("yaml").asText().lines().count());
        assertEquals(3, skills.get("written").get("departments").get("service").size(), skills.toString());
    }

    @Test
    void aProductMixAndAPriceListAreEditedInPlace() throws Exception {
        String text = Files.readString(BASELINE);
        JsonNode mix = edit(text, "segments[0].productMix.STD-B", "0.2", null);
        assertTrue(mix.get("valid").asBoolean(), mix.toString());
        assertEquals(List.of("    productMix: {STD-A: 0.35, STD-B: 0.2, CFG-C: 0.3, CFG-D: 0.2}"),
                changedLines(text, mix.get("yaml").asText()));
        // a product not yet in a segment's mix is added to it
        JsonNode added = edit(text, "segments[2].productMix.CFG-D", "0.05", null);
        assertTrue(added.get("valid").asBoolean(), added.toString());
        assertEquals(0.05, added.get("scenario").get("segments").get(2).get("productMix").get("CFG-D").asDouble(), 0.0);
        assertEquals(List.of("    productMix: {STD-A: 0.5, STD-B: 0.4, CFG-C: 0.1, CFG-D: 0.05}"),
                changedLines(text, added.get("yaml").asText()));

        // a tier of a product's price list: a copy of the last, changed, then removed again
        JsonNode copied = edit(text, "products[0].volumeDiscounts", null, "append");
        String three = copied.get("yaml").asText();
        assertEquals(text.lines().count() + 1, three.lines().count());
        JsonNode tier = edit(three, "products[0].volumeDiscounts[2].minQuantity", "120", null);
        JsonNode rate = edit(tier.get("yaml").asText(), "products[0].volumeDiscounts[2].discount", "0.09", null);
        assertTrue(rate.get("valid").asBoolean(), rate.toString());
        JsonNode third = rate.get("scenario").get("products").get(0).get("volumeDiscounts").get(2);
        assertEquals(120, third.get("minQuantity").asInt());
        assertEquals(0.09, third.get("discount").asDouble(), 0.0);
        JsonNode removed = edit(rate.get("yaml").asText(), "products[0].volumeDiscounts[2]", null, "remove");
        assertEquals(text, removed.get("yaml").asText(), "removing the tier gives the text back, byte for byte");
    }

    @Test
    void aListOfNamesIsWrittenOnOneLine() throws Exception {
        String text = Files.readString(Path.of("scenarios/field-service.yaml"));
        JsonNode fewer = edit(text, "products[1].installSkills", List.of("mechanic"), null);
        assertTrue(fewer.get("valid").asBoolean(), fewer.toString());
        assertEquals(1, fewer.get("scenario").get("products").get(1).get("installSkills").size());
        List<String> changed = changedLines(text, fewer.get("yaml").asText());
        assertEquals(1, changed.size());
        assertEquals("    installSkills: [mechanic]", changed.get(0).replaceAll(" +#.*", ""));
        // a skill that no technician has is refused by the scenario's own check, at the field's path
        JsonNode unknown = edit(text, "products[1].installSkills", List.of("welder"), null);
        assertFalse(unknown.get("valid").asBoolean());
        assertTrue(unknown.get("errors").get(0).get("path").asText().startsWith("products[1].installSkills"),
                unknown.toString());
    }

    @Test
    void aListWithNoItemGetsItsFirstAndOneLineListsAreCopiedAndCutInPlace() throws Exception {
        String text = Files.readString(CLASSROOM);
        String none = text.replaceFirst("(?s)    volumeDiscounts:[^\\n]*\\n      - \\{[^\\n]*\\n", "");
        assertTrue(none.length() < text.length(), "the first product's price list is gone");
        HttpResponse<String> nothing = web.post("/api/scenarios/edit", "{\"yaml\":"
                + WebTestServer.JSON.valueToTree(none) + ",\"path\":\"products[0].volumeDiscounts\",\"op\":\"append\"}");
        assertEquals(422, nothing.statusCode(), nothing.body());
        assertTrue(nothing.body().contains("give the first one as the value"), nothing.body());

        JsonNode first = edit(none, "products[0].volumeDiscounts", java.util.Map.of("minQuantity", 10, "discount", 0.02),
                "append");
        assertTrue(first.get("valid").asBoolean(), first.toString());
        String one = first.get("yaml").asText();
        assertTrue(one.contains("    volumeDiscounts: [{") && one.contains("minQuantity: 10") && one.contains(
                "discount: 0.02"), one);
        // a one-line list: the last item copied after a comma, then an item cut with its comma
        String two = edit(one, "products[0].volumeDiscounts", null, "append").get("yaml").asText();
        JsonNode raised = edit(two, "products[0].volumeDiscounts[1].minQuantity", "40", null);
        assertTrue(raised.get("valid").asBoolean(), raised.toString());
        assertEquals(40, raised.get("scenario").get("products").get(0).get("volumeDiscounts").get(1).get("minQuantity")
                .asInt());
        assertEquals(one, edit(raised.get("yaml").asText(), "products[0].volumeDiscounts[1]", null, "remove")
                .get("yaml").asText(), "the second item cut gives the one-item list back");
        String firstCut = edit(two, "products[0].volumeDiscounts[0]", null, "remove").get("yaml").asText();
        assertEquals(one, firstCut, "cutting the first of two equal items leaves the other, without a comma");

        // the only item of a list written one a line removed: the field stays, empty, with its comment
        String emptied = edit(text, "products[0].volumeDiscounts[0]", null, "remove").get("yaml").asText();
        JsonNode again = edit(emptied, "products[0].volumeDiscounts", java.util.Map.of("minQuantity", 20,
                "discount", 0.05), "append");
        assertTrue(again.get("valid").asBoolean(), again.toString());
        assertEquals(0.05, again.get("scenario").get("products").get(0).get("volumeDiscounts").get(0).get("discount")
                .asDouble(), 0.0);
        assertTrue(again.get("yaml").asText().contains("# the price list"), "its comment stays");
    }

    private static JsonNode loadOf(JsonNode validation, String department) {
        for (JsonNode row : validation.get("offeredLoad")) {
            if (row.get("department").asText().equals(department)) {
                return row;
            }
        }
        throw new AssertionError(department + " has no offered load in " + validation.get("offeredLoad"));
    }

    @Test
    void editsThatCannotBeMadeSaySo() throws Exception {
        String text = Files.readString(CLASSROOM);
        String base = "{\"yaml\":" + WebTestServer.JSON.valueToTree(text) + ",";
        HttpResponse<String> missing = web.post("/api/scenarios/edit", base + "\"path\":\"segments[9].leadsPerDay\","
                + "\"value\":\"3\"}");
        assertEquals(422, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("segments[9]"), missing.body());
        HttpResponse<String> op = web.post("/api/scenarios/edit", base + "\"path\":\"lines\",\"op\":\"sort\"}");
        assertEquals(400, op.statusCode());
        assertTrue(op.body().contains("set, append, remove"), op.body());
        HttpResponse<String> notList = web.post("/api/scenarios/edit", base + "\"path\":\"calendar\",\"op\":\"append\"}");
        assertEquals(422, notList.statusCode(), notList.body());
        HttpResponse<String> noDist = web.post("/api/scenarios/edit", base + "\"path\":\"products[0].changeoverTime\","
                + "\"value\":{\"min\":1}}");
        assertEquals(400, noDist.statusCode(), noDist.body());
    }
}
