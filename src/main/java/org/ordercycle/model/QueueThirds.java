package org.ordercycle.model;

/**
 * The time-average length of a queue in the first and the last third of the measured period
 * (after the warm-up): a queue that grows through the run is longer in the last third. The
 * owner reports the length each time it may have changed; the level holds until the next report.
 */
final class QueueThirds {
    private final double from;
    private final double third;
    private final double[] area = new double[3];
    private double lastTime;
    private int level;

    QueueThirds(double warmup, double end) {
        this.from = warmup;
        this.third = (end - warmup) / 3;
        this.lastTime = 0;
    }

    /** The queue holds {@code length} jobs from time t on. */
    void level(double t, int length) {
        accumulate(t);
        level = length;
    }

    private void accumulate(double t) {
        if (level != 0 && third > 0) {
            for (int k = 0; k < 3; k++) {
                double a = Math.max(lastTime, from + k * third);
                double b = Math.min(t, from + (k + 1) * third);
                if (b > a) {
                    area[k] += level * (b - a);
                }
            }
        }
        lastTime = Math.max(lastTime, t);
    }

    /** Time-average jobs waiting in the first third of [warm-up, end]; call once, at the end. */
    double first(double end) {
        accumulate(end);
        return third > 0 ? area[0] / third : Double.NaN;
    }

    /** Time-average jobs waiting in the last third of [warm-up, end]. */
    double last(double end) {
        accumulate(end);
        return third > 0 ? area[2] / third : Double.NaN;
    }
}
