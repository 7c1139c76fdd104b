package org.ordercycle.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarStyle;
import org.ordercycle.experiment.Progress;

/**
 * A {@link Progress} drawn as a text progress bar with the elapsed time and an ETA, one bar per
 * phase of an experiment (warm-up pilot runs, then each batch of replications). Thread safe:
 * {@link #advance} is called from the worker threads; every method is synchronized and the bar
 * itself counts under its own lock.
 */
final class ProgressBars implements Progress {
    private final PrintStream out;
    private ProgressBar bar;

    ProgressBars(PrintStream out) {
        this.out = out;
    }

    /**
     * Bars on an interactive terminal; otherwise, unless {@code quiet}, one plain line per
     * finished stage on {@code err}, so that logs show where the time went.
     */
    static Progress forStages(java.io.PrintWriter err, boolean quiet) {
        if (quiet) {
            return Progress.NONE;
        }
        return stderrIsTerminal() ? new ProgressBars(System.err) : new StageLines(err);
    }

    /**
     * True when stderr is a terminal. {@link System#console()} looks at stdin and stdout only, so
     * {@code compare --json > out.json} would lose its bar; where {@code /proc} tells what file
     * descriptor 2 is (Linux), that answer is used, elsewhere {@code System.console() != null}.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public synchronized void begin(String label, long total) {
        close();
        bar = ProgressBar.builder()
                .setTaskName(label)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .build();
    }

    @Override
    public synchronized void advance(long done) {
        if (bar != null) {
            bar.stepBy(done);
        }
    }

    @Override
    public synchronized void end() {
        close();
    }

    private void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
