package org.ordercycle.stats;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one replication: a small immutable value, a pure function of
 * (scenario, policy, seed, replication index). Values are keyed in long format:
 * {@code lead_time_mean} for the whole company, {@code lead_time_mean[key]} for segment
 * {@code key}, and {@code step_time[entry.queue]} for the mean days a delivered order spent
 * in a step ({@code queue}, {@code processing} or {@code unattended}). Queueing statistics for
 * checks against theory: {@code department[order-entry.wait]} (mean days in queue),
 * {@code .sojourn} (days in the department), {@code .arrival_rate} (jobs per day),
 * {@code .in_system} (time-average jobs present), {@code .end_effect} (in_system minus
 * arrival_rate x sojourn as measured from each job's own time in the window: the jobs present at
 * its start or end), and sojourn, arrival_rate and in_system for the whole company under
 * {@code system[...]} (orders placed and not yet ended).
 *
 * @param events          simulation events executed (for benchmarks)
 * @param ordersSimulated orders entered over the whole run, warm-up included
 * @param weeklyLeadTime  mean lead time (days) of the orders delivered in each week from time 0,
 *                        warm-up included, NaN for a week without deliveries: the series on
 *                        which warm-up detection works
 * @param leadTimes       the distribution of the lead times of orders delivered after the warm-up
 * @param journeys        the journeys of the sampled leads (see {@link Journey})
 */
public record ReplicationResult(String scenario, String policy, long seed, int replication,
                                Map<String, Double> values, List<PeriodRecord> periods,
                                long events, long ordersSimulated, List<Double> weeklyLeadTime,
                                LeadTimeHistogram leadTimes, List<Journey> journeys)
        implements Serializable {

    public ReplicationResult {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        periods = List.copyOf(periods);
        weeklyLeadTime = List.copyOf(weeklyLeadTime);
        leadTimes = leadTimes == null ? LeadTimeHistogram.EMPTY : leadTimes;
        journeys = journeys == null ? List.of() : List.copyOf(journeys);
    }

    /** A result without a warm-up series (for tests and tools that build results by hand). */
    public ReplicationResult(String scenario, String policy, long seed, int replication, Map<String, Double> values,
                             List<PeriodRecord> periods, long events, long ordersSimulated) {
        this(scenario, policy, seed, replication, values, periods, events, ordersSimulated, List.of(),
                LeadTimeHistogram.EMPTY, List.of());
    }

    /**
     * This result with its values only: no period series, warm-up series, lead-time distribution or
     * journeys. For designs of thousands of runs whose tables read values alone, where a full result
     * (about 60 kB for the baseline) kept for every run would fill the memory.
     */
    public ReplicationResult valuesOnly() {
        return new ReplicationResult(scenario, policy, seed, replication, values, List.of(), events, ordersSimulated);
    }

    /** Company-wide value of a measure. */
    public double value(Measure measure) {
        return values.get(measure.key());
    }

    /** Value of a measure for one segment, or NaN when not reported. */
    public double value(Measure measure, String segment) {
        return values.getOrDefault(segmentKey(measure, segment), Double.NaN);
    }

    /** Key of a per-segment value. */
    public static String segmentKey(Measure measure, String segment) {
        return measure.key() + "[" + segment + "]";
    }

    /** Key of a per-step time value; kind is queue, processing, unattended or closed. */
    public static String stepTimeKey(String step, String kind) {
        return "step_time[" + step + "." + kind + "]";
    }
}
