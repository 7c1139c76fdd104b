package org.ordercycle.experiment.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.engine.Streams;
import org.ordercycle.experiment.LatinHypercube;
import umontreal.ssj.rng.RandomStream;

/**
 * A synthetic response with a known box is recovered: 1000 Latin hypercube points of the unit
 * cube, y = 1 inside [0.2, 0.6] x [0.5, 1] x [0, 1] and 0 outside, each y flipped with
 * probability 0.05 (noise). The box holds 20% of the cube.
 */
class KnownBoxTest {
    private static final int N = 1000;
    private static final double[][] X;
    private static final double[] Y = new double[N];

    static {
        RandomStream s = new Streams(11, 0, List.of("box")).get("box");
        X = LatinHypercube.sample(N, 3, s);
        for (int i = 0; i < N; i++) {
            boolean in = X[i][0] >= 0.2 && X[i][0] <= 0.6 && X[i][1] >= 0.5;
            boolean flip = s.nextDouble() < 0.05;
            Y[i] = in ^ flip ? 1 : 0;
        }
    }

    /**
     * PRIM (alpha 0.05, boxes down to 5% of the points), box chosen at the knee: its limits lie
     * within 0.05 of the true edges, x3 is left (nearly) whole, and coverage and density are near
     * their values for the true box (density 0.95 with 5% flips, coverage about
     * 0.95 x 0.2 / (0.95 x 0.2 + 0.05 x 0.8) = 0.83 of all y = 1).
     */
    @Test
    void primKneeRecoversTheBox() {
        List<Prim.Box> trajectory = Prim.peel(X, Y, Prim.ALPHA, 0.05);
        assertTheBox(Prim.knee(trajectory));
        // the trajectory starts at the whole data, coverage 1, and coverage never rises along it
        assertEquals(1.0, trajectory.get(0).coverage(), 1e-12);
        assertEquals(1.0, trajectory.get(0).mass(), 1e-12);
        for (int i = 1; i < trajectory.size(); i++) {
            assertTrue(trajectory.get(i).coverage() <= trajectory.get(i - 1).coverage() + 1e-12, "coverage falls");
            assertTrue(trajectory.get(i).mass() >= 0.05, "stops at the minimum mass");
        }
    }

    /**
     * At a density threshold of 0.9, the most-covering box reaching it is the true box too; at
     * 0.8 PRIM stops peeling x2 early (density already 0.82 at x2 >= 0.43), which is why the
     * threshold is a stated choice.
     */
    @Test
    void primThresholdBoxAtNinetyPercentIsTheTrueBox() {
        List<Prim.Box> trajectory = Prim.peel(X, Y, Prim.ALPHA, 0.05);
        assertTheBox(Prim.choose(trajectory, 0.9));
        assertTrue(Prim.choose(trajectory, 0.8).low()[1] < 0.45);
    }

    private static void assertTheBox(Prim.Box box) {
        assertEquals(0.2, box.low()[0], 0.05, "x1 low");
        assertEquals(0.6, box.high()[0], 0.05, "x1 high");
        assertEquals(0.5, box.low()[1], 0.05, "x2 low");
        assertEquals(1.0, box.high()[1], 0.05, "x2 high");
        assertTrue(box.low()[2] < 0.1 && box.high()[2] > 0.9, "x3 hardly restricted: " + box.low()[2] + ".."
                + box.high()[2]);
        assertTrue(box.density() >= 0.8 && box.density() <= 1.0, "density " + box.density());
        assertEquals(0.83, box.coverage(), 0.1, "coverage");
    }

    /** CART (Gini, depth <= 3, at least 20 points per leaf): splits near the box's edges, and one rule near the box. */
    @Test
    void treeSplitsNearTheEdges() {
        ClassificationTree tree = ClassificationTree.grow(X, Y, 3, 20);
        List<ClassificationTree.Node> splits = tree.splits();
        boolean x1Low = false;
        boolean x1High = false;
        boolean x2Low = false;
        for (ClassificationTree.Node n : splits) {
            x1Low |= n.dimension() == 0 && Math.abs(n.threshold() - 0.2) < 0.05;
            x1High |= n.dimension() == 0 && Math.abs(n.threshold() - 0.6) < 0.05;
            x2Low |= n.dimension() == 1 && Math.abs(n.threshold() - 0.5) < 0.05;
        }
        assertTrue(x1Low && x1High && x2Low, "splits " + splits);
        List<ClassificationTree.Rule> rules = tree.rules();
        assertTrue(rules.stream().anyMatch(r -> Math.abs(r.low()[0] - 0.2) < 0.05 && Math.abs(r.high()[0] - 0.6) < 0.05
                && Math.abs(r.low()[1] - 0.5) < 0.05 && r.share() > 0.8), "rules");
    }

    @Test
    void treeOfOneClassIsALeaf() {
        ClassificationTree tree = ClassificationTree.grow(X, new double[N], 3, 20);
        assertTrue(tree.root().leaf());
        assertTrue(tree.rules().isEmpty());
    }
}
