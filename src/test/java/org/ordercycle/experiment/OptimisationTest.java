package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Measure;

/** Optimisation of the classroom scenario on a short horizon: thread invariance and the stages' bookkeeping. */
class OptimisationTest {
    private static final Path CLASSROOM = Path.of("scenarios/classroom.yaml");

    private static Optimisation shortRun(int threads) {
        return Optimisation.on(CLASSROOM).set("horizonDays", "60").set("warmupDays", "10")
                .levers(List.of(Lever.SHARED_ENTRY, Lever.STOCK_INFO, Lever.BILLING_CHECK))
                .maxCandidates(9).firstReplications(2).finalists(2).confirmations(3)
                .seed(4).threads(threads);
    }

    @Test
    void sameSeedSameAnswerOnOneAndTwoThreads() throws Exception {
        OptimisationResult one = shortRun(1).run();
        OptimisationResult two = shortRun(2).run();
        assertEquals(one.winner(), two.winner());
        assertEquals(one.halvingTable().toString(), two.halvingTable().toString());
        assertEquals(one.confirmationTable().toString(), two.confirmationTable().toString());
        // 3 levers: 8 combinations, siloed and joint among the candidates
        assertEquals(9, one.candidates().size(), "siloed, joint and the 8 combinations less siloed's");
        assertEquals(List.of(9, 5, 3), one.halving().rounds().stream().map(r -> r.candidates().length).toList(),
                "the better half, rounded up, survives each round down to the 2 finalists");
    }

    /** The confirmation runs on replication indices after every earlier stage, and its differences are paired. */
    @Test
    void confirmationIsFreshAndPaired() throws Exception {
        OptimisationResult r = shortRun(2).run();
        int screened = r.halving().rounds().get(r.halving().rounds().size() - 1).replications();
        assertTrue(r.confirmFrom() >= screened, "confirmation from " + r.confirmFrom() + ", screening up to "
                + screened);
        r.confirmation().forEach(x -> assertTrue(x.replication() >= r.confirmFrom()));
        double[] a = r.confirmed(0, Measure.PROFIT);
        double[] b = r.confirmed(1, Measure.PROFIT);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] - b[i];
        }
        assertEquals(sum / a.length, r.difference(1, Measure.PROFIT).mean(), 1e-6);
    }

    /** A budget no candidate can meet is an error naming the measure and the lowest mean seen. */
    @Test
    void anImpossibleBudgetFailsClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> shortRun(2).budget(Measure.TOTAL_COST, -1).run());
        assertTrue(e.getMessage().contains("total_cost"), e.getMessage());
    }

    /** CMA-ES under the selected policy spends its evaluations and keeps the tuned value in its range. */
    @Test
    void continuousSearchTunesAParameterWithinItsRange() throws Exception {
        OptimisationResult r = shortRun(2).levers(List.of(Lever.STOCK_INFO)).search(12, 2)
                .range("steps.planning.inflationMean", 0, 0.4).run();
        assertEquals(12, r.search().evaluations().size(), "12 evaluations");
        double v = Double.parseDouble(r.tuned().get("steps.planning.inflationMean"));
        assertTrue(v >= 0 && v <= 0.4, "tuned value " + v);
        assertTrue(r.winner().equals(Policy.SILOED) || r.candidates().contains(r.winner()));
    }
}
