package org.ordercycle.scenario;

/** The families of probability distribution a scenario may use, and the parameters each needs. */
public enum DistKind {
    deterministic("value"),
    exponential("mean"),
    uniform("min, max"),
    triangular("min, mode, max"),
    normal("mean, sd; optional min (default 0) and max: truncated to [min, max]"),
    lognormal("mean, sd (of the variable itself, not of its logarithm)"),
    gamma("mean, sd"),
    empirical("values, optional weights (default equal)");

    private final String parameters;

    DistKind(String parameters) {
        this.parameters = parameters;
    }

    /** The parameters this family needs, for documentation and error messages. */
    public String parameters() {
        return parameters;
    }
}
