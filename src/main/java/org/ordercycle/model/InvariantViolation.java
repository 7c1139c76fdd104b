package org.ordercycle.model;

/** The books of a replication do not balance: a bug in the model, never a user error. */
public final class InvariantViolation extends IllegalStateException {
    public InvariantViolation(String message) {
        super(message);
    }
}
