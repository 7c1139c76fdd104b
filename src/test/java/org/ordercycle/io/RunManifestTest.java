package org.ordercycle.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.policy.Policy;

class RunManifestTest {

    @TempDir
    Path dir;

    @Test
    void sha256OfKnownBytes() throws Exception {
        Path file = dir.resolve("abc.yaml");
        Files.write(file, "abc".getBytes(StandardCharsets.US_ASCII));
        // FIPS 180-2, appendix B.1: SHA-256("abc")
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", RunManifest.sha256(file));
    }

    @Test
    void commandLineIsQuotedLikeAShell() {
        assertEquals("ordercycle run s.yaml --lever billing-check=joint --out 'my results' --policy 'it'\\''s.yaml'",
                RunManifest.commandLine(List.of("run", "s.yaml", "--lever", "billing-check=joint", "--out",
                        "my results", "--policy", "it's.yaml")));
    }

    @Test
    void recordsEverythingNeededToReproduce() throws Exception {
        Path file = dir.resolve("tiny.yaml");
        Files.writeString(file, "name: tiny\n");
        RunManifest manifest = new RunManifest(file, "tiny", Policy.JOINT, 42, 5, true, "0.1.0",
                List.of("run", file.toString(), "--policy", "joint"));
        Path out = dir.resolve("manifest.json");
        manifest.write(out);
        JsonNode json = new ObjectMapper().readTree(Files.readString(out));

        assertEquals("tiny.yaml", json.get("scenario_file").asText());
        assertEquals(RunManifest.sha256(file), json.get("scenario_sha256").asText());
        assertEquals(42, json.get("seed").asLong());
        assertEquals(5, json.get("replications").asInt());
        assertEquals("joint", json.get("policy").asText());
        assertEquals("consensus", json.get("levers").get("joint-planning").asText());
        assertEquals("0.1.0", json.get("ordercycle_version").asText());
        assertEquals(System.getProperty("java.version"), json.get("java_version").asText());
        assertTrue(json.get("java_vendor").asText().length() > 0);
        assertTrue(json.get("os").asText().length() > 0);
        assertTrue(json.get("command_line").asText().startsWith("ordercycle run "));
        Instant stamp = Instant.parse(json.get("timestamp").asText());   // ISO-8601 UTC
        assertTrue(json.get("timestamp").asText().endsWith("Z"));
        assertTrue(Math.abs(stamp.getEpochSecond() - Instant.now().getEpochSecond()) < 600);
    }
}
