package org.ordercycle.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.ordercycle.api.OrderTrace;
import org.ordercycle.experiment.Progress;
import org.ordercycle.experiment.Runner;
import org.ordercycle.experiment.Warmup;
import org.ordercycle.model.Step;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.OrderRecord;
import org.ordercycle.stats.TraceEvent;

/**
 * {@code GET /api/trace}: the journey of one order under each asked policy, the same run and data
 * as {@code ordercycle trace}. A trace is one replication per policy (plus the warm-up pilots of
 * a scenario that detects its warm-up); at most one trace per worker runs at a time.
 */
final class TracePage {
    private final ScenarioCatalog catalog;
    private final PolicyCatalog policies;
    private final Semaphore slots;

    TracePage(ScenarioCatalog catalog, PolicyCatalog policies, int workers) {
        this.catalog = catalog;
        this.policies = policies;
        this.slots = new Semaphore(workers);
    }

    /** Query: scenario, order, policy (repeated or comma separated; default siloed,joint), seed, replication. */
    ObjectNode trace(Map<String, List<String>> query) {
        String name = one(query, "scenario", null);
        if (name == null) {
            throw new ApiException(400, "scenario: give the scenario's file name, e.g. ?scenario=classroom.yaml&order=120.");
        }
        long order = whole(query, "order", null, 0, Long.MAX_VALUE);
        long seed = whole(query, "seed", 1L, Long.MIN_VALUE, Long.MAX_VALUE);
        int replication = (int) whole(query, "replication", 0L, 0, 10_000);
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (String p : query.getOrDefault("policy", List.of("siloed,joint"))) {
            for (String id : p.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        if (ids.isEmpty() || ids.size() > 4) {
            throw new ApiException(400, "policy: give one to four policies, e.g. &policy=siloed&policy=joint.");
        }
        List<Policy> list = new ArrayList<>(ids.stream().map(policies::resolve).toList());
        Path file = catalog.file(name);
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            throw new ApiException(422, "Scenario '" + name + "' has errors: " + e.errors().get(0) + ".");
        }
        if (!slots.tryAcquire()) {
            throw new ApiException(503, "Every worker is tracing already: try again in a moment.");
        }
        try {
            ObjectNode root = ScenarioCatalog.JSON.createObjectNode();
            root.put("scenario", scenario.name());
            root.put("order", order);
            root.put("seed", seed);
            root.put("replication", replication);
            ArrayNode journeys = root.putArray("journeys");
            for (Policy p : list) {
                journeys.add(journey(scenario, p, seed, replication, order));
            }
            return root;
        } finally {
            slots.release();
        }
    }

    private static ObjectNode journey(Scenario scenario, Policy policy, long seed, int replication, long order) {
        Scenario run = scenario;
        ObjectNode node = ScenarioCatalog.JSON.createObjectNode();
        node.put("policy", policy.name());
        if (scenario.autoWarmup()) { // as ordercycle trace: the warm-up detected for this policy
            Warmup.Choice choice = Warmup.choose(scenario, List.of(policy), seed, new Runner(1, Progress.NONE, null));
            run = scenario.withWarmup(choice.days());
            node.put("warmupDays", choice.days());
        }
        OrderTrace t = OrderTrace.run(run, policy, seed, replication, order);
        if (t.missing()) {
            node.put("missing", "Order " + order + " does not exist in this run."
                    + (t.count() == 0 ? "" : " Numbers go from " + t.minId() + " to about " + t.maxId() + "; "
                    + t.count() + " of them became orders."));
            return node;
        }
        ArrayNode events = node.putArray("events");
        for (TraceEvent e : t.events()) {
            events.addObject().put("time", e.time()).put("step", e.step()).put("owner", e.owner())
                    .put("what", e.what()).put("detail", e.detail());
        }
        OrderRecord o = t.record();
        if (o == null) {
            if (t.nextOrder() != Long.MAX_VALUE) {
                node.put("nextOrder", t.nextOrder());
            }
            return node; // an inquiry that never became an order: no delivery or invoice
        }
        node.set("order", record(o));
        return node;
    }

    private static ObjectNode record(OrderRecord o) {
        ObjectNode r = ScenarioCatalog.JSON.createObjectNode();
        r.put("segment", o.segment());
        r.put("product", o.product());
        r.put("quantity", o.quantity());
        time(r, "placedAt", o.placedAt());
        time(r, "promisedAt", o.promisedAt());
        time(r, "deliveredAt", o.deliveredAt());
        time(r, "paidAt", o.paidAt());
        time(r, "leadTime", o.deliveredAt() - o.placedAt());
        time(r, "unattended", o.unattended());
        r.put("invoiceErrors", o.invoiceErrors() == null ? "" : o.invoiceErrors());
        r.put("invoiced", Double.isFinite(o.invoicedPrice()) || Double.isFinite(o.invoicedQuantity()));
        r.put("state", o.state().replace('_', ' '));
        ArrayNode steps = r.putArray("steps");
        for (Step step : Step.values()) {
            ObjectNode s = ScenarioCatalog.JSON.createObjectNode();
            s.put("step", step.number() + ". " + step.label());
            time(s, "waiting", at(o.stepQueue(), step));
            time(s, "worked", at(o.stepProcessing(), step));
            time(s, "unattended", at(o.stepUnattended(), step));
            time(s, "closed", at(o.stepClosed(), step));
            steps.add(s);
        }
        return r;
    }

    /** A time in days, or null when the order never got there. */
    private static void time(ObjectNode node, String field, double v) {
        if (Double.isFinite(v)) {
            node.put(field, v);
        } else {
            node.putNull(field);
        }
    }

    private static double at(double[] values, Step step) {
        return values != null && step.ordinal() < values.length ? values[step.ordinal()] : Double.NaN;
    }

    private static String one(Map<String, List<String>> query, String key, String fallback) {
        List<String> v = query.get(key);
        return v == null || v.isEmpty() ? fallback : v.get(0);
    }

    private static long whole(Map<String, List<String>> query, String key, Long fallback, long min, long max) {
        String v = one(query, key, null);
        if (v == null) {
            if (fallback == null) {
                throw new ApiException(400, key + ": required, a whole number from " + min + ".");
            }
            return fallback;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new ApiException(400, key + ": must be a whole number from " + min
                + (max == Long.MAX_VALUE ? "" : " to " + max) + ", was '" + v + "'.");
    }
}
