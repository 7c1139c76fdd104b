package org.ordercycle.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.api.Simulation;
import org.ordercycle.model.Step;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.OrderRecord;
import org.ordercycle.stats.ReplicationResult;
import org.ordercycle.stats.RunListener;
import org.ordercycle.stats.StepTime;
import org.ordercycle.stats.TraceEvent;

/**
 * The OCEL 2.0 export on replication 0 of the classroom scenario cut to 60 days: valid against the
 * schema, consistent, complete, deterministic, and its waiting, work and hand-off times mined back
 * from the timestamps equal the order's own step times (the columns of orders.csv).
 */
class OcelLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Timestamps are rounded to the millisecond: each end of an interval is off by at most half of one. */
    private static final double MILLISECOND_DAYS = 1.0 / 86_400_000;

    @TempDir
    static Path dir;
    private static Scenario scenario;
    private static final Map<String, Run> RUNS = new HashMap<>();

    /** A log and the order records of the same run. */
    record Run(Path file, JsonNode log, List<OrderRecord> records, ReplicationResult result,
               Map<String, Long> lastEventOfRecord) {
    }

    @BeforeAll
    static void simulate() throws Exception {
        String text = Files.readString(Path.of("scenarios/classroom.yaml"))
                .replaceFirst("(?m)^horizonDays: 365", "horizonDays: 60")
                .replaceFirst("(?m)^warmupDays: 30", "warmupDays: 10");
        assertTrue(text.contains("horizonDays: 60") && text.contains("warmupDays: 10"), "classroom horizon changed");
        Path file = dir.resolve("short.yaml");
        Files.writeString(file, text);
        scenario = ScenarioLoader.load(file);
        for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
            RUNS.put(p.name(), run(p, dir.resolve(p.name() + ".json")));
        }
    }

    private static Run run(Policy policy, Path file) throws IOException {
        List<OrderRecord> records = new ArrayList<>();
        Map<String, Long> lastEvent = new HashMap<>();
        ReplicationResult result;
        try (OcelLog log = new OcelLog(file)) {
            result = Simulation.replicate(scenario, policy, 1, 0, new Recording(log, records, lastEvent));
            log.commit();
        }
        return new Run(file, JSON.readTree(file.toFile()), records, result, lastEvent);
    }

    @Test
    void validAgainstTheOcel2SchemaUnderBothPolicies() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("classpath:ocel/ocel2-json.schema.json"));
        for (Run run : RUNS.values()) {
            var errors = schema.validate(Files.readString(run.file()), InputFormat.JSON);
            assertTrue(errors.isEmpty(), run.file() + ": " + errors.stream().limit(5).toList());
            assertTrue(run.log().get("events").size() > 1000, "a run of 60 days has many events");
        }
        // the schema does refuse a broken log: an event without its time
        String broken = "{\"objectTypes\":[],\"eventTypes\":[],\"objects\":[],"
                + "\"events\":[{\"id\":\"e1\",\"type\":\"x\"}]}";
        assertFalse(schema.validate(broken, InputFormat.JSON).isEmpty());
    }

    /** What a JSON schema cannot say: declared types and attributes, existing objects, unique ids. */
    @Test
    void everyTypeAttributeAndRelatedObjectIsDeclared() {
        for (Run run : RUNS.values()) {
            JsonNode log = run.log();
            Map<String, Set<String>> objectTypes = declared(log.get("objectTypes"));
            Map<String, Set<String>> eventTypes = declared(log.get("eventTypes"));
            Set<String> objects = new HashSet<>();
            for (JsonNode o : log.get("objects")) {
                assertTrue(objects.add(o.get("id").asText()), "duplicate object " + o.get("id"));
                Set<String> attributes = objectTypes.get(o.get("type").asText());
                assertTrue(attributes != null, "undeclared object type " + o.get("type"));
                o.get("attributes").forEach(a -> assertTrue(attributes.contains(a.get("name").asText()),
                        "attribute " + a.get("name") + " not declared for " + o.get("type")));
            }
            for (JsonNode o : log.get("objects")) {
                o.path("relationships").forEach(r -> assertTrue(objects.contains(r.get("objectId").asText())));
            }
            Set<String> eventIds = new HashSet<>();
            for (JsonNode e : log.get("events")) {
                assertTrue(eventIds.add(e.get("id").asText()), "duplicate event " + e.get("id"));
                Set<String> attributes = eventTypes.get(e.get("type").asText());
                assertTrue(attributes != null, "undeclared event type " + e.get("type"));
                e.get("attributes").forEach(a -> assertTrue(attributes.contains(a.get("name").asText())));
                e.get("relationships").forEach(r -> assertTrue(objects.contains(r.get("objectId").asText()),
                        "event " + e.get("id") + " relates to a missing object " + r.get("objectId")));
                Instant.parse(e.get("time").asText());
            }
        }
    }

    private static Map<String, Set<String>> declared(JsonNode types) {
        Map<String, Set<String>> names = new HashMap<>();
        for (JsonNode t : types) {
            Set<String> attributes = new HashSet<>();
            t.get("attributes").forEach(a -> attributes.add(a.get("name").asText()));
            assertTrue(names.put(t.get("name").asText(), attributes) == null, "type declared twice: " + t.get("name"));
        }
        return names;
    }

    @Test
    void everyOrderOfTheRunIsAnObjectWithItsState() {
        for (Run run : RUNS.values()) {
            Map<String, String> states = new HashMap<>();
            for (JsonNode o : run.log().get("objects")) {
                if (o.get("type").asText().equals("order")) {
                    o.get("attributes").forEach(a -> {
                        if (a.get("name").asText().equals("state")) {
                            states.put(o.get("id").asText(), a.get("value").asText());
                        }
                    });
                }
            }
            assertFalse(run.records().isEmpty());
            for (OrderRecord r : run.records()) {
                assertEquals(r.state(), states.get("order-" + r.id()), "order " + r.id());
            }
            assertTrue(activities(run).containsAll(List.of(OcelActivities.INVOICE_ISSUED, OcelActivities.PAYMENT,
                    OcelActivities.SHIPMENT_SENT, OcelActivities.DELIVERED, "selection: decision")),
                    "the named activities appear: " + activities(run));
        }
    }

    private static Set<String> activities(Run run) {
        Set<String> names = new TreeSet<>();
        run.log().get("events").forEach(e -> names.add(e.get("type").asText()));
        return names;
    }

    /**
     * The same customers under both policies (common random numbers): the leads sent by the
     * segments carry the same ids. Leads passed on by after-sales service exist only under some
     * policies and are numbered from a power of ten above all segment leads, so only ids below
     * the smallest id that differs may be compared, and they must all agree.
     */
    @Test
    void theSameOrderIdsUnderBothPolicies() {
        Set<Long> siloed = orderIds(RUNS.get("siloed"));
        Set<Long> joint = orderIds(RUNS.get("joint"));
        long serviceBase = Long.MAX_VALUE;
        for (long id : siloed) {
            serviceBase = id >= 1000 && !joint.contains(id) ? Math.min(serviceBase, id) : serviceBase;
        }
        for (long id : joint) {
            serviceBase = id >= 1000 && !siloed.contains(id) ? Math.min(serviceBase, id) : serviceBase;
        }
        long base = serviceBase;
        Set<Long> segmentLeads = new TreeSet<>(siloed.stream().filter(id -> id < base).toList());
        assertTrue(segmentLeads.size() > 500, "leads in 70 days: " + segmentLeads.size());
        assertEquals(segmentLeads, new TreeSet<>(joint.stream().filter(id -> id < base).toList()));
        assertTrue(base == Long.MAX_VALUE || base > 10L * segmentLeads.size(),
                "ids that differ start far above the segment leads (service leads), at " + base);
    }

    private static Set<Long> orderIds(Run run) {
        Set<Long> ids = new HashSet<>();
        for (JsonNode o : run.log().get("objects")) {
            if (o.get("type").asText().equals("order")) {
                ids.add(Long.parseLong(o.get("id").asText().substring("order-".length())));
            }
        }
        return ids;
    }

    /**
     * Mining the log: per order and step, the time between each "begins" event and its "ends"
     * event, summed by kind, equals the order's own step times as orders.csv writes them
     * (waiting = queue, work = processing + closed hours, hand-off = unattended). Tolerance: one
     * millisecond per interval, the rounding of the two timestamps. The order record is taken
     * when the order reaches its final state; what happens to it later (an after-sales service
     * visit to a paid order) is in the log but not in the record, so events written after the
     * record are left out of the sums (and counted, to show they exist).
     */
    @Test
    void waitingTimesMinedFromTheLogEqualTheRunsStepTimes() {
        for (Run run : RUNS.values()) {
            Map<String, double[]> mined = new HashMap<>(); // "order|step|kind" -> {sum of ends - begins, intervals}
            for (JsonNode e : run.log().get("events")) {
                String type = e.get("type").asText();
                boolean begins = type.endsWith(" begins");
                long last = run.lastEventOfRecord().getOrDefault(order(e), Long.MAX_VALUE);
                if (!begins && !type.endsWith(" ends") || Long.parseLong(e.get("id").asText().substring(1)) > last) {
                    continue;
                }
                String step = type.substring(0, type.indexOf(':'));
                String kind = type.substring(step.length() + 2, type.lastIndexOf(' '));
                double day = Duration.between(OcelLog.ORIGIN, Instant.parse(e.get("time").asText())).toMillis()
                        * MILLISECOND_DAYS;
                double[] sum = mined.computeIfAbsent(order(e) + "|" + step + "|" + kind, k -> new double[2]);
                sum[0] += begins ? -day : day;
                sum[1] += begins ? 1 : 0;
            }
            int compared = 0;
            double waited = 0;
            for (OrderRecord r : run.records()) {
                for (Step step : Step.values()) {
                    int s = step.ordinal();
                    compared += check(mined, r, step, "waiting", r.stepQueue()[s]);
                    compared += check(mined, r, step, "work", r.stepProcessing()[s] + r.stepClosed()[s]);
                    compared += check(mined, r, step, "hand-off", r.stepUnattended()[s]);
                    waited += r.stepQueue()[s];
                }
            }
            assertTrue(compared > 2000 && waited > 10, "not vacuous: " + compared + " step times, " + waited + " days waited");
        }
    }

    private static int check(Map<String, double[]> mined, OrderRecord r, Step step, String kind, double expected) {
        double[] sum = mined.getOrDefault("order-" + r.id() + "|" + step.label() + "|" + kind, new double[2]);
        double tolerance = (sum[1] + 1) * MILLISECOND_DAYS;
        assertEquals(expected, sum[0], tolerance, "order " + r.id() + ", " + step.label() + " " + kind);
        return expected > 0 ? 1 : 0;
    }

    private static String order(JsonNode event) {
        for (JsonNode r : event.get("relationships")) {
            if (r.get("qualifier").asText().equals("order")) {
                return r.get("objectId").asText();
            }
        }
        throw new AssertionError("event without order: " + event);
    }

    @Test
    void theSameRunGivesTheSameBytes() throws Exception {
        Run again = run(Policy.JOINT, dir.resolve("again").resolve("joint.json"));
        assertArrayEquals(Files.readAllBytes(RUNS.get("joint").file()), Files.readAllBytes(again.file()));
        try (var files = Files.list(dir.resolve("again"))) {
            assertEquals(List.of("joint.json"), files.map(f -> f.getFileName().toString()).toList(),
                    "no temporary file is left");
        }
    }

    /** The log only observes: every number of the replication is what it is without a listener. */
    @Test
    void theLogChangesNoNumber() {
        for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
            ReplicationResult plain = Simulation.replicate(scenario, p, 1, 0);
            ReplicationResult logged = RUNS.get(p.name()).result();
            assertEquals(plain.values(), logged.values());
            assertEquals(plain.periods(), logged.periods());
            assertEquals(plain.events(), logged.events());
            assertEquals(plain.ordersSimulated(), logged.ordersSimulated());
            assertEquals(plain.journeys(), logged.journeys());
        }
    }

    /** Passes everything to the log and keeps the order records. */
    private record Recording(OcelLog log, List<OrderRecord> records, Map<String, Long> lastEvent)
            implements RunListener {
        @Override
        public boolean followsEveryOrder() {
            return true;
        }

        @Override
        public void trace(long orderId, TraceEvent event) {
            log.trace(orderId, event);
        }

        @Override
        public void stepTime(long orderId, String step, String department, StepTime kind, double from, double to) {
            log.stepTime(orderId, step, department, kind, from, to);
        }

        @Override
        public void orderFinished(OrderRecord order) {
            log.orderFinished(order);
            records.add(order);
            lastEvent.put("order-" + order.id(), log.eventCount());
        }
    }
}
