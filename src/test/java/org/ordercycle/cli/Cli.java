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

    /** The classroom scenario cut to 60 days after a 10-day warm-up, written into {@code dir}: quick experiments. */
    static java.nio.file.Path shortClassroom(java.nio.file.Path dir) throws java.io.IOException {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("scenarios/classroom.yaml"))
                .replaceFirst("(?m)^horizonDays: 365", "horizonDays: 60")
                .replaceFirst("(?m)^warmupDays: 30", "warmupDays: 10");
        if (!text.contains("horizonDays: 60") || !text.contains("warmupDays: 10")) {
            throw new IllegalStateException("scenarios/classroom.yaml no longer has the horizon and warm-up this cuts");
        }
        java.nio.file.Path file = dir.resolve("short.yaml");
        java.nio.file.Files.writeString(file, text);
        return file;
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
