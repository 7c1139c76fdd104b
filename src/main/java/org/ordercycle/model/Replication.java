package org.ordercycle.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.ordercycle.engine.EventHeap;
import org.ordercycle.engine.Streams;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Line;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.Segment;
import org.ordercycle.stats.ReplicationResult;
import org.ordercycle.stats.RunListener;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * One replication: builds its own simulator, named streams and company, runs warm-up plus
 * horizon, checks the invariants and returns the measures. A pure function of (scenario,
 * policy, seed, index): nothing static, nothing shared between replications.
 */
public final class Replication {
    static final String SERVICE_LEADS = "service-leads";
    static final String PLANNING = "planning";
    static final String JOURNEYS = "journeys";

    private final Scenario scenario;
    private final Policy policy;
    private final long seed;
    private final int index;
    private final RunListener listener;

    public Replication(Scenario scenario, Policy policy, long seed, int index, RunListener listener) {
        this.scenario = scenario;
        this.policy = policy;
        this.seed = seed;
        this.index = index;
        this.listener = listener;
    }

    /**
     * The random streams of a scenario, one per source of randomness, in a fixed order that
     * depends only on the scenario's structure (never on the policy).
     */
    public static List<String> streamNames(Scenario scenario) {
        List<String> names = new ArrayList<>();
        for (Segment s : scenario.segments()) {
            names.add(arrivalStream(s));
            names.add(attributeStream(s));
        }
        names.add(SERVICE_LEADS);
        names.add(PLANNING);
        for (Line l : scenario.lines()) {
            names.add(changeoverStream(l));
        }
        names.add(JOURNEYS); // a stream added later goes after this one, so that it does not move those before it
        return names;
    }

    static String arrivalStream(Segment s) {
        return "arrivals/" + s.id();
    }

    static String attributeStream(Segment s) {
        return "attributes/" + s.id();
    }

    static String changeoverStream(Line l) {
        return "changeovers/" + l.id();
    }

    /** Runs the replication; throws {@link InvariantViolation} if the books do not balance. */
    public ReplicationResult run() {
        EventHeap events = new EventHeap();
        return run(events, events::executed);
    }

    /**
     * Runs the replication on the given event list, e.g. one that records the model's schedule
     * for the benchmark; {@code executed} tells how many events the list has given out to run.
     */
    public ReplicationResult run(EventList events, LongSupplier executed) {
        if (scenario.autoWarmup()) {
            throw new IllegalArgumentException("scenario " + scenario.name()
                    + " asks for an automatic warm-up: resolve it first (Warmup.resolve) or set warmupDays");
        }
        Simulator sim = new Simulator(events);
        sim.init();
        Streams streams = new Streams(seed, index, streamNames(scenario));
        Company company = new Company(sim, scenario, policy, streams, listener);
        company.start();
        new Event(sim) {
            @Override
            public void actions() {
                sim.stop();
            }
        }.schedule(company.end);
        sim.start();
        company.closeBooks();
        if (company.context.reportsOrders) {
            company.books.live.stream().sorted(java.util.Comparator.comparingLong(o -> o.id))
                    .forEach(o -> listener.orderFinished(Records.of(o, company.end)));
        }
        Invariants.check(company.books, company.products);
        return new ReplicationResult(scenario.name(), policy.name(), seed, index, company.metrics.values(),
                company.planner.records(), executed.getAsLong(), company.books.placed, company.metrics.weeklyLeadTime(),
                company.metrics.leadTimes(), company.context.journeys.stream().map(JourneyLog::build).toList());
    }
}
