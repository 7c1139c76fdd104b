package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.ScenarioError;
import org.ordercycle.scenario.ScenarioException;
import tech.tablesaw.api.Table;

/** A 2x2 factorial sweep of the classroom scenario on a short horizon, and sweeps that must fail before running. */
class SweepTest {
    private static final Path CLASSROOM = Path.of("scenarios/classroom.yaml");
    private static final String INFLATION = "steps.planning.inflationMean";
    private static final String SHOPS = "segments[1].leadsPerDay";

    private static Sweep shortSweep() {
        return Sweep.on(CLASSROOM).set("horizonDays", "60").set("warmupDays", "10").replications(2).threads(2);
    }

    @Test
    void aPointThatOverloadsADepartmentIsNamedInTheWarnings() throws Exception {
        // sixty small-shop inquiries a day ask more than the line can make; nine do not
        SweepResult s = shortSweep().param(SHOPS, List.of("9", "60")).run();
        Table w = s.warningsTable();
        assertEquals(List.of("point", "policy", "department", "kind", "utilisation", "queue_first", "queue_last",
                "message"), w.columnNames());
        assertTrue(w.rowCount() > 0, "the busy point is flagged");
        for (int i = 0; i < w.rowCount(); i++) {
            assertEquals("p001", w.stringColumn("point").get(i), w.print());
            assertTrue(w.stringColumn("message").get(i).startsWith("at p001 (" + SHOPS + "=60): "), w.print());
        }
        assertTrue(w.stringColumn("department").asList().contains("line L1"), w.print());
        assertTrue(s.tables().containsKey("warnings.csv"));
    }

    @Test
    void twoByTwoFactorialGivesOneRowPerRunAndValue() throws Exception {
        SweepResult s = shortSweep().param(INFLATION, List.of("0", "0.4")).param(SHOPS, List.of("6", "12")).run();
        assertEquals(List.of("p000", "p001", "p002", "p003"), s.points().stream().map(SweepResult.Point::id).toList());
        assertEquals("0.4", s.points().get(2).values().get(INFLATION), "the first parameter varies slowest");
        assertEquals("12", s.points().get(1).values().get(SHOPS));

        int keys = s.results("p000", Policy.SILOED).get(0).values().size();
        Table results = s.results();
        assertEquals(4 * 2 * 2 * keys, results.rowCount());
        assertEquals(List.of("scenario", "point", INFLATION, SHOPS, "policy", "replication", "measure", "segment",
                "value"), results.columnNames());
        Table summary = s.summary();
        assertEquals(4 * 2 * keys, summary.rowCount());
        assertEquals(List.of("point", INFLATION, SHOPS, "policy", "measure", "segment", "n", "mean", "sd", "ci_low",
                "ci_high"), summary.columnNames());
        assertEquals(0.4, results.doubleColumn(INFLATION).max(), 0, "numeric parameters are numeric columns");

        // the points differ: more small-shop leads means more orders; inflation moves the siloed plan's cost
        double fewShops = s.estimate("p000", Policy.SILOED, "orders_entered").mean();
        double manyShops = s.estimate("p001", Policy.SILOED, "orders_entered").mean();
        assertTrue(manyShops > fewShops * 1.3, fewShops + " vs " + manyShops);
        assertNotEquals(s.estimate("p000", Policy.SILOED, "total_cost").mean(),
                s.estimate("p002", Policy.SILOED, "total_cost").mean());
        assertEquals(2, s.estimate("p003", Policy.JOINT, "lead_time_mean").n());
        assertEquals(10, s.warmup("p000").days());
    }

    @Test
    void aRecordedDesignRunsAgainToTheSameTables() throws Exception {
        SweepResult first = shortSweep().range(INFLATION, 0, 0.5).samples(3).seed(4).run();
        SweepResult again = shortSweep().seed(4).points(first.parameters(), first.points()).run();
        assertEquals(first.points(), again.points());
        assertEquals(first.results().toString(), again.results().toString());
        assertEquals(first.summary().toString(), again.summary().toString());
        assertThrows(IllegalArgumentException.class, () -> shortSweep().points(first.parameters(), first.points())
                .param(SHOPS, List.of("6")), "a recorded design and parameters do not mix");
        assertThrows(IllegalArgumentException.class, () -> shortSweep().points(List.of(SHOPS), first.points()),
                "the points must set the parameters named");
    }

    @Test
    void badPathFailsWithTheLoadersErrorBeforeAnyRun() {
        AtomicLong started = new AtomicLong();
        Sweep sweep = shortSweep().progress(counting(started))
                .param(INFLATION, List.of("0", "0.4")).param("steps.planning.inflationMaen", List.of("1"));
        ScenarioException e = assertThrows(ScenarioException.class, sweep::run);
        ScenarioError err = e.errors().get(0);
        assertEquals("--param", err.file());
        assertEquals("steps.planning.inflationMaen", err.path());
        assertTrue(err.message().startsWith("names nothing"), err.message());
        assertEquals(0, started.get(), "nothing ran");
    }

    @Test
    void badValueFailsWithTheLoadersErrorBeforeAnyRun() {
        AtomicLong started = new AtomicLong();
        Sweep sweep = shortSweep().progress(counting(started)).param(INFLATION, List.of("0", "lots"));
        ScenarioException e = assertThrows(ScenarioException.class, sweep::run);
        assertEquals(INFLATION, e.errors().get(0).path());
        assertTrue(e.errors().get(0).message().contains("must be a number"), e.errors().get(0).message());
        assertEquals(0, started.get());
    }

    @Test
    void misuseIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Sweep.on(CLASSROOM).design());
        assertThrows(IllegalArgumentException.class, () -> Sweep.on(CLASSROOM).range(INFLATION, 0, 1).design());
        assertThrows(IllegalArgumentException.class, () -> Sweep.on(CLASSROOM).param(INFLATION, List.of("0"))
                .param(INFLATION, List.of("1")));
        assertThrows(IllegalArgumentException.class, () -> Sweep.on(CLASSROOM).range(INFLATION, 1, 0));
    }

    /** Crossing: 2 listed values x 3 samples = 6 points, the same samples under each listed value. */
    @Test
    void listsAndRangesAreCrossed() throws Exception {
        List<SweepResult.Point> points = Sweep.on(CLASSROOM).param(SHOPS, List.of("6", "12"))
                .range(INFLATION, 0, 0.5).samples(3).design();
        assertEquals(6, points.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(points.get(i).values().get(INFLATION), points.get(i + 3).values().get(INFLATION));
            assertEquals("6", points.get(i).values().get(SHOPS));
        }
    }

    private static Progress counting(AtomicLong started) {
        return new Progress() {
            @Override
            public void begin(String label, long total) {
            }

            @Override
            public void advance(long done) {
                started.addAndGet(done);
            }

            @Override
            public void end() {
            }
        };
    }
}
