package org.ordercycle.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The M/M/3 queue of the validation scenario in SimPy (the script {@value #SCRIPT}, shipped in
 * the jar), run by {@value #PYTHON} as a child process: the rate of target (d). Debian's package
 * {@code python3-simpy3} installs SimPy for that interpreter.
 */
final class SimPyQueue {
    static final String SCRIPT = "/org/ordercycle/bench/mm3_simpy.py";
    static final String PYTHON = "/usr/bin/python3";
    /** The script's exit code when simpy cannot be imported. */
    private static final int NO_SIMPY = 3;

    /** Customers per CPU second of the interpreter, or why it could not be measured. */
    record Rate(double customersPerCpuSecond, String whyNot) {
    }

    private SimPyQueue() {
    }

    /** Serves {@code customers} customers in SimPy; the rate per CPU second the script measured itself. */
    static Rate run(long customers) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return new Rate(Double.NaN, PYTHON + " not found (SimPy runs on Debian's python3 with python3-simpy3)");
        }
        Path script = Files.createTempFile("ordercycle-mm3-", ".py");
        try {
            try (InputStream in = SimPyQueue.class.getResourceAsStream(SCRIPT)) {
                if (in == null) {
                    throw new IOException("the jar holds no " + SCRIPT);
                }
                Files.write(script, in.readAllBytes());
            }
            Process p = new ProcessBuilder(List.of(PYTHON, script.toString(), Long.toString(customers), "1"))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int code = p.waitFor();
            if (code == NO_SIMPY) {
                return new Rate(Double.NaN, "simpy cannot be imported by " + PYTHON
                        + " (apt-get install python3-simpy3)");
            }
            if (code != 0) {
                throw new IOException("the SimPy queue failed (exit " + code + "): " + out);
            }
            String[] lines = out.split("\\R");
            String[] fields = lines[lines.length - 1].trim().split("\\s+");
            return new Rate(Double.parseDouble(fields[0]) / Double.parseDouble(fields[1]), "");
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
