package org.ordercycle.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures its outputs. */
final class Cli {

    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static {
        // default report folders of in-process runs go to a temporary folder, not the project's reports/
        try {
            java.nio.file.Path reports = java.nio.file.Files.createTempDirectory("ordercycle-reports");
            reports.toFile().deleteOnExit();
            System.setProperty(ExperimentFolder.REPORTS_PROPERTY, reports.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
