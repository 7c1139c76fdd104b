package org.ordercycle.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Departments and lines that a conclusion must not silently rest on: loaded beyond what their
 * staff or hours can carry, or with a queue that grows through the run. Each replication reports,
 * per department and line, its utilisation (busy staff time / open staff time after the warm-up)
 * and the time-average jobs waiting in the first and last thirds of the measured period, under
 * {@code department[billing.utilisation]}, {@code line[L1.queue_last]} and so on.
 *
 * <p>The growth criterion: the mean over replications of the last-third queue exceeds
 * {@link #GROWTH_FACTOR} times the first-third queue plus {@link #GROWTH_MIN_JOBS} jobs. For a
 * stable queue both thirds estimate the same steady-state mean, each a time average over a
 * third of the horizon (months, many busy periods), so doubling plus two jobs is far outside
 * its chance fluctuation; the floor keeps a nearly empty queue (0.3 jobs, then 0.8) quiet. A
 * queue that grows without bound from the end of the warm-up rises about linearly, so its
 * last third is (w + 5H/6) / (w + H/6) times its first: three times for the shipped scenarios'
 * warm-up w of a sixth of the horizon H, and above two for any w shorter than H/2.
 *
 * <p>A queue that grows without bound keeps its staff busy whenever they are open, from the
 * moment it starts growing: growth through the last two thirds leaves a utilisation above
 * {@link #GROWTH_MIN_UTILISATION}. A department that is busy less than that had idle hours in
 * which it worked its queue down; a longer last third there is a burst it absorbs (backorders
 * released together when stock arrives, a seasonal peak), not an unstable queue, and is not flagged.
 */
public final class Overload {
    /** Utilisation at or above which a department or line is flagged. */
    public static final double UTILISATION_LIMIT = 0.95;
    /** The last-third queue must exceed this multiple of the first-third queue... */
    public static final double GROWTH_FACTOR = 2;
    /** ...plus this many jobs, for the queue to count as growing. */
    public static final double GROWTH_MIN_JOBS = 2;
    /** ...and the department must be busy at least this share of its open hours. */
    public static final double GROWTH_MIN_UTILISATION = 0.85;

    public static final String UTILISATION = "utilisation";
    public static final String QUEUE_FIRST = "queue_first";
    public static final String QUEUE_LAST = "queue_last";
    /** Kinds of warning. */
    public static final String KIND_LOAD = "utilisation";
    public static final String KIND_GROWTH = "queue_growth";

    private static final String DEPARTMENT = "department[";
    private static final String LINE = "line[";

    private Overload() {
    }

    /** Value key of a department's figure, e.g. {@code department[order-entry.utilisation]}. */
    public static String departmentKey(String department, String what) {
        return DEPARTMENT + department.replace(' ', '-') + "." + what + "]";
    }

    /** Value key of a production line's figure, e.g. {@code line[L1.queue_last]}. */
    public static String lineKey(String line, String what) {
        return LINE + line + "." + what + "]";
    }

    /**
     * A department or line flagged under a policy.
     *
     * @param department  the department (e.g. {@code billing}) or {@code line L1}
     * @param kind        {@link #KIND_LOAD} or {@link #KIND_GROWTH}
     * @param utilisation mean over replications, in [0, 1]
     * @param queueFirst  mean jobs waiting in the first third of the measured period
     * @param queueLast   mean jobs waiting in the last third
     * @param staff       a department's own staff, when known (else 0)
     * @param staffToCarry the staff that would bring it to {@link #GROWTH_MIN_UTILISATION} busy or
     *                    less, when that is more than it has (else 0)
     */
    public record Warning(String department, String policy, String kind, double utilisation, double queueFirst,
                          double queueLast, int staff, int staffToCarry) {

        /** A warning without staffing advice (a line, or a department whose staff is not known here). */
        public Warning(String department, String policy, String kind, double utilisation, double queueFirst,
                       double queueLast) {
            this(department, policy, kind, utilisation, queueFirst, queueLast, 0, 0);
        }

        /**
         * This warning for a department of {@code staff} people (and {@code extra} that the policy
         * adds), with the staff that would bring its measured utilisation to at most
         * {@link #GROWTH_MIN_UTILISATION}, where no queue is flagged as growing.
         */
        public Warning withStaff(int staff, int extra) {
            int n = staffFor(utilisation, staff, extra, GROWTH_MIN_UTILISATION);
            return new Warning(department, policy, kind, utilisation, queueFirst, queueLast, staff, n > staff ? n : 0);
        }

        /** One plain sentence naming the department, the policy and the figures (and the staff it needs, when known). */
        public String sentence() {
            String load = String.format(java.util.Locale.ROOT, "%.0f%%", 100 * utilisation);
            String queue = String.format(java.util.Locale.ROOT, "%.1f jobs waiting in the first third of the run, "
                    + "%.1f in the last", queueFirst, queueLast);
            return (KIND_LOAD.equals(kind)
                    ? department + " is overloaded under " + policy + ": busy " + load + " of its open hours ("
                    + queue + "); figures of this policy rest on an overloaded queue"
                    : department + " has a growing queue under " + policy + " (" + queue + "; busy " + load
                    + "); figures of this policy rest on an unstable queue")
                    + (staffToCarry > 0 ? "; about " + staffToCarry + " staff instead of " + staff
                    + " would bring it to " + String.format(java.util.Locale.ROOT, "%.0f%%",
                    100 * GROWTH_MIN_UTILISATION) + " busy or less" : "");
        }
    }

    /**
     * The staff that would bring a department {@code load} busy, with its own {@code staff} and the
     * {@code extra} people a policy adds (who stay), to at most {@code target}; at least 1.
     */
    public static int staffFor(double load, int staff, int extra, double target) {
        return Math.max(1, (int) Math.ceil(load * (staff + extra) / target - 1e-9) - extra);
    }

    /** The warnings of one policy's replications, departments first, in result order. */
    public static List<Warning> warnings(String policy, List<ReplicationResult> replications) {
        List<Warning> list = new ArrayList<>();
        if (replications.isEmpty()) {
            return list;
        }
        for (Map.Entry<String, String> unit : units(replications.get(0)).entrySet()) {
            String prefix = unit.getKey();
            double u = mean(replications, prefix + UTILISATION + "]");
            double first = mean(replications, prefix + QUEUE_FIRST + "]");
            double last = mean(replications, prefix + QUEUE_LAST + "]");
            if (u >= UTILISATION_LIMIT) {
                list.add(new Warning(unit.getValue(), policy, KIND_LOAD, u, first, last));
            }
            if (growing(first, last, u)) {
                list.add(new Warning(unit.getValue(), policy, KIND_GROWTH, u, first, last));
            }
        }
        return list;
    }

    /** The growth criterion (see the class comment). */
    public static boolean growing(double first, double last, double utilisation) {
        return Double.isFinite(first) && Double.isFinite(last) && last > GROWTH_FACTOR * first + GROWTH_MIN_JOBS
                && utilisation >= GROWTH_MIN_UTILISATION;
    }

    /** Key prefix (up to the dot) -> name shown, for every department and line reporting a utilisation. */
    private static Map<String, String> units(ReplicationResult r) {
        Map<String, String> units = new LinkedHashMap<>();
        String suffix = "." + UTILISATION + "]";
        for (String key : r.values().keySet()) {
            if (key.endsWith(suffix) && (key.startsWith(DEPARTMENT) || key.startsWith(LINE))) {
                String prefix = key.substring(0, key.length() - UTILISATION.length() - 1);
                String name = key.substring(key.indexOf('[') + 1, key.length() - suffix.length());
                units.put(prefix, key.startsWith(LINE) ? "line " + name : name.replace('-', ' '));
            }
        }
        return units;
    }

    private static double mean(List<ReplicationResult> rs, String key) {
        double sum = 0;
        int n = 0;
        for (ReplicationResult r : rs) {
            double v = r.values().getOrDefault(key, Double.NaN);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
