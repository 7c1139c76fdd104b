package org.ordercycle.model;

/**
 * Indices of an order's uniforms, one per source of randomness in its life. Each lead takes one
 * key from its segment's attribute stream, whatever the policy, and its uniform number {@code i}
 * is a pure function of (key, i) ({@link #uniform}): the same customer gets the same size,
 * handling times and behaviour under every policy (synchronised common random numbers), and an
 * order computes only the uniforms its life uses.
 */
public final class Draw {
    public static final int PRODUCT = 0;
    public static final int SIZE = 1;
    public static final int REQUESTED_LEAD_TIME = 2;
    public static final int QUOTE_ACCEPT = 3;
    public static final int PROMISE_ACCEPT = 4;
    public static final int FLEXIBLE = 5;
    public static final int SPECIAL_DISCOUNT = 6;
    public static final int SALES_TIME = 7;
    public static final int ENTRY_TIME = 8;
    public static final int REKEY_TIME = 9;
    /** The error of the first keying of the order. */
    public static final int ENTRY_ERROR = 10;
    public static final int SELECTION_TIME = 11;
    public static final int ESCALATE = 12;
    public static final int MARKETING_TIME = 13;
    public static final int WAREHOUSE_TIME = 14;
    public static final int TRANSIT = 15;
    public static final int PREMIUM_TRANSIT = 16;
    public static final int BILLING_TIME = 17;
    public static final int CHECK_TIME = 18;
    public static final int FORMAT_TIME = 19;
    public static final int PAYMENT_DAYS = 20;
    public static final int FORMAT_DELAY = 21;
    public static final int DISPUTE_DELAY = 22;
    public static final int DISPUTE_TIME = 23;
    public static final int RETURN = 24;
    public static final int RETURN_DELAY = 25;
    public static final int RETURN_TIME = 26;
    /** Transit of returned goods back from the customer. */
    public static final int RETURN_TRANSIT = 27;
    public static final int SERVICE_NEED = 28;
    public static final int SERVICE_DELAY = 29;
    public static final int VISIT_TIME = 30;
    /** Does a visit leave the problem unfixed although the technician has the context? */
    public static final int REPEAT = 31;
    public static final int BRIEFING_TIME = 32;
    /** Does the first visit reveal a new need of the customer? */
    public static final int SERVICE_LEAD = 33;
    public static final int INSTALL_TIME = 34;
    public static final int SECOND_TRANSIT = 35;
    public static final int FORMAT_STRICT = 36;
    public static final int CHECK_MISS = 37;
    /** Errors of the second and third keying of a re-keyed order (the first is {@link #ENTRY_ERROR}). */
    public static final int SECOND_KEYING_ERROR = 38;
    public static final int THIRD_KEYING_ERROR = 39;
    /** Does a visit without context leave the problem unfixed for lack of it? */
    public static final int CONTEXT_UNFIXED = 40;
    public static final int DIAGNOSIS_TIME = 41;
    /** Does the second visit reveal a new need of the customer? */
    public static final int SECOND_SERVICE_LEAD = 42;
    public static final int REFUND_TIME = 43;
    /** Sources of randomness per order: the repeats of a source ({@link #uniform}) are numbered after them. */
    public static final int TOTAL = 44;

    /** SplitMix64's increment, the odd integer nearest to 2^64 over the golden ratio. */
    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private Draw() {
    }

    /** A lead's key from two uniforms of its segment's attribute stream (32 bits of each). */
    public static long key(double u1, double u2) {
        return (long) (u1 * 0x1p32) << 32 ^ (long) (u2 * 0x1p32);
    }

    /**
     * Uniform number {@code source} of the order with {@code key}, for its {@code repeat}-th use
     * (0 for the first): SplitMix64's output for the counter (key, source, repeat), in (0, 1). Its
     * 64-bit mixing function passes BigCrush as a sequence generator (Steele, Lea and Flood 2014,
     * "Fast splittable pseudorandom number generators", OOPSLA); here each order is the start of
     * its own sequence, as in counter-based generators (Salmon et al. 2011, "Parallel random
     * numbers: as easy as 1, 2, 3", SC11).
     */
    public static double uniform(long key, int source, int repeat) {
        long z = key + ((long) repeat * TOTAL + source + 1) * GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return ((z >>> 11) + 0.5) * 0x1p-53;
    }
}
