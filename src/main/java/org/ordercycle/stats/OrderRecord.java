package org.ordercycle.stats;

/**
 * One row of {@code orders.csv}: an order's life, written when it reaches a terminal state or
 * when the run ends. Times are simulated days from the start of the run; NaN when not reached.
 *
 * @param stepQueue       days waiting in a department queue, per step (index = Step ordinal)
 * @param stepProcessing  days being worked on (working time only), per step
 * @param stepUnattended  days in hand-offs with no owner, per step
 * @param state           terminal state: delivered, paid, rejected, lost, returned or in_progress
 * @param stepClosed      days of closed hours (nights, weekends) inside jobs already started, per step
 */
public record OrderRecord(long id, String segment, String product, int quantity, double listPrice,
                          double agreedPrice, double invoicedQuantity, double invoicedPrice, String invoiceErrors,
                          double placedAt, double promisedAt, double deliveredAt, double paidAt,
                          double[] stepQueue, double[] stepProcessing, double[] stepUnattended,
                          double unattended, String state, double[] stepClosed) {

    /** A record without closed time in any step (every job ran in one stretch of working time). */
    public OrderRecord(long id, String segment, String product, int quantity, double listPrice, double agreedPrice,
                       double invoicedQuantity, double invoicedPrice, String invoiceErrors, double placedAt,
                       double promisedAt, double deliveredAt, double paidAt, double[] stepQueue,
                       double[] stepProcessing, double[] stepUnattended, double unattended, String state) {
        this(id, segment, product, quantity, listPrice, agreedPrice, invoicedQuantity, invoicedPrice, invoiceErrors,
                placedAt, promisedAt, deliveredAt, paidAt, stepQueue, stepProcessing, stepUnattended, unattended, state,
                new double[stepQueue.length]);
    }
}
