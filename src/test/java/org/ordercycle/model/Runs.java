package org.ordercycle.model;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.ordercycle.api.Simulation;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.OrderRecord;
import org.ordercycle.stats.ReplicationResult;
import org.ordercycle.stats.RunListener;
import org.ordercycle.stats.TraceEvent;

/**
 * Runs the small purpose-built scenarios of {@code src/test/resources/scenarios/mechanisms/}
 * through the public API and keeps what the listener reports. Every run uses {@link #SEED},
 * replication 0, so a test is reproducible; its tolerances are chosen to hold for any seed.
 *
 * <p>Each scenario isolates one step by leaving the others out: {@link #STEPS_OFF} declares which
 * steps each switches off (its header says the same), and every run adds those step-off settings
 * to the policy the test asks for.
 */
final class Runs {
    static final long SEED = 20_240_501L;

    /** Scenario name to the steps (1..10) it switches off. */
    static final Map<String, List<Integer>> STEPS_OFF = Map.ofEntries(
            Map.entry("mechanism-billing", List.of(1, 5, 6, 7, 9, 10)),
            Map.entry("mechanism-entry", List.of(1, 2, 3, 5, 6, 7, 9, 10)),
            Map.entry("mechanism-fulfilment", List.of(1, 2, 3, 4, 6, 8, 9, 10)),
            Map.entry("mechanism-generation", List.of(1, 3, 4, 5, 6, 7, 8, 9, 10)),
            Map.entry("mechanism-planning-information", List.of(3, 4, 5, 6, 7, 8, 9)),
            Map.entry("mechanism-planning", List.of(2, 3, 4, 5, 6, 7, 8, 9, 10)),
            Map.entry("mechanism-pricing", List.of(1, 4, 5, 6, 7, 8, 9, 10)),
            Map.entry("mechanism-returns", List.of(1, 2, 3, 4, 5, 6, 7, 8, 10)),
            Map.entry("mechanism-scheduling", List.of(1, 2, 3, 4, 5, 7, 8, 9, 10)),
            Map.entry("mechanism-selection", List.of(1, 2, 3, 4, 6, 7, 8, 9, 10)),
            Map.entry("mechanism-service", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9)),
            Map.entry("mechanism-stock-promise", List.of(1, 2, 3, 4, 6, 8, 9, 10)));

    private Runs() {
    }

    /** The policy with these steps (1..10) switched off: their main levers at step-off, under the policy's name. */
    static Policy stepsOff(Policy p, List<Integer> steps) {
        Policy off = p;
        for (int step : steps) {
            Lever lever = Lever.mainOf(step);
            off = off.with(lever, lever.stepOff());
        }
        return off.named(p.name());
    }

    /** The policy a mechanism scenario runs under: {@code p} with the scenario's steps off but {@code performed}. */
    static Policy policy(Scenario s, Policy p, Integer... performed) {
        List<Integer> off = new ArrayList<>(STEPS_OFF.getOrDefault(s.name(), List.of()));
        off.removeAll(List.of(performed));
        return stepsOff(p, off);
    }

    /** The mechanism scenario {@code name}.yaml, with some fields overridden (see ScenarioLoader). */
    static Scenario scenario(String name, Map<String, String> overrides) {
        URL url = Runs.class.getResource("/scenarios/mechanisms/" + name + ".yaml");
        if (url == null) {
            throw new IllegalArgumentException("no mechanism scenario " + name);
        }
        try {
            return ScenarioLoader.load(Path.of(url.toURI()), overrides);
        } catch (ScenarioException | URISyntaxException e) {
            throw new IllegalStateException("mechanism scenario " + name + " does not load: " + e.getMessage(), e);
        }
    }

    static Scenario scenario(String name) {
        return scenario(name, Map.of());
    }

    /** One replication without listener. */
    static ReplicationResult run(Scenario s, Policy p) {
        return Simulation.replicate(s, policy(s, p), SEED, 0);
    }

    /** One replication that keeps every order record, and the trace of order {@code traced} (-1: none). */
    static Recorded record(Scenario s, Policy p, long traced) {
        List<OrderRecord> orders = new ArrayList<>();
        List<TraceEvent> trace = new ArrayList<>();
        ReplicationResult r = Simulation.replicate(s, policy(s, p), SEED, 0, new RunListener() {
            @Override
            public void orderFinished(OrderRecord order) {
                orders.add(order);
            }

            @Override
            public void trace(long orderId, TraceEvent event) {
                if (orderId != traced) {
                    throw new AssertionError("trace of order " + orderId + " while order " + traced + " was asked for");
                }
                trace.add(event);
            }

            @Override
            public long tracedOrder() {
                return traced;
            }
        });
        return new Recorded(r, Collections.unmodifiableList(orders), Collections.unmodifiableList(trace));
    }

    static Recorded record(Scenario s, Policy p) {
        return record(s, p, -1);
    }

    /** A replication's summary, its order records (in the order reported) and the trace asked for. */
    record Recorded(ReplicationResult result, List<OrderRecord> orders, List<TraceEvent> trace) {
        double value(Measure m) {
            return result.value(m);
        }

        double value(String key) {
            Double v = result.values().get(key);
            if (v == null) {
                throw new AssertionError("no value " + key);
            }
            return v;
        }

        /** The record of order {@code id}. */
        OrderRecord order(long id) {
            return orders.stream().filter(o -> o.id() == id).findFirst()
                    .orElseThrow(() -> new AssertionError("no record of order " + id));
        }
    }

    /** {@code step_time[step.kind]}: mean days per delivered order. */
    static String stepTime(Step step, String kind) {
        return ReplicationResult.stepTimeKey(step.label(), kind);
    }
}
