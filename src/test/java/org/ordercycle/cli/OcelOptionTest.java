package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.io.Fixtures;

/** {@code --ocel} on run and compare: where the event logs go, what they hold, and its input error. */
class OcelOptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void runWritesTheLogOfReplicationZeroWithEveryOrderOfOrdersCsv() throws Exception {
        Path scenario = Cli.shortClassroom(dir);
        Path out = dir.resolve("run");
        Cli.Result r = Cli.run("run", scenario.toString(), "--out", out.toString(), "--orders", "--ocel",
                "--replications", "2", "--threads", "1");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("ocel/siloed.json (replication 0)"), r.out());
        JsonNode log = JSON.readTree(out.resolve("ocel/siloed.json").toFile());
        Set<String> orders = new TreeSet<>();
        log.get("objects").forEach(o -> orders.add(o.get("id").asText()));
        List<List<String>> rows = Fixtures.parseCsv(Files.readString(out.resolve("orders.csv")));
        int id = rows.get(0).indexOf("id");
        assertTrue(rows.size() > 100, "orders in 70 days: " + rows.size());
        for (List<String> row : rows.subList(1, rows.size())) {
            assertTrue(orders.contains("order-" + row.get(id)), "order " + row.get(id) + " of orders.csv is in the log");
        }
        try (Stream<Path> files = Files.list(out.resolve("ocel"))) {
            assertEquals(List.of("siloed.json"), files.map(p -> p.getFileName().toString()).toList(),
                    "one log, no temporary file left");
        }
    }

    @Test
    void compareWritesOneLogPerPolicyTheSameAsRunWrites() throws Exception {
        Path scenario = Cli.shortClassroom(dir);
        Path out = dir.resolve("cmp");
        Cli.Result r = Cli.run("compare", scenario.toString(), "--replications", "2", "--threads", "1", "--out",
                out.toString(), "--no-report", "--ocel", "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.isRegularFile(out.resolve("ocel/joint.json")));
        Path run = dir.resolve("run");
        assertEquals(0, Cli.run("run", scenario.toString(), "--out", run.toString(), "--ocel").code());
        // replication 0 of the same scenario, policy and seed: the same run, the same bytes
        assertArrayEquals(Files.readAllBytes(run.resolve("ocel/siloed.json")),
                Files.readAllBytes(out.resolve("ocel/siloed.json")));
    }

    @Test
    void ocelWithoutAFolderIsAnErrorThatSaysWhatToAdd() throws Exception {
        Path scenario = Cli.shortClassroom(dir);
        Cli.Result r = Cli.run("run", scenario.toString(), "--ocel");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("Option '--ocel' needs '--out DIR'"), r.err());
        Cli.Result c = Cli.run("compare", scenario.toString(), "--ocel", "--no-report", "--replications", "2");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("Option '--ocel' needs a folder"), c.err());
    }
}
