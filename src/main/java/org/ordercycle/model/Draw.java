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
final class Draw {
    static final int PRODUCT = 0;
    static final int SIZE = 1;
    static final int REQUESTED_LEAD_TIME = 2;
    static final int QUOTE_ACCEPT = 3;
    static final int PROMISE_ACCEPT = 4;
    static final int FLEXIBLE = 5;
    static final int SPECIAL_DISCOUNT = 6;
    static final int SALES_TIME = 7;
    static final int ENTRY_TIME = 8;
    static final int REKEY_TIME = 9;
    /** The error of the first keying of the order. */
    static final int ENTRY_ERROR = 10;
    static final int SELECTION_TIME = 11;
    static final int ESCALATE = 12;
    static final int MARKETING_TIME = 13;
    static final int WAREHOUSE_TIME = 14;
    static final int TRANSIT = 15;
    static final int PREMIUM_TRANSIT = 16;
    static final int BILLING_TIME = 17;
    static final int CHECK_TIME = 18;
    static final int FORMAT_TIME = 19;
    static final int PAYMENT_DAYS = 20;
    static final int FORMAT_DELAY = 21;
    static final int DISPUTE_DELAY = 22;
    static final int DISPUTE_TIME = 23;
    static final int RETURN = 24;
    static final int RETURN_DELAY = 25;
    static final int RETURN_TIME = 26;
    /** Transit of returned goods back from the customer. */
    static final int RETURN_TRANSIT = 27;
    static final int SERVICE_NEED = 28;
    static final int SERVICE_DELAY = 29;
    static final int VISIT_TIME = 30;
    /** Does a visit leave the problem unfixed although the technician has the context? */
    static final int REPEAT = 31;
    static final int BRIEFING_TIME = 32;
    /** Does the first visit reveal a new need of the customer? */
    static final int SERVICE_LEAD = 33;
    static final int INSTALL_TIME = 34;
    static final int SECOND_TRANSIT = 35;
    static final int FORMAT_STRICT = 36;
    static final int CHECK_MISS = 37;
    /** Uniforms drawn from the attribute stream. */
    static final int COUNT = 38;

    /** Errors of the second and third keying of a re-keyed order (the first is {@link #ENTRY_ERROR}). */
    static final int SECOND_KEYING_ERROR = 38;
    static final int THIRD_KEYING_ERROR = 39;
    /** Does a visit without context leave the problem unfixed for lack of it? */
    static final int CONTEXT_UNFIXED = 40;
    static final int DIAGNOSIS_TIME = 41;
    /** Does the second visit reveal a new need of the customer? */
    static final int SECOND_SERVICE_LEAD = 42;
    static final int REFUND_TIME = 43;
    /** Uniforms drawn per lead in all: {@link #COUNT} from the attribute stream, the rest from the details stream. */
    static final int TOTAL = 44;

    /** The uniform deciding the error of keying number {@code k} (0 = first). */
    static final int[] KEYING_ERRORS = {ENTRY_ERROR, SECOND_KEYING_ERROR, THIRD_KEYING_ERROR};

    private static final double GOLDEN = 0.6180339887498949;

    private Draw() {
    }

    /** The k-th uniform derived from u by a golden-ratio rotation (for repeated draws of one source). */
    static double rotate(double u, int k) {
        double v = u + k * GOLDEN;
        v -= Math.floor(v);
        return v <= 0 ? Double.MIN_VALUE : v;
    }
}
