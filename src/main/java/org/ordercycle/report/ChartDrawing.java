package org.ordercycle.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ordercycle.engine.Parallel;
import org.ordercycle.experiment.Progress;
import org.ordercycle.report.chart.ChartFiles;
import org.ordercycle.report.chart.ChartFormat;
import org.ordercycle.report.chart.NamedChart;

/**
 * The charts of one report, each drawn on a small pool as soon as it is handed over, while the
 * page goes on being built. Charts are independent objects, so they can be drawn at the same time;
 * each file is written atomically and depends only on its chart, so the files are the same on any
 * number of threads. The pool also reads tables ahead for the page.
 */
final class ChartDrawing implements AutoCloseable {
    /** More threads than this gain nothing on a dozen charts and only cost memory. */
    static final int MAX_THREADS = 4;

    private final Path dir;
    private final Set<ChartFormat> formats;
    private final ExecutorService pool;
    private final List<NamedChart> charts = new ArrayList<>();
    private final List<Future<?>> drawn = new ArrayList<>();

    /** A drawing into {@code dir} on {@code threads} threads (at most {@link #MAX_THREADS}; 1 draws in the caller). */
    ChartDrawing(Path dir, Set<ChartFormat> formats, int threads) {
        this.dir = dir;
        this.formats = Set.copyOf(formats);
        int n = Math.max(1, Math.min(threads, MAX_THREADS));
        AtomicInteger count = new AtomicInteger();
        this.pool = n == 1 ? null : Executors.newFixedThreadPool(n, task -> {
            Thread t = new Thread(task, "report-" + count.incrementAndGet());
            t.setDaemon(true); // never keeps a failed command alive
            return t;
        });
    }

    /** The pool for other work of the report (reading tables ahead), or null when everything runs in the caller. */
    ExecutorService pool() {
        return pool;
    }

    /** Starts drawing the chart (or, on one thread, draws it now). */
    void draw(NamedChart chart) {
        charts.add(chart);
        if (pool == null) {
            write(chart);
        } else {
            drawn.add(pool.submit(() -> write(chart)));
        }
    }

    /** Waits for every chart, telling {@code progress} as each one (in order) is done; the first failure is thrown. */
    void finish(Progress progress) {
        progress.begin("drawing " + charts.size() + " charts", charts.size());
        try {
            if (pool == null) {
                progress.advance(charts.size());
                return;
            }
            for (Future<?> f : drawn) {
                f.get();
                progress.advance(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the charts", e);
        } catch (ExecutionException e) {
            throw Parallel.rethrown(e);
        } finally {
            progress.end();
        }
    }

    private void write(NamedChart chart) {
        try {
            ChartFiles.write(chart, dir, formats);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + chart.name() + " in " + dir, e);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
