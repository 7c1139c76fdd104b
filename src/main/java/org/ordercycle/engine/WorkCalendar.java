package org.ordercycle.engine;

import org.ordercycle.scenario.Calendar;

/**
 * Working time: days 0..daysPerWeek-1 of each week (day 0 is a Monday at time 0) are open
 * from shiftStartHour for hoursPerDay hours, cut at midnight. Times are in days.
 * Pure functions; thread safe.
 */
public final class WorkCalendar {
    /** A calendar that is always open. */
    public static final WorkCalendar ALWAYS = new WorkCalendar(7, 0, 24);

    private final int daysPerWeek;
    private final double open;  // fraction of the day
    private final double close; // fraction of the day
    private final boolean always;

    public WorkCalendar(int daysPerWeek, double shiftStartHour, double hoursPerDay) {
        this.daysPerWeek = daysPerWeek;
        this.open = shiftStartHour / 24.0;
        this.close = Math.min(1.0, (shiftStartHour + hoursPerDay) / 24.0);
        this.always = daysPerWeek >= 7 && open == 0 && close >= 1.0;
    }

    /** The calendar a scenario declares. */
    public static WorkCalendar of(Calendar c) {
        return c.roundTheClock() ? ALWAYS : new WorkCalendar(c.daysPerWeek(), c.shiftStartHour(), c.hoursPerDay());
    }

    /** True when every instant is working time. */
    public boolean always() {
        return always;
    }

    /** Open working hours per calendar day, on average over a week. */
    public double workingDaysPerDay() {
        return always ? 1.0 : daysPerWeek / 7.0 * (close - open);
    }

    /** True when day {@code day} (an integer count from 0) is a working day. */
    public boolean workingDay(long day) {
        return always || Math.floorMod(day, 7) < daysPerWeek;
    }

    /**
     * Times from here on (about 2.7 billion years) are beyond any run and are only compared: the
     * calendar treats them as open. Day arithmetic would also stop working further out, where
     * adding a day no longer changes a double (2^53 days).
     */
    static final double FAR = 1e12;

    /** True from {@link #FAR} on (and for NaN): a time the calendar treats as open. */
    private static boolean beyondAnyRun(double t) {
        return !(t < FAR);
    }

    /** The time {@code work} days of working time after {@code start}, skipping closed time. */
    public double finish(double start, double work) {
        if (always || work <= 0) {
            return start + Math.max(0, work);
        }
        double t = start;
        double left = work;
        // whole weeks at once: the pattern repeats every week, so a long job does not walk day by day
        double perWeek = daysPerWeek * (close - open);
        if (left / perWeek > 1e6 || beyondAnyRun(start)) {
            return start + 7 * left / perWeek; // thousands of years away: beyond any run, precision is moot
        }
        if (left > 2 * perWeek) {
            double weeks = Math.floor(left / perWeek) - 1;
            t += 7 * weeks;
            left -= weeks * perWeek;
        }
        while (true) {
            t = nextOpen(t);
            double end = Math.floor(t) + close;
            double available = end - t;
            if (left <= available) {
                return t + left;
            }
            if (available > 0) {
                left -= available;
            }
            t = nextDayStart(t); // also steps over an instant that rounding left at closing time
        }
    }

    /** The first working instant at or after {@code t}. */
    public double nextOpen(double t) {
        if (always || beyondAnyRun(t)) {
            return t;
        }
        double day = Math.floor(t);
        double frac = t - day;
        if (workingDay((long) day) && frac >= open && frac < close - 1e-12) {
            return t;
        }
        if (workingDay((long) day) && frac < open) {
            return day + open;
        }
        double d = day + 1;
        while (!workingDay((long) d)) {
            d++;
        }
        return d + open;
    }

    /** Start of the working window of the next working day strictly after day {@code day}. */
    public double nextDayStart(double day) {
        if (beyondAnyRun(day)) {
            return day + 1;
        }
        double d = Math.floor(day) + 1;
        while (!workingDay((long) d)) {
            d++;
        }
        return d + (always ? 0 : open);
    }

    /** Fraction of the day at which the shift opens. */
    public double openFraction() {
        return always ? 0 : open;
    }

    /** Working days in [from, to) (whole days counted by their start). */
    public int workingDaysBetween(double from, double to) {
        int n = 0;
        for (long d = (long) Math.ceil(from); d < to; d++) {
            if (workingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Working time (in days) between {@code from} and {@code to}: the hours a person on this
     * calendar is at work, and paid, over that interval.
     */
    public double workingTimeBetween(double from, double to) {
        if (to <= from) {
            return 0;
        }
        if (always) {
            return to - from;
        }
        double total = 0;
        for (long day = (long) Math.floor(from); day < to; day++) {
            if (workingDay(day)) {
                double a = Math.max(from, day + open);
                double b = Math.min(to, day + close);
                total += Math.max(0, b - a);
            }
        }
        return total;
    }
}
