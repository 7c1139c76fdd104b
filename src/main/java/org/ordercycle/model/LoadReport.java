package org.ordercycle.model;

import java.util.List;
import java.util.Map;
import org.ordercycle.engine.WorkCalendar;
import org.ordercycle.stats.Overload;

/**
 * The queue statistics and load of every department (each watched by its {@link LoadProbe}) and
 * of every production line, put into the result at the end of a replication. The lists fill as
 * the company is built; they are read only at the end.
 */
final class LoadReport {
    private final List<Department> departments;
    private final List<LineModel> lines;
    private final WorkCalendar calendar;
    private final double warmup;
    private final double end;

    LoadReport(List<Department> departments, List<LineModel> lines, WorkCalendar calendar, double warmup, double end) {
        this.departments = departments;
        this.lines = lines;
        this.calendar = calendar;
        this.warmup = warmup;
        this.end = end;
    }

    /** Each department's queueing statistics, then the load of every department and line. */
    void put(Map<String, Double> v) {
        queues(v);
        loads(v);
    }

    private void queues(Map<String, Double> v) {
        for (Department d : departments) {
            for (Map.Entry<String, Double> e : d.queueingStats(end).entrySet()) {
                v.put("department[" + d.name.replace(' ', '-') + "." + e.getKey() + "]", e.getValue());
            }
        }
    }

    /** Utilisation and queue growth of every department and line (see {@link Overload}). */
    private void loads(Map<String, Double> v) {
        for (Department d : departments) {
            v.put(Overload.departmentKey(d.name, Overload.UTILISATION), d.load.utilisation());
            v.put(Overload.departmentKey(d.name, Overload.QUEUE_FIRST), d.load.queueFirst());
            v.put(Overload.departmentKey(d.name, Overload.QUEUE_LAST), d.load.queueLast());
        }
        for (LineModel l : lines) {
            // against the most the line can open (regular and overtime), not the hours the plan
            // committed: a plan commits about what it needs, so a high share of those is no overload
            double most = calendar.workingDaysBetween(warmup, end)
                    * (l.spec.maxRegularHoursPerDay() + l.spec.maxOvertimeHoursPerDay());
            double u = most > 0 ? Math.min(1, l.busyHoursAfterWarmup / most) : Double.NaN;
            v.put(Overload.lineKey(l.spec.id(), Overload.UTILISATION), u);
            v.put(Overload.lineKey(l.spec.id(), Overload.QUEUE_FIRST), l.waiting.first(end));
            v.put(Overload.lineKey(l.spec.id(), Overload.QUEUE_LAST), l.waiting.last(end));
        }
    }
}
