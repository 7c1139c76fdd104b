package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.api.Simulation;
import org.ordercycle.model.OfferedLoad;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.Overload;
import org.ordercycle.stats.ReplicationResult;

/**
 * The offered-load estimate against the utilisation the simulation measures, and the overload
 * warnings: an under-staffed order-entry desk is flagged by both, a well-staffed one by neither.
 */
public class OverloadTest {
    /** The desk's policies: each preset with every step but order entry switched off. */
    private static final Policy SILOED = TestScenarios.entryOnly(Policy.SILOED);
    private static final Policy JOINT = TestScenarios.entryOnly(Policy.JOINT);

    /**
     * One order-entry clerk on an office calendar (5 days of 8 hours) fed by 30 Poisson orders a
     * day, every other step off (by the policies {@link #SILOED} and {@link #JOINT}). Open share of the day: 8/24 x 5/7 = 0.2381. Joint (one shared
     * record): work per order is the handling time; siloed adds the re-keying time of 2 minutes.
     * 14 days of warm-up and 70 of horizon start and end on a Monday at midnight, so the weekend
     * backlog carried into the measured period matches the one left at its end.
     */
    public static String desk(double handlingMinutes) {
        return """
                name: desk
                timeUnit: hour
                horizonDays: 70
                warmupDays: 14
                calendar: {daysPerWeek: 5, shiftStartHour: 8, hoursPerDay: 8}
                products:
                  - {id: P, line: L, listPrice: 100, unitCost: 60, ratePerHour: 1000000, changeoverTime: 0,
                     strategy: makeToOrder, delivery: direct, standardLeadTimeDays: 5}
                lines:
                  - {id: L, maxRegularHoursPerDay: 8}
                segments:
                  - {id: S, leadsPerDay: 30, orderSize: 1, productMix: {P: 1}, requestedLeadTime: 5, baseAcceptance: 1,
                     specialDiscountProbability: 0, billingFormat: paper, returnRate: 0, serviceNeed: 0}
                departments:
                  orderEntry: {staff: 1, handling: {dist: exponential, mean: %s, unit: minute}}
                costs:
                  companyInvoiceFormat: paper
                steps:
                  entry: {errorPerKeying: 0, rekeyTime: {dist: exponential, mean: 2, unit: minute}}
                """.formatted(handlingMinutes);
    }

    static Scenario scenario(double handlingMinutes) throws ScenarioException {
        return ScenarioLoader.parse(desk(handlingMinutes), "desk.yaml");
    }

    private static OfferedLoad.Entry entry(Scenario s, Policy p) {
        return OfferedLoad.estimate(s, p).stream().filter(e -> e.department().equals("order entry")).findFirst()
                .orElseThrow();
    }

    @Test
    void aWarningOfADepartmentSaysHowManyStaffWouldCarryItsMeasuredLoad() {
        Overload.Warning sales = new Overload.Warning("sales", "joint", Overload.KIND_GROWTH, 0.89, 75.4, 169.2);
        // 0.89 x 10 people / 0.85 = 10.47: 11 people, 81% busy
        assertTrue(sales.withStaff(10, 0).sentence().endsWith("figures of this policy rest on an unstable queue; about 11 "
                + "staff instead of 10 would bring it to 85% busy or less"), sales.withStaff(10, 0).sentence());
        // billing with 2 clerks the policy adds: 1.02 x (4 + 2) / 0.85 = 7.2, so 8 in all, 6 of its own
        Overload.Warning billing = new Overload.Warning("billing", "joint", Overload.KIND_LOAD, 1.02, 3, 40);
        assertEquals(6, billing.withStaff(4, 2).staffToCarry());
        // busy just at the line: nothing to add, and the sentence stays as it was
        Overload.Warning edge = new Overload.Warning("sales", "joint", Overload.KIND_GROWTH, 0.85, 10, 30);
        assertEquals(edge.sentence(), edge.withStaff(10, 0).sentence());
        assertEquals(0, edge.withStaff(10, 0).staffToCarry());
    }

    @Test
    void theStaffSuggestedIsTheFewestThatBringTheLoadToTheTarget() throws ScenarioException {
        for (double minutes : new double[] {2, 6, 11, 23}) {
            for (Policy p : List.of(SILOED, JOINT)) {
                OfferedLoad.Entry e = entry(scenario(minutes), p);
                int n = e.staffFor(0.85);
                double perPerson = e.capacity() / (e.staff() + e.extra());
                assertTrue(n >= 1 && e.workPerDay() / (perPerson * (n + e.extra())) <= 0.85 + 1e-12, e + " -> " + n);
                assertTrue(n == 1 || e.workPerDay() / (perPerson * (n - 1 + e.extra())) > 0.85, e + " -> " + n);
            }
        }
        // a line's capacity is hours, not people: no staff to suggest
        assertTrue(OfferedLoad.estimate(scenario(6), JOINT).stream().filter(e -> e.department().startsWith("line "))
                .allMatch(e -> e.staff() == 0 && e.staffFor(0.85) == 0));
    }

