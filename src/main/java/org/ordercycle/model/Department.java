package org.ordercycle.model;

import java.util.function.Consumer;
import org.ordercycle.engine.WorkCalendar;
import org.ordercycle.stats.Ledger;
import org.ordercycle.stats.TimeAverage;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * A staffed department: c identical servers working inside a calendar, a queue ordered by
 * priority then arrival, and a hand-off to whatever comes next. Work is given in days of
 * working time; the calendar stretches it over closed hours. Reports labour, queue wait and
 * processing time of each job; the number of jobs present is tracked for Little's law.
 */
public final class Department {
    final String name;
    private final Simulator sim;
    private final int staff;
    private final WorkCalendar calendar;
    private final double wagePerDay;
    private final Ledger ledger;
    private final WaitingJobs queue = new WaitingJobs();
    private int busy;
    private long sequence;
    private final TimeAverage inSystem;
    private double workDone;
    private double costBookedAside; // work booked to accounts other than handling labour, after the warm-up
    private final double warmup;
    private long arrivals;       // after the warm-up
    private long departures;     // of jobs that arrived after the warm-up
    private long started;        // jobs that arrived after the warm-up and began service
    private double waitSum;      // their queue waits
    private double sojournSum;   // queue + service of jobs that arrived after the warm-up
    /** Utilisation and queue growth after the warm-up. */
    final LoadProbe load;
    // Each job's own time inside the window [warm-up, end], for Little's law on a finite window:
    private double windowTime;   // of the jobs that left after the warm-up
    private long present;        // jobs present now
    private double entrySum;     // sum over present jobs of max(arrival, warm-up)

    Department(String name, Simulator sim, int staff, WorkCalendar calendar, double wagePerHour, Ledger ledger,
               TimeAverage inSystem, double warmup, double end) {
        this.name = name;
        this.sim = sim;
        this.staff = staff;
        this.calendar = calendar;
        this.wagePerDay = wagePerHour * 24;
        this.ledger = ledger;
        this.inSystem = inSystem;
        this.warmup = warmup;
        this.load = new LoadProbe(staff, calendar, warmup, end);
    }

    /**
     * The order joins the queue at {@code priority} (higher first); {@code work} days of working
     * time later (after waiting for a server) {@code next} receives it.
     */
    public void submit(Order order, Step step, double work, double priority, Ledger.Account account, Consumer<Order> next) {
        order.receive(sim.time(), name, step);
        enqueue(order, step, work, priority, account, next);
    }

    /**
     * Like {@link #submit}, for work on an order that runs beside its main flow (billing while
     * goods travel, an escalation while the job waits on its line): the owner does not change.
     */
    public void submitAside(Order order, Step step, double work, double priority, Ledger.Account account,
                     Consumer<Order> next) {
        enqueue(order, step, work, priority, account, next);
    }

    /**
     * Like {@link #submitAside}, for work that must not count in the order's step times because
     * the order is counted elsewhere meanwhile (marketing escalates an order waiting on its line).
     */
    public void submitUntracked(Order order, Step step, double work, double priority, Ledger.Account account,
                         Consumer<Order> next) {
        enqueue(order, step, work, priority, account, next, false);
    }

    private void enqueue(Order order, Step step, double work, double priority, Ledger.Account account,
                         Consumer<Order> next) {
        enqueue(order, step, work, priority, account, next, true);
    }

    /**
     * Work of the department's own that belongs to no order (a planning meeting, reading the
     * capacity and stock reports): it takes the next free person before any waiting order, so it
     * costs capacity as well as its share of the paid shift, booked to {@code account}.
     */
    public void occupy(Step step, double work, Ledger.Account account) {
        enqueue(null, step, work, Double.MAX_VALUE, account, NOTHING, false);
    }

    private static final Consumer<Order> NOTHING = o -> { };

    private void enqueue(Order order, Step step, double work, double priority, Ledger.Account account,
                         Consumer<Order> next, boolean tracked) {
        Job job = new Job(sim, this, order, step, work, priority, account, sequence++, sim.time(), next, tracked);
        inSystem.add(sim.time(), 1);
        if (sim.time() >= warmup) {
            arrivals++;
        }
        present++;
        entrySum += Math.max(job.arrival, warmup);
        if (busy < staff) {
            start(job);
        } else {
            queue.add(job);
        }
        load.state(sim.time(), busy, queue.size());
    }

