package org.ordercycle.model.rules.escalation;

/**
 * What marketing and production know of one order found at risk in the daily review: it waits on
 * its line and the days left before its promise no longer cover its production, the way to the
 * customer and a safety margin.
 *
 * @param importance      importance of the customer's segment
 * @param promisedAt      the promised day
 * @param expeditesUsed   expedites the order's line has granted this planning period
 * @param escalateUniform marketing's own draw for this order (uniform on [0, 1)), used by the siloed rule
 */
public record EscalationView(double importance, double promisedAt, int expeditesUsed, double escalateUniform) {
}
