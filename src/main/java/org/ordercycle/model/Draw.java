package org.ordercycle.model;

/**
 * Indices of the uniforms every order draws when its lead arrives, one per source of
 * randomness in its life. Drawing the same fixed number of uniforms per lead, whatever the
 * policy, keeps the streams aligned across policies: the same customer gets the same size,
 * handling times and behaviour under every policy (synchronised common random numbers).
 *
 * <p>The first {@link #COUNT} come from the segment's attribute stream; the ones after it were
 * added later and come from the segment's own details stream, so that adding them did not move
 * the uniforms of the first block.
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
    /** Uniforms drawn from the attribute stream. */
    public static final int COUNT = 38;

    /** Errors of the second and third keying of a re-keyed order (the first is {@link #ENTRY_ERROR}). */
    public static final int SECOND_KEYING_ERROR = 38;
    public static final int THIRD_KEYING_ERROR = 39;
    /** Does a visit without context leave the problem unfixed for lack of it? */
    public static final int CONTEXT_UNFIXED = 40;
    public static final int DIAGNOSIS_TIME = 41;
    /** Does the second visit reveal a new need of the customer? */
    public static final int SECOND_SERVICE_LEAD = 42;
    public static final int REFUND_TIME = 43;
    /** Uniforms drawn per lead in all: {@link #COUNT} from the attribute stream, the rest from the details stream. */
    public static final int TOTAL = 44;

    private static final double GOLDEN = 0.6180339887498949;

    private Draw() {
    }

    /** The k-th uniform derived from u by a golden-ratio rotation (for repeated draws of one source). */
    public static double rotate(double u, int k) {
        double v = u + k * GOLDEN;
        v -= Math.floor(v);
        return v <= 0 ? Double.MIN_VALUE : v;
    }
}
