package org.ordercycle.scenario.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {
    static final Path COMMITTED = Path.of("schema/scenario.schema.json");

    @Test
    void committedSchemaIsUpToDate() throws IOException {
        String committed = Files.readString(COMMITTED).replace("\r\n", "\n").strip();
        String generated = SchemaGenerator.jsonSchema().strip();
        assertEquals(generated, committed, COMMITTED + " is stale: the scenario records changed. Regenerate it with"
                + " `./ordercycle schema > schema/scenario.schema.json` (or run"
                + " org.ordercycle.scenario.bind.SchemaGenerator) and commit it.");
    }

    @Test
    void schemaIsValidJsonAndClosedAtTheTop() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(COMMITTED));
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals("object", schema.get("type").asText());
        assertTrue(schema.get("additionalProperties").isBoolean());
        assertTrue(!schema.get("additionalProperties").asBoolean());
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(n -> required.add(n.asText()));
        assertEquals(List.of("name", "products", "lines", "segments"), required);
    }

    @Test
    void schemaCarriesRangesDefaultsAndDocs() {
        JsonNode schema = SchemaGenerator.schema();
        JsonNode segment = schema.at("/$defs/Segment");
        assertEquals(false, segment.get("additionalProperties").asBoolean());
        JsonNode leads = segment.at("/properties/leadsPerDay");
        assertEquals(0, leads.get("exclusiveMinimum").asInt());
        assertTrue(leads.get("description").asText().startsWith("Mean number of leads"));
        JsonNode acceptance = segment.at("/properties/baseAcceptance");
        assertEquals(0, acceptance.get("minimum").asInt());
        assertEquals(1, acceptance.get("maximum").asInt());
        assertEquals(0.8, acceptance.get("default").asDouble());
        assertEquals("#/$defs/Dist", segment.at("/properties/orderSize/$ref").asText());
        assertEquals(0, segment.at("/properties/productMix/additionalProperties/minimum").asInt());
        assertEquals(2, schema.at("/$defs/Dist/oneOf").size());
        assertEquals(7, schema.at("/$defs/Planning/properties/periodDays/default").asInt());
    }

    @Test
    void everyReferenceResolves() {
        JsonNode schema = SchemaGenerator.schema();
        List<String> refs = new ArrayList<>();
        collectRefs(schema, refs);
        assertTrue(refs.size() > 20);
        for (String ref : refs) {
            assertTrue(!schema.at(ref.substring(1)).isMissingNode(), ref);
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }
}
