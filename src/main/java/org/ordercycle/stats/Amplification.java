package org.ordercycle.stats;

/**
 * Variance amplification of orders against demand, at a chosen aggregation: Var(orders summed over
 * each block of periods) / Var(demand summed over the same blocks). Bray and Mendelson (2012,
 * Management Science 58(5)) measure it on quarterly accounts, where the median firm's production
 * varies about 6.7% more than its demand; weekly orders amplify more than the same orders summed by
 * quarter, because a week's over-order is partly taken back the next week. Pure and thread-safe.
 */
public final class Amplification {
    /** A quarter of 13 weeks, as in quarterly accounts. */
    public static final double QUARTER_DAYS = 91;
    /**
     * Fewest whole quarters for a quarterly ratio: with fewer, each variance rests on three degrees of
     * freedom or less and one replication's ratio means little (with 8 quarters a single ratio still
     * spans about 0.2 to 5 times its expected value at 95%, F(7, 7)).
     */
    public static final int MIN_QUARTERS = 8;

    private Amplification() {
    }

    /** Planning periods in a quarter, at least one: 13 for a weekly plan. */
    public static int periodsPerQuarter(double periodDays) {
        return Math.max(1, (int) Math.round(QUARTER_DAYS / periodDays));
    }

    /**
     * Var(orders) / Var(demand) after summing both series over consecutive blocks of
     * {@code periodsPerBlock} periods from the first; a trailing incomplete block is left out.
     * NaN when fewer than {@code minBlocks} whole blocks (at least 2) or when demand does not vary.
     *
     * @param demand units demanded per period
     * @param orders units ordered per period, same periods
     */
    public static double ratio(double[] demand, double[] orders, int periodsPerBlock, int minBlocks) {
        if (demand.length != orders.length) {
            throw new IllegalArgumentException("demand and orders must cover the same periods: " + demand.length
                    + " and " + orders.length);
        }
        if (periodsPerBlock < 1) {
            throw new IllegalArgumentException("periodsPerBlock must be >= 1, was " + periodsPerBlock);
        }
        int blocks = demand.length / periodsPerBlock;
        if (blocks < Math.max(2, minBlocks)) {
            return Double.NaN;
        }
        double[] d = new double[blocks];
        double[] q = new double[blocks];
        for (int i = 0; i < blocks * periodsPerBlock; i++) {
            d[i / periodsPerBlock] += demand[i];
            q[i / periodsPerBlock] += orders[i];
        }
        double demandVariance = variance(d);
        return demandVariance > 0 ? variance(q) / demandVariance : Double.NaN;
    }

    private static double variance(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double sum = 0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (x.length - 1);
    }
}
