package org.ordercycle.engine;

import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

/**
 * SSJ's MRG32k3a generator (L'Ecuyer 1999) with the recurrence in integer arithmetic: the same
 * numbers as the {@link MRG32k3a} stream it is made from, bit for bit, at a fraction of the cost
 * (SSJ computes each step with two floating-point divisions; here the JIT turns the constant
 * moduli into multiplications). Every lead draws 38 uniforms, so this matters.
 *
 * <p>Why the numbers are the same: SSJ computes {@code p = a * x - b * y} exactly in doubles (all
 * terms are integers below 2^53), then reduces it modulo m, which leaves the unique value in
 * [0, m) whatever way the quotient is rounded; {@code %} on longs and one correction give that
 * value too. The output {@code (p1 - p2) * norm} (plus m1 when negative) is the same exact
 * integer times the same constant. The unit tests compare millions of draws across streams and
 * substreams.
 *
 * <p>The stream and substream starts come from the wrapped SSJ stream: the {@code reset...}
 * methods move it and copy its state. Not thread safe, like SSJ's streams: one per source of
 * randomness of one replication. Antithetic and increased-precision modes are not offered.
 */
public final class FastMrg32k3a implements RandomStream {
    private static final long M1 = 4294967087L;
    private static final long M2 = 4294944443L;
    private static final long A12 = 1403580L;
    private static final long A13N = 810728L;
    private static final long A21 = 527612L;
    private static final long A23N = 1370589L;
    private static final double NORM = 2.328306549295727688e-10; // SSJ's norm, 1 / (m1 + 1)

    private final MRG32k3a positions;
    private long s0;
    private long s1;
    private long s2;
    private long s3;
    private long s4;
    private long s5;

    /** A stream that continues {@code source} from its current state; {@code source} keeps the stream's starts. */
    public FastMrg32k3a(MRG32k3a source) {
        this.positions = source;
        load();
    }

    private void load() {
        long[] s = positions.getState();
        s0 = s[0];
        s1 = s[1];
        s2 = s[2];
        s3 = s[3];
        s4 = s[4];
        s5 = s[5];
    }

    @Override
    public double nextDouble() {
        // the signs below are as good as random: masks, not branches, add the moduli back
        long p1 = (A12 * s1 - A13N * s0) % M1;
        p1 += (p1 >> 63) & M1;
        s0 = s1;
        s1 = s2;
        s2 = p1;
        long p2 = (A21 * s5 - A23N * s3) % M2;
        p2 += (p2 >> 63) & M2;
        s3 = s4;
        s4 = s5;
        s5 = p2;
        long d = p1 - p2;
        d += ((d - 1) >> 63) & M1; // SSJ adds m1 when p1 <= p2
        return d * NORM;
    }

    @Override
    public void resetStartStream() {
        positions.resetStartStream();
        load();
    }

    @Override
    public void resetStartSubstream() {
        positions.resetStartSubstream();
        load();
    }

    @Override
    public void resetNextSubstream() {
        positions.resetNextSubstream();
        load();
    }

    @Override
    public void nextArrayOfDouble(double[] u, int start, int n) {
        checkArray(u.length, start, n);
        for (int i = start; i < start + n; i++) {
            u[i] = nextDouble();
        }
    }

    /** As SSJ: {@code i + (int) (nextDouble() * (j - i + 1.0))}. */
    @Override
    public int nextInt(int i, int j) {
        if (i > j) {
            throw new IllegalArgumentException(i + " is larger than " + j + ".");
        }
        return i + (int) (nextDouble() * (j - i + 1.0));
    }

    @Override
    public void nextArrayOfInt(int i, int j, int[] u, int start, int n) {
        checkArray(u.length, start, n);
        for (int k = start; k < start + n; k++) {
            u[k] = nextInt(i, j);
        }
    }

    private static void checkArray(int length, int start, int n) {
        if (start < 0 || n < 0 || length < start + n) {
            throw new IndexOutOfBoundsException("cannot fill " + n + " values from index " + start
                    + " of an array of " + length);
        }
    }

    /** The current state, as {@link MRG32k3a#getState()}. */
    public long[] getState() {
        return new long[] {s0, s1, s2, s3, s4, s5};
    }

    @Override
    public String toString() {
        return "FastMrg32k3a " + java.util.Arrays.toString(getState());
    }
}
