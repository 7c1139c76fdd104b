package org.ordercycle.model.rules.forecast;

/**
 * Simple exponential smoothing: level = alpha x newest + (1 - alpha) x previous level, started at
 * the first value of the series.
 */
public record ExponentialSmoothing(double alpha) implements Smoother {

    public ExponentialSmoothing {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1], was " + alpha);
        }
    }

    @Override
    public double level(double[] series, double fallback) {
        if (series.length == 0) {
            return fallback;
        }
        double level = series[0];
        for (int i = 1; i < series.length; i++) {
            level += alpha * (series[i] - level);
        }
        return level;
    }
}
