package org.ordercycle.model.rules.forecast;

/** A statistical level of a series of past periods (oldest first), in the series' units. */
public interface Smoother {

    /** The level of the series; {@code fallback} when the series is empty. */
    double level(double[] series, double fallback);

    /** The smoother a scenario names: "movingAverage" over {@code periods}, or "exponentialSmoothing" with {@code alpha}. */
    static Smoother of(String method, int periods, double alpha) {
        return switch (method) {
            case "movingAverage" -> new MovingAverage(periods);
            case "exponentialSmoothing" -> new ExponentialSmoothing(alpha);
            default -> throw new IllegalArgumentException("unknown forecast method '" + method
                    + "'; allowed: movingAverage, exponentialSmoothing");
        };
    }
}
