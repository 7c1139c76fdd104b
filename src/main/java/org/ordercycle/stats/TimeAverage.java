package org.ordercycle.stats;

/**
 * A time-weighted quantity (stock, work in progress, receivables): integrates its value over
 * time from the warm-up on, and over the whole run for Little's law checks. Streaming, O(1)
 * memory. Not thread safe.
 */
public final class TimeAverage {
    private final double warmup;
    private double value;
    private double last;
    private double area;       // integral from warm-up
    private double totalArea;  // integral from 0

    public TimeAverage(double warmup, double initial) {
        this.warmup = warmup;
        this.value = initial;
    }

    /** Changes the value by {@code delta} at {@code time} (times must not decrease). */
    public void add(double time, double delta) {
        advance(time);
        value += delta;
    }

    /** Sets the value at {@code time}. */
    public void set(double time, double newValue) {
        advance(time);
        value = newValue;
    }

    private void advance(double time) {
        if (time > last) {
            totalArea += value * (time - last);
            double from = Math.max(last, warmup);
            if (time > from) {
                area += value * (time - from);
            }
            last = time;
        }
    }

    public double value() {
        return value;
    }

    /** Time average over [warm-up, end]. */
    public double average(double end) {
        advance(end);
        return end > warmup ? area / (end - warmup) : Double.NaN;
    }

    /** Integral over [warm-up, end] (value x days). */
    public double integral(double end) {
        advance(end);
        return area;
    }

    /** Time average over [0, end]. */
    public double averageWholeRun(double end) {
        advance(end);
        return end > 0 ? totalArea / end : Double.NaN;
    }
}
