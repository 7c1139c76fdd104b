package org.ordercycle.verify;

import org.ordercycle.experiment.Estimate;

/**
 * The outcome of one check of the engine against a closed form: the theoretical value, the
 * simulation's estimate of the same quantity over independent replications (mean and 99%
 * Student-t interval), where the closed form comes from, and the verdict. Immutable.
 *
 * @param name     what is checked, e.g. {@code M/M/3 wait in queue at sales (days)}
 * @param theory   the value theory gives, in the unit of the estimate
 * @param estimate the simulation's mean and 99% interval over replications
 * @param source   the closed form and its reference, and the rule behind the verdict when it is
 *                 not "theory inside the 99% interval"
 * @param passed   the verdict
 */
public record Check(String name, double theory, Estimate estimate, String source, boolean passed) {

    /** The usual rule: the theoretical value lies inside the simulation's interval. */
    public static Check inside(String name, double theory, Estimate estimate, String source) {
        return new Check(name, theory, estimate, source, contains(estimate, theory));
    }

    /**
     * For a closed form that only approximates the simulated quantity, whose exact value is known:
     * the approximation lies inside the simulation's interval widened on each side by the
     * approximation's own error, |exact - approximation|. Without the widening, enough
     * replications would always reject an approximation, however good.
     */
    public static Check insideApproximation(String name, double approximation, double exact, Estimate estimate,
                                            String source) {
        double error = Math.abs(exact - approximation);
        return new Check(name, approximation, estimate, String.format(java.util.Locale.ROOT,
                "%s; passes when it lies within the interval widened by the approximation's error here, %.4f", source,
                error), contains(estimate, approximation, error));
    }

    /** True when {@code value} lies inside the estimate's interval (a zero-width interval included). */
    static boolean contains(Estimate e, double value) {
        return contains(e, value, 0);
    }

    /** True when {@code value} lies inside the estimate's interval widened by {@code margin} on each side. */
    private static boolean contains(Estimate e, double value, double margin) {
        return e.n() >= 2 && !Double.isNaN(e.halfWidth()) && e.low() - margin <= value && value <= e.high() + margin;
    }
}
