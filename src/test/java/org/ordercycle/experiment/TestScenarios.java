package org.ordercycle.experiment;

import java.nio.file.Path;
import java.util.Map;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;

/** Scenarios of the experiment tests: shipped ones with short horizons, and an M/M/1 queue with a known mean. */
public final class TestScenarios {

    /**
     * One order-entry clerk fed by Poisson orders on a 24/7 calendar, every other step off (run it
     * under {@link #entryOnly}) or instantaneous: an M/M/1 queue with arrival rate {@link #LAMBDA} and service rate {@link #MU}
     * per day, so the mean lead time is the M/M/1 mean sojourn time 1 / (mu - lambda) = 1/30 day
     * (utilisation 0.5; relaxation time about 1 / (mu (1 - sqrt(rho))^2) = 0.2 day, far below the
     * 2-day warm-up). Production takes 1e-6 hours per unit and is the only other delay.
     */
    static final String MM1 = """
            name: mm1-entry
            timeUnit: hour
            horizonDays: 20
            warmupDays: 2
            calendar: {daysPerWeek: 7, shiftStartHour: 0, hoursPerDay: 24}
            products:
              - {id: P, line: L, listPrice: 100, unitCost: 60, ratePerHour: 1000000, changeoverTime: 0,
                 strategy: makeToOrder, standardLeadTimeDays: 5}
            lines:
              - {id: L, maxRegularHoursPerDay: 24}
            segments:
              - {id: S, leadsPerDay: 30, orderSize: 1, productMix: {P: 1}, requestedLeadTime: 5, baseAcceptance: 1,
                 specialDiscountProbability: 0, billingFormat: paper, returnRate: 0, serviceNeed: 0}
            departments:
              orderEntry: {staff: 1, handling: {dist: exponential, mean: 24, unit: minute}}
            costs:
              companyInvoiceFormat: paper
            steps:
              entry: {errorPerKeying: 0}
            """;
    /** Orders per day of {@link #MM1}. */
    static final double LAMBDA = 30;
    /** Orders one clerk enters per day of {@link #MM1} (24-minute mean). */
    static final double MU = 60;

    private TestScenarios() {
    }

    /** A shipped scenario with overridden fields, e.g. a short horizon. */
    static Scenario shipped(String name, Map<String, String> overrides) {
        try {
            return ScenarioLoader.load(Path.of("scenarios", name + ".yaml"), overrides);
        } catch (ScenarioException e) {
            throw new IllegalStateException("scenario " + name + " does not load: " + e.getMessage(), e);
        }
    }

    /** The baseline with a 120-day horizon after a 20-day warm-up (about 0.3 s per replication). */
    static Scenario baselineShort() {
        return shipped("baseline", Map.of("horizonDays", "120", "warmupDays", "20"));
    }

    /** The classroom scenario with a 120-day horizon after a 20-day warm-up. */
    static Scenario classroomShort() {
        return shipped("classroom", Map.of("horizonDays", "120", "warmupDays", "20"));
    }

    /** The M/M/1 scenario. */
    static Scenario mm1() throws ScenarioException {
        return ScenarioLoader.parse(MM1, "mm1.yaml");
    }

    /**
     * {@code p} with every step but order entry (step 4) switched off, each by its main lever's
     * step-off setting: the policy under which {@link #MM1} and {@link OverloadTest#desk} are a
     * single desk with Poisson arrivals. Keeps the policy's name.
     */
    public static Policy entryOnly(Policy p) {
        Policy off = p;
        for (int step = 1; step <= 10; step++) {
            if (step != 4) {
                Lever lever = Lever.mainOf(step);
                off = off.with(lever, lever.stepOff());
            }
        }
        return off.named(p.name());
    }
}