    @Test
    void estimateFollowsTheArithmeticOfTheScenario() throws ScenarioException {
        Scenario s = scenario(6);
        double open = 8.0 / 24 * 5 / 7;
        // joint: 30 orders x 6 minutes / 1440 = 0.125 clerk-days a day, over 0.2381 open: 0.525
        assertEquals(30 * 6 / 1440.0 / open, entry(s, JOINT).load(), 1e-9);
        // siloed: 30 x (6 + 2) minutes / 1440 over 0.2381: 0.700
        assertEquals(30 * 8 / 1440.0 / open, entry(s, SILOED).load(), 1e-9);
        assertEquals(30, entry(s, JOINT).jobsPerDay(), 1e-9);
    }

    /**
     * For a stable queue every job offered is served, so the measured utilisation estimates the
     * offered load. Per replication the offered work is compound Poisson: relative sd
     * sqrt(2 / (lambda T)) = sqrt(2 / 2100) = 3%, i.e. 0.02 at a load of 0.7; the mean of 10
     * replications has an sd near 0.007, and the tolerance 0.03 is four of those (the weekend
     * backlogs at the two ends of the period cancel only in expectation, which the same sd covers).
     */
    @Test
    void measuredUtilisationMatchesTheEstimate() throws ScenarioException {
        Scenario s = scenario(6);
        String key = Overload.departmentKey("order entry", Overload.UTILISATION);
        for (Policy p : List.of(SILOED, JOINT)) {
            double sum = 0;
            int n = 10;
            for (int r = 0; r < n; r++) {
                sum += Simulation.replicate(s, p, 7, r).values().get(key);
            }
            double estimate = entry(s, p).load();
            assertEquals(estimate, sum / n, 0.03, p.name() + ": measured utilisation against the offered load");
        }
    }

    @Test
    void underStaffedDeskIsFlaggedByTheEstimateAndTheRuns() throws ScenarioException {
        Scenario s = scenario(14); // joint 30 x 14 / 1440 / 0.2381 = 1.225; siloed 1.40
        for (Policy p : List.of(SILOED, JOINT)) {
            assertTrue(entry(s, p).load() >= Overload.UTILISATION_LIMIT, p.name());
        }
        Comparison c = Experiment.on(s).policies(SILOED, JOINT).replications(3).threads(2).seed(3).run();
        for (Policy p : List.of(SILOED, JOINT)) {
            List<Overload.Warning> w = c.warnings().stream().filter(x -> x.policy().equals(p.name())).toList();
            // both criteria fire: the clerk never rests while open, and the backlog rises about
            // (1.225 - 1) x 0.2381 / (14/1440) = 5.5 orders a day, hundreds over the run
            assertTrue(w.stream().anyMatch(x -> x.department().equals("order entry")
                    && x.kind().equals(Overload.KIND_LOAD)), p.name() + ": " + w);
            assertTrue(w.stream().anyMatch(x -> x.department().equals("order entry")
                    && x.kind().equals(Overload.KIND_GROWTH)), p.name() + ": " + w);
            assertTrue(w.stream().allMatch(x -> x.department().equals("order entry")), "only the desk: " + w);
        }
        assertEquals(c.warnings().size(), c.warningsTable().rowCount());
    }

    /**
     * A desk at loads 0.525 (joint) and 0.70 (siloed) is stable: no department or line may be
     * flagged in any of 20 replications taken one by one (stricter than the mean the reports
     * judge). Utilisation stays near 0.7, far from 0.95 (sd 0.02 per replication); the queue
     * thirds are averages over 23 days of a queue that empties every working day, so a doubling
     * plus two jobs would be a fluctuation of many standard deviations.
     */
    @Test
    void stableDeskIsNeverFlagged() throws ScenarioException {
        Scenario s = scenario(6);
        for (Policy p : List.of(SILOED, JOINT)) {
            for (int r = 0; r < 20; r++) {
                ReplicationResult one = Simulation.replicate(s, p, 11, r);
                List<Overload.Warning> w = Overload.warnings(p.name(), List.of(one));
                assertTrue(w.isEmpty(), p.name() + " replication " + r + ": " + w);
            }
        }
    }
}
