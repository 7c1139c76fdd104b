package org.ordercycle.cli;

/** A problem with what the user asked for, found after parsing (e.g. an order that does not exist). Exit code 2. */
final class UserError extends Exception {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
