package org.ordercycle.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.ordercycle.engine.WorkCalendar;
import org.ordercycle.scenario.Departments;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * Technicians grouped by skill. A visit needs one technician of each of several skills at the
 * same time (on-site assembly brings mechanics and electricians together); requests are served
 * in the order of {@link VisitPriority} (the more important customer first, then arrival),
 * skipping a request that cannot start yet so that others are not blocked.
 */
public final class SkillPool {
    /** The name the technicians' work on an order is reported under. */
    static final String TECHNICIANS = "technicians";
    private final Simulator sim;
    private final WorkCalendar calendar;
    private final List<Departments.Skill> skills;
    private final int[] free;
    private final List<Request> waiting = new ArrayList<>(); // kept in VisitPriority order
    private long sequence;

    public SkillPool(Simulator sim, WorkCalendar calendar, List<Departments.Skill> skills) {
        this.sim = sim;
        this.calendar = calendar;
        this.skills = skills;
        this.free = new int[skills.size()];
        for (int i = 0; i < free.length; i++) {
            free[i] = skills.get(i).technicians();
        }
    }

    /** What the technicians of every skill cost over the calendar's working time in [from, to). */
    public double shiftCost(double from, double to) {
        double hours = calendar.workingTimeBetween(from, to) * 24;
        double total = 0;
        for (Departments.Skill s : skills) {
            total += s.technicians() * hours * s.wagePerHour();
        }
        return total;
    }

    public boolean isEmpty() {
        return skills.isEmpty();
    }

    /** Indices of the skills with these ids (unknown ids are excluded by validation). */
    public int[] indices(List<String> ids) {
        if (ids.isEmpty()) {
            return skills.isEmpty() ? new int[0] : new int[] {0};
        }
        int[] idx = new int[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            for (int k = 0; k < skills.size(); k++) {
                if (skills.get(k).id().equals(ids.get(i))) {
                    idx[i] = k;
                }
            }
        }
        return idx;
    }

    /** Asks for one technician of every skill in {@code need} for {@code work} days of working time. */
    public void request(Order order, Step step, int[] need, double work, Consumer<Order> done) {
        Request r = new Request(order, step, need, work, done, sim.time(), sequence++);
        int at = 0;
        while (at < waiting.size() && VisitPriority.BY_IMPORTANCE.compare(waiting.get(at), r) <= 0) {
            at++;
        }
        waiting.add(at, r);
        tryStart();
    }

    private void tryStart() {
        Iterator<Request> it = waiting.iterator();
        while (it.hasNext()) {
            Request r = it.next();
            if (available(r.need)) {
                it.remove();
                start(r);
            }
        }
    }

    private boolean available(int[] need) {
        for (int s : need) {
            if (free[s] <= 0) {
                return false;
            }
        }
        return true;
    }

    private void start(Request r) {
        double now = sim.time();
        for (int s : r.need) {
            free[s]--; // technicians are paid by the shift (Payroll), not by the visit
        }
        double end = calendar.finish(now, r.work);
        r.order.waited(r.step, TECHNICIANS, r.arrival, now);
        r.order.worked(r.step, TECHNICIANS, now, end, r.work); // working time; the nights in between are closed time
        new Event(sim) {
            @Override
            public void actions() {
                for (int s : r.need) {
                    free[s]++;
                }
                tryStart();
                r.done.accept(r.order);
            }
        }.schedule(end - now);
    }

    record Request(Order order, Step step, int[] need, double work, Consumer<Order> done, double arrival, long seq) {
    }
}
