package org.ordercycle.experiment;

/** Column names of the experiment tables, defined once. */
public final class Columns {
    public static final String SCENARIO = "scenario";
    public static final String POINT = "point";
    public static final String POLICY = "policy";
    public static final String REPLICATION = "replication";
    public static final String MEASURE = "measure";
    public static final String SEGMENT = "segment";
    public static final String VALUE = "value";
    public static final String N = "n";
    public static final String MEAN = "mean";
    public static final String SD = "sd";
    public static final String CI_LOW = "ci_low";
    public static final String CI_HIGH = "ci_high";
    public static final String HALF_WIDTH = "half_width";
    public static final String BASE = "base_policy";
    public static final String OTHER = "other_policy";
    public static final String DIFFERENCE = "mean_difference";
    public static final String RELATIVE_CHANGE = "relative_change";
    public static final String P_VALUE = "p_value";
    public static final String SIGNIFICANT = "significant";

    private Columns() {
    }
}
