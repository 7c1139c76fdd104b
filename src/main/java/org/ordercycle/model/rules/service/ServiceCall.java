package org.ordercycle.model.rules.service;

/**
 * Whether a delivered order leads to a service call, and how the first visit is prepared.
 *
 * @param visitNeeded true when the customer will call for a service visit
 * @param briefed     true when sales briefs the technician on the customer's context before the first visit
 */
public record ServiceCall(boolean visitNeeded, boolean briefed) {

    /** A sentence for traces and the workshop; built only when asked. */
    public String reason() {
        if (!visitNeeded) {
            return "the customer needs no service visit";
        }
        return briefed ? "customer calls for service; sales briefs the technician on the customer's context"
                : "customer calls for service; the technician goes without the customer's context";
    }
}
