package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** CMA-ES on the unit cube finds the top of a known quadratic; the same seed gives the same search. */
class ContinuousSearchTest {
    /** f(x, y) = -(x - 0.7)^2 - 4 (y - 0.2)^2: maximum 0 at (0.7, 0.2). */
    private static double quadratic(double[] u) {
        return -(u[0] - 0.7) * (u[0] - 0.7) - 4 * (u[1] - 0.2) * (u[1] - 0.2);
    }

    /** Tolerance 0.02 per coordinate: 300 evaluations of CMA-ES on a 2-d quadratic converge far closer. */
    @Test
    void findsTheMaximumOfAQuadraticWithinTolerance() {
        ContinuousSearch.Outcome o = new ContinuousSearch(2, 300, 5).maximise(ContinuousSearchTest::quadratic);
        assertEquals(0.7, o.best()[0], 0.02);
        assertEquals(0.2, o.best()[1], 0.02);
        assertTrue(o.evaluations().size() <= 300 + ContinuousSearch.population(2), "stays near its budget");
    }

    /** A maximum on the boundary (x = 1) is reached: the search stays in the cube. */
    @Test
    void aMaximumOnTheBoundaryIsFound() {
        ContinuousSearch.Outcome o = new ContinuousSearch(1, 100, 2).maximise(u -> u[0]);
        assertEquals(1, o.best()[0], 0.02);
        o.evaluations().forEach(e -> assertTrue(e.unit()[0] >= 0 && e.unit()[0] <= 1));
    }

    @Test
    void sameSeedSameTrace() {
        ContinuousSearch.Outcome a = new ContinuousSearch(2, 60, 9).maximise(ContinuousSearchTest::quadratic);
        ContinuousSearch.Outcome b = new ContinuousSearch(2, 60, 9).maximise(ContinuousSearchTest::quadratic);
        assertEquals(a.evaluations().size(), b.evaluations().size());
        for (int i = 0; i < a.evaluations().size(); i++) {
            assertEquals(a.evaluations().get(i).value(), b.evaluations().get(i).value(), 0);
        }
    }

    @Test
    void tooFewEvaluationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ContinuousSearch(2, 5, 1));
    }
}
