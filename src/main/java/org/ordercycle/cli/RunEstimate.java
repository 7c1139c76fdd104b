package org.ordercycle.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ordercycle.experiment.SweepResult;
import org.ordercycle.experiment.Warmup;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.scenario.Segment;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A rough, slightly pessimistic estimate of what a command will simulate, checked before it
 * starts: orders ≈ (sum of the segments' {@code leadsPerDay}) × (warm-up + horizon days) per run,
 * times the number of runs (replications × policies × design points). The time assumes
 * {@link #ORDERS_PER_SECOND} orders per second on each thread that has a run to do. With
 * {@code warmupDays: auto} the warm-up counts as half the horizon (MSER-5 never truncates more)
 * and the pilot runs are added. Immutable.
 *
 * @param orders  orders to simulate
 * @param runs    replications to simulate, pilot runs included
 * @param threads threads that share them
 */
record RunEstimate(double orders, long runs, int threads) {

    /**
     * A conservative simulation speed, in orders per second per thread, calibrated on a measured
     * run ({@link #MEASURED_ORDERS_PER_SECOND}) with a safety margin of {@link #SAFETY_MARGIN}.
     */
    static final double ORDERS_PER_SECOND = 290_000;
    /**
     * Orders per second per thread measured on the full lever attribution of the baseline (4,096
     * policies, 5 replications each, 765,952,000 orders as this estimate counts them) on two
     * cores: 969 seconds with version 0.5.0 and the launcher's options of December 2026, report
     * included (docs/performance.md, "The refusal estimate").
     */
    static final double MEASURED_ORDERS_PER_SECOND = 765_952_000 / (2 * 969.0);
    /**
     * How much slower than measured the estimate assumes the machine to be: busy neighbours and a
     * cold start slow a run, and refusing a run that would have fit is cheaper than not refusing
     * one that runs for hours. The estimate stays within 1.5 times the measured time.
     */
    static final double SAFETY_MARGIN = MEASURED_ORDERS_PER_SECOND / ORDERS_PER_SECOND;
    /** Above this estimate, in seconds, a command refuses to start without {@code --force}. */
    static final double LIMIT_SECONDS = 600;

    /** Nothing to simulate yet; add runs with {@link #plus}. */
    static RunEstimate none(int threads) {
        return new RunEstimate(0, 0, threads);
    }

    /**
     * This estimate plus every point of a design over the scenario file, each run {@code replications}
     * times under each of {@code policies} policies.
     */
    RunEstimate plusDesign(Path scenarioFile, List<SweepResult.Point> design, int replications, int policies)
            throws ScenarioException {
        RunEstimate e = this;
        for (SweepResult.Point p : design) {
            e = e.plus(ScenarioLoader.load(scenarioFile, p.values()), (long) replications * policies, policies);
        }
        return e;
    }

    /** This estimate plus {@code runs} replications of the scenario, plus its warm-up pilots for {@code policies}. */
    RunEstimate plus(Scenario scenario, long runs, int policies) {
        double perDay = scenario.segments().stream().mapToDouble(Segment::leadsPerDay).sum();
        double warmup = scenario.autoWarmup() ? scenario.horizonDays() / 2 : scenario.warmupDays();
        double more = perDay * (warmup + scenario.horizonDays()) * runs;
        long pilots = 0;
        if (scenario.autoWarmup()) {
            pilots = (long) Warmup.PILOTS * policies;
            more += perDay * scenario.horizonDays() * pilots;
        }
        return new RunEstimate(orders + more, this.runs + runs + pilots, threads);
    }

    /** Estimated wall-clock seconds: a run is not split between threads, so idle threads do not count. */
    double seconds() {
        long busy = Math.max(1, Math.min(threads, runs));
        return orders / (ORDERS_PER_SECOND * busy);
    }

    /** True when the estimate is above the limit. */
    boolean tooLong() {
        return seconds() > LIMIT_SECONDS;
    }

    /** E.g. {@code about 109,590,000 simulated orders, about 6 minutes on 1 thread at 290,000 orders/s}. */
    String describe() {
        long busy = Math.max(1, Math.min(threads, runs));
        return String.format(Locale.ROOT, "about %,.0f simulated orders in %,d run%s, about %s on %d thread%s "
                        + "at a conservative %,.0f orders per second per thread", orders, runs, runs == 1 ? "" : "s",
                duration(seconds()), busy, busy == 1 ? "" : "s", ORDERS_PER_SECOND);
    }

    /**
     * Refuses to start (a bad-option error, exit 2) when the estimate is above the limit and
     * {@code force} is false; the message gives the estimate and how to go ahead.
     */
    void check(CommandLine cli, boolean force) {
        if (force || !tooLong()) {
            return;
        }
        throw new ParameterException(cli, "This would take too long to start without confirmation: "
                + describe() + " (the limit is " + duration(LIMIT_SECONDS) + "). Lower --replications, the "
                + "scenario's horizonDays or the number of policies or points, or add --force to run it anyway.");
    }

    /** Seconds in words: {@code 45 seconds}, {@code 12 minutes}, {@code 3.5 hours}, {@code 2.1 days}. */
    static String duration(double seconds) {
        if (seconds < 90) {
            return String.format(Locale.ROOT, "%.0f seconds", seconds);
        }
        if (seconds < 90 * 60) {
            return String.format(Locale.ROOT, "%.0f minutes", seconds / 60);
        }
        if (seconds < 48 * 3600) {
            return String.format(Locale.ROOT, "%.1f hours", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%,.1f days", seconds / 86400);
    }
}
