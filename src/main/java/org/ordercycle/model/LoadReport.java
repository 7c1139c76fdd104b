package org.ordercycle.model;

import java.util.Map;
import org.ordercycle.stats.Overload;

/**
 * The queue statistics and load of every department (each watched by its {@link LoadProbe}) and
 * of every production line, put into the result at the end of a replication.
 */
final class LoadReport {
    private LoadReport() {
    }

    /** Each department's queueing statistics. */
    static void queues(Company c, Map<String, Double> v) {
        for (Department d : c.departments) {
            for (Map.Entry<String, Double> e : d.queueingStats(c.end).entrySet()) {
                v.put("department[" + d.name.replace(' ', '-') + "." + e.getKey() + "]", e.getValue());
            }
        }
    }

    /** Utilisation and queue growth of every department and line (see {@link Overload}). */
    static void loads(Company c, Map<String, Double> v) {
        for (Department d : c.departments) {
            v.put(Overload.departmentKey(d.name, Overload.UTILISATION), d.load.utilisation());
            v.put(Overload.departmentKey(d.name, Overload.QUEUE_FIRST), d.load.queueFirst());
            v.put(Overload.departmentKey(d.name, Overload.QUEUE_LAST), d.load.queueLast());
        }
        for (LineModel l : c.lines) {
            // against the most the line can open (regular and overtime), not the hours the plan
            // committed: a plan commits about what it needs, so a high share of those is no overload
            double most = c.calendar.workingDaysBetween(c.warmup, c.end)
                    * (l.spec.maxRegularHoursPerDay() + l.spec.maxOvertimeHoursPerDay());
            double u = most > 0 ? Math.min(1, l.busyHoursAfterWarmup / most) : Double.NaN;
            v.put(Overload.lineKey(l.spec.id(), Overload.UTILISATION), u);
            v.put(Overload.lineKey(l.spec.id(), Overload.QUEUE_FIRST), l.waiting.first(c.end));
            v.put(Overload.lineKey(l.spec.id(), Overload.QUEUE_LAST), l.waiting.last(c.end));
        }
    }
}
