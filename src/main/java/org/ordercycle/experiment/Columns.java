package org.ordercycle.experiment;

/** Column names of the experiment tables, defined once. */
public final class Columns {
    public static final String SCENARIO = "scenario";
    public static final String POINT = "point";
    public static final String POLICY = "policy";
    public static final String REPLICATION = "replication";
    public static final String MEASURE = "measure";
    /** The unit a measure is read in (units.csv). */
    public static final String UNIT = "unit";
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
    public static final String P_VALUE_ADJUSTED = "p_value_adjusted";
    public static final String ADJUSTMENT = "adjustment";
    public static final String SIGNIFICANT_ADJUSTED = "significant_adjusted";
    public static final String STATUS = "status";
    public static final String REPLICATIONS = "replications";
    public static final String MCB_LOW = "mcb_low";
    public static final String MCB_HIGH = "mcb_high";
    public static final String ELIMINATED_AT = "eliminated_at";
    public static final String ELIMINATED_BY = "eliminated_by";
    public static final String ELIMINATION = "elimination";
    public static final String BEHIND_BY = "behind_by";
    public static final String ALLOWANCE = "allowance";
    public static final String DAYS = "days";
    public static final String SHARE = "share";
    public static final String PERIOD = "period";
    public static final String START_DAY = "start_day";
    public static final String END_DAY = "end_day";
    public static final String PRODUCT = "product";
    public static final String SERIES_COLUMN = "series";
    public static final String JOURNEY = "journey";
    public static final String ORDER = "order";
    public static final String LANE = "lane";
    public static final String STEP = "step";
    public static final String OUTCOME = "outcome";

    private Columns() {
    }
}
