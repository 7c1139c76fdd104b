package org.ordercycle.model.rules.forecast;

/** Mean of the last {@code periods} values (fewer while the series is shorter). */
public record MovingAverage(int periods) implements Smoother {

    public MovingAverage {
        if (periods < 1) {
            throw new IllegalArgumentException("periods must be >= 1, was " + periods);
        }
    }

    @Override
    public double level(double[] series, double fallback) {
        int n = Math.min(periods, series.length);
        if (n == 0) {
            return fallback;
        }
        double sum = 0;
        for (int i = series.length - n; i < series.length; i++) {
            sum += series[i];
        }
        return sum / n;
    }
}
