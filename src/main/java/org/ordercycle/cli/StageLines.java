package org.ordercycle.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.ordercycle.experiment.Progress;

/**
 * A {@link Progress} for logs and pipes: one plain line per finished stage ("replications 1-30: done in
 * 4.2 s"), no control characters. Thread safe: worker threads call {@link #advance}.
 */
final class StageLines implements Progress {
    private final PrintWriter out;
    private String label;
    private long done;
    private long total;
    private long started;

    StageLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void begin(String label, long total) {
        end();
        this.label = label;
        this.done = 0;
        this.total = total;
        this.started = System.nanoTime();
    }

    @Override
    public synchronized void advance(long more) {
        done += more;
    }

    @Override
    public synchronized void end() {
        if (label != null) {
            double seconds = (System.nanoTime() - started) / 1e9;
            String count = done == total ? "done" : done + " of " + total + " done";
            out.printf(Locale.ROOT, "  %s: %s in %.1f s%n", label, count, seconds);
            out.flush();
            label = null;
        }
    }
}
