package org.ordercycle.model.rules.service;

/**
 * What is known when a service visit ends.
 *
 * @param attempt        0 for the first visit, 1 for the second (the last)
 * @param context        true when the technician had the customer's context
 * @param unfixedUniform already-drawn uniform in (0, 1): does the problem resist even with the context?
 * @param contextUniform already-drawn uniform in (0, 1): does the missing context leave it unfixed?
 * @param needUniform    already-drawn uniform in (0, 1) of this visit: does it reveal a new need?
 */
public record VisitView(int attempt, boolean context, double unfixedUniform, double contextUniform,
                        double needUniform) {
}