    private void start(Job job) {
        busy++;
        double now = sim.time();
        double begin = calendar.nextOpen(now); // a job taken after hours waits for the staff to arrive
        double end = calendar.finish(begin, job.work);
        Order o = job.order;
        if (job.tracked) {
            o.waited(job.step, name, job.arrival, begin);
            o.worked(job.step, name, begin, end, job.work); // working time only: the calendar stretched it
        }
        if (job.arrival >= warmup) {
            started++;
            waitSum += begin - job.arrival;
        }
        bookAside(job, now);
        workDone += job.work;
        job.schedule(end - now); // the job is its own completion event
    }

    private void complete(Job job) {
        busy--;
        inSystem.add(sim.time(), -1);
        if (job.arrival >= warmup) {
            departures++;
            sojournSum += sim.time() - job.arrival;
        }
        double entry = Math.max(job.arrival, warmup);
        if (sim.time() > warmup) {
            windowTime += sim.time() - entry;
        }
        present--;
        // exactly 0 when the department empties, so that rounding cannot build up over the run
        entrySum = present == 0 ? 0 : entrySum - entry;
        if (!queue.isEmpty()) {
            start(queue.poll());
        }
        load.state(sim.time(), busy, queue.size());
        job.next.accept(job.order);
    }

    /**
     * Staff are paid by the shift (see {@link Payroll}); the part of their time spent on rework,
     * returns or escalations is shown on those accounts, and the rest of the shift is handling.
     */
    private void bookAside(Job job, double now) {
        if (job.account != Ledger.Account.HANDLING_LABOUR && now >= warmup) {
            double cost = job.work * wagePerDay;
            ledger.charge(job.account, now, cost);
            costBookedAside += cost;
        }
    }

    /** What {@code paidStaff} people cost over the calendar's working time in [from, to). */
    double shiftCost(int paidStaff, double from, double to) {
        return paidStaff * calendar.workingTimeBetween(from, to) * wagePerDay;
    }

    /** Head count serving the queue. */
    int staff() {
        return staff;
    }

    /** Cost of work booked to accounts other than handling labour (part of the paid shifts). */
    double costBookedAside() {
        return costBookedAside;
    }

    /** Jobs waiting, not counting those being served. */
    int queueLength() {
        return queue.size();
    }

    /**
     * Queueing statistics after the warm-up, for checks against queueing theory and Little's law:
     * arrival rate per day, mean wait in queue and mean time in the department (days) of the jobs
     * that arrived after the warm-up and left, the time-average number of jobs present, and the
     * end effect (jobs): the time-average number of jobs present computed from each job's own time
     * inside the window (jobs present at its start or end included), minus arrival rate x mean
     * time, so that Little's law on the finite window reads in_system = arrival_rate x sojourn +
     * end_effect exactly (Stidham 1974).
     */
    java.util.Map<String, Double> queueingStats(double end) {
        java.util.Map<String, Double> v = new java.util.LinkedHashMap<>();
        double days = end - warmup;
        v.put("arrival_rate", arrivals / days);
        v.put("wait", started > 0 ? waitSum / started : Double.NaN);
        v.put("sojourn", departures > 0 ? sojournSum / departures : Double.NaN);
        v.put("in_system", inSystem.average(end));
        double jobsTime = windowTime + (present * end - entrySum); // the jobs still present count up to the end
        double lambdaW = arrivals == 0 ? 0 : departures > 0 ? arrivals / days * (sojournSum / departures) : Double.NaN;
        v.put("end_effect", jobsTime / days - lambdaW);
        return v;
    }

    /** Working days of handling done so far (all staff). */
    double workDone() {
        return workDone;
    }

    /** A job in the department; once started, it is also the event of its completion (one object per job). */
    static final class Job extends Event {
        /** The order of the waiting line: higher rank first, then first come, first served. */
        static final java.util.Comparator<Job> LINE_ORDER = (a, b) -> {
            int c = Double.compare(b.rank, a.rank);
            return c != 0 ? c : Long.compare(a.seq, b.seq);
        };

        private final Department department;
        final Order order;
        final Step step;
        final double work;
        /** The job's rank in the waiting line, higher first (not the event's priority, which SSJ keeps). */
        final double rank;
        final Ledger.Account account;
        final long seq;
        final double arrival;
        final Consumer<Order> next;
        final boolean tracked;

        Job(Simulator sim, Department department, Order order, Step step, double work, double rank, Ledger.Account account,
            long seq, double arrival, Consumer<Order> next, boolean tracked) {
            super(sim);
            this.department = department;
            this.order = order;
            this.step = step;
            this.work = work;
            this.rank = rank;
            this.account = account;
            this.seq = seq;
            this.arrival = arrival;
            this.next = next;
            this.tracked = tracked;
        }

        @Override
        public void actions() {
            department.complete(this);
        }
    }
}
