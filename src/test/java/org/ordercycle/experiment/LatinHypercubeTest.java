package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Latin hypercube: one point per stratum in every dimension, values in range, reproducible from the seed. */
class LatinHypercubeTest {

    private static final Path CLASSROOM = Path.of("scenarios/classroom.yaml");

    @Test
    void everyStratumOfEveryDimensionIsHitExactlyOnce() {
        for (int n : new int[] {1, 2, 7, 50}) {
            double[][] u = LatinHypercube.sample(n, 4, LatinHypercube.stream(42));
            assertEquals(n, u.length);
            for (int j = 0; j < 4; j++) {
                int[] hits = new int[n];
                for (double[] point : u) {
                    assertTrue(point[j] >= 0 && point[j] < 1, "in [0,1): " + point[j]);
                    hits[LatinHypercube.stratum(point[j], n)]++;
                }
                int[] once = new int[n];
                Arrays.fill(once, 1);
                assertArrayEquals(once, hits, "n=" + n + " dimension " + j);
            }
        }
    }

    @Test
    void sameSeedSameDesignOtherSeedOtherDesign() {
        double[][] a = LatinHypercube.sample(20, 3, LatinHypercube.stream(7));
        double[][] b = LatinHypercube.sample(20, 3, LatinHypercube.stream(7));
        double[][] c = LatinHypercube.sample(20, 3, LatinHypercube.stream(8));
        assertTrue(Arrays.deepEquals(a, b));
        assertFalse(Arrays.deepEquals(a, c));
    }

    /** Through a sweep: N values within [lo, hi], one per stratum of [lo, hi], the same for the same seed. */
    @Test
    void sweepRangeValuesAreStratifiedWithinTheRange() throws Exception {
        int n = 8;
        List<SweepResult.Point> points = Sweep.on(CLASSROOM).range("steps.planning.inflationMean", 0.1, 0.5)
                .range("steps.planning.inflationSd", 0, 0.2).samples(n).seed(3).design();
        assertEquals(n, points.size());
        int[] hits = new int[n];
        for (SweepResult.Point p : points) {
            double v = Double.parseDouble(p.values().get("steps.planning.inflationMean"));
            assertTrue(v >= 0.1 && v <= 0.5, "within the range: " + v);
            hits[LatinHypercube.stratum((v - 0.1) / 0.4, n)]++;
        }
        int[] once = new int[n];
        Arrays.fill(once, 1);
        assertArrayEquals(once, hits);
        assertEquals(points, Sweep.on(CLASSROOM).range("steps.planning.inflationMean", 0.1, 0.5)
                .range("steps.planning.inflationSd", 0, 0.2).samples(n).seed(3).design());
        assertEquals("p000", points.get(0).id());
    }

    /** A whole-number field gets whole numbers: 4 samples of 1..4 are a permutation of 1, 2, 3, 4. */
    @Test
    void wholeNumberFieldGetsWholeNumbers() throws Exception {
        List<SweepResult.Point> points = Sweep.on(CLASSROOM).range("departments.sales.staff", 1, 4).samples(4)
                .design();
        List<String> values = new ArrayList<>();
        points.forEach(p -> values.add(p.values().get("departments.sales.staff")));
        assertEquals(List.of("1", "2", "3", "4"), values.stream().sorted().toList());
        assertEquals(Map.of("departments.sales.staff", values.get(0)), points.get(0).values());
    }
}
