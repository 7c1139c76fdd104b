package org.ordercycle.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

/** {@link FastMrg32k3a} draws SSJ's {@link MRG32k3a} numbers bit for bit. */
class FastMrg32k3aTest {

    /** Two SSJ streams in the same state: one to wrap, one to compare with. */
    private static MRG32k3a[] twins(long[] seed) {
        synchronized (MRG32k3a.class) {
            MRG32k3a.setPackageSeed(seed);
            MRG32k3a a = new MRG32k3a();
            MRG32k3a.setPackageSeed(seed);
            MRG32k3a b = new MRG32k3a();
            return new MRG32k3a[] {a, b};
        }
    }

    @Test
    void millionsOfDrawsAreTheSameAsSsj() {
        long[][] seeds = {{12345, 12345, 12345, 12345, 12345, 12345}, {1, 0, 0, 1, 0, 0},
                {4294967086L, 4294967086L, 4294967086L, 4294944442L, 4294944442L, 4294944442L}, Streams.packageSeed(7),
                Streams.packageSeed(-123456789L)};
        for (long[] seed : seeds) {
            MRG32k3a[] t = twins(seed);
            FastMrg32k3a fast = new FastMrg32k3a(t[0]);
            for (int i = 0; i < 1_000_000; i++) {
                assertEquals(Double.doubleToRawLongBits(t[1].nextDouble()), Double.doubleToRawLongBits(fast.nextDouble()),
                        "draw " + i);
            }
            assertArrayEquals(t[1].getState(), fast.getState());
        }
    }

    @Test
    void substreamsAndStartsMoveAsSsj() {
        MRG32k3a[] t = twins(Streams.packageSeed(11));
        MRG32k3a ssj = t[1];
        FastMrg32k3a fast = new FastMrg32k3a(t[0]);
        for (int r = 0; r < 5; r++) {
            for (int i = 0; i < 1000; i++) {
                assertEquals(ssj.nextDouble(), fast.nextDouble(), 0.0);
                assertEquals(ssj.nextInt(3, 17), fast.nextInt(3, 17));
            }
            switch (r % 3) {
                case 0 -> { ssj.resetNextSubstream(); fast.resetNextSubstream(); }
                case 1 -> { ssj.resetStartSubstream(); fast.resetStartSubstream(); }
                default -> { ssj.resetStartStream(); fast.resetStartStream(); }
            }
        }
        double[] a = new double[10];
        double[] b = new double[10];
        ssj.nextArrayOfDouble(a, 2, 7);
        fast.nextArrayOfDouble(b, 2, 7);
        assertArrayEquals(a, b);
        int[] x = new int[10];
        int[] y = new int[10];
        ssj.nextArrayOfInt(0, 100, x, 1, 9);
        fast.nextArrayOfInt(0, 100, y, 1, 9);
        assertArrayEquals(x, y);
        assertThrows(IllegalArgumentException.class, () -> fast.nextInt(2, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> fast.nextArrayOfDouble(b, 5, 6));
    }
}
