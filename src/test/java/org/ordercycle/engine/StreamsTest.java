package org.ordercycle.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

class StreamsTest {
    private static final List<String> NAMES = List.of("arrivals/a", "attributes/a", "arrivals/b", "planning");
    private static final int DRAWS = 50;

    /** The first DRAWS numbers of every stream, in name order. */
    private static double[][] draws(Streams s) {
        double[][] out = new double[s.names().size()][DRAWS];
        for (int i = 0; i < out.length; i++) {
            RandomStream r = s.get(s.names().get(i));
            for (int k = 0; k < DRAWS; k++) {
                out[i][k] = r.nextDouble();
            }
        }
        return out;
    }

    @Test
    void sameSeedAndNamesGiveTheSameNumbers() {
        double[][] a = draws(new Streams(42, 0, NAMES));
        // streams created elsewhere in between must not shift the next creation
        new MRG32k3a();
        new Streams(7, 3, List.of("x", "y"));
        double[][] b = draws(new Streams(42, 0, NAMES));
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], 0.0, NAMES.get(i));
        }
        assertEquals(NAMES, new Streams(42, 0, NAMES).names());
    }

    @Test
    void streamsAreDistinct() {
        double[][] a = draws(new Streams(42, 0, NAMES));
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                assertFalse(java.util.Arrays.equals(a[i], a[j]), NAMES.get(i) + " vs " + NAMES.get(j));
            }
        }
    }

    @Test
    void seedsAndReplicationsGiveDifferentNumbers() {
        double[][] r0 = draws(new Streams(42, 0, NAMES));
        double[][] r1 = draws(new Streams(42, 1, NAMES));
        double[][] otherSeed = draws(new Streams(43, 0, NAMES));
        for (int i = 0; i < r0.length; i++) {
            assertFalse(java.util.Arrays.equals(r0[i], r1[i]), "replication 0 vs 1, " + NAMES.get(i));
            assertFalse(java.util.Arrays.equals(r0[i], otherSeed[i]), "seed 42 vs 43, " + NAMES.get(i));
        }
    }

    @Test
    void replicationRIsSubstreamR() {
        Streams base = new Streams(42, 0, NAMES);
        RandomStream s = base.get("planning");
        s.resetNextSubstream();
        s.resetNextSubstream();
        double[] third = new double[DRAWS];
        for (int k = 0; k < DRAWS; k++) {
            third[k] = s.nextDouble();
        }
        assertArrayEquals(third, draws(new Streams(42, 2, NAMES))[3], 0.0);
    }

    @Test
    void creationFromTwoThreadsAtOnceGivesTheSameNumbersAsFromOne() throws Exception {
        int rounds = 200;
        List<double[][]> expected = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            expected.add(draws(new Streams(1000 + i, i % 3, NAMES)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<List<double[][]>>> futures = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<double[][]> got = new ArrayList<>();
                    for (int i = 0; i < rounds; i++) {
                        got.add(draws(new Streams(1000 + i, i % 3, NAMES)));
                    }
                    return got;
                }));
            }
            for (Future<List<double[][]>> f : futures) {
                List<double[][]> got = f.get();
                for (int i = 0; i < rounds; i++) {
                    for (int k = 0; k < NAMES.size(); k++) {
                        assertArrayEquals(expected.get(i)[k], got.get(i)[k], 0.0, "round " + i + " stream " + k);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void packageSeedsAreValidForAnyLong() {
        for (long seed : new long[] {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 42}) {
            long[] s = Streams.packageSeed(seed);
            assertEquals(6, s.length);
            for (int i = 0; i < 6; i++) {
                long m = i < 3 ? 4294967087L : 4294944443L;
                assertTrue(s[i] >= 1 && s[i] < m, "seed " + seed + " component " + i + " = " + s[i]);
            }
        }
        assertFalse(java.util.Arrays.equals(Streams.packageSeed(1), Streams.packageSeed(2)));
    }

    @Test
    void namesMustBeUniqueAndKnown() {
        assertThrows(IllegalArgumentException.class, () -> new Streams(1, 0, List.of("a", "a")));
        Streams s = new Streams(1, 0, List.of("a"));
        assertThrows(IllegalArgumentException.class, () -> s.get("b"));
    }
}
