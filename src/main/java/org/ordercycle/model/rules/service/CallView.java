package org.ordercycle.model.rules.service;

/**
 * What is known of a delivered order's need for service.
 *
 * @param needUniform     already-drawn uniform in (0, 1) of the customer's need
 * @param needProbability the customer segment's probability of needing a service visit
 */
public record CallView(double needUniform, double needProbability) {
}
