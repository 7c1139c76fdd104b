package org.ordercycle.report;

/** A report folder that cannot be rendered, with a message for the user naming the file. */
public final class ReportException extends Exception {
    public ReportException(String message) {
        super(message);
    }
}
