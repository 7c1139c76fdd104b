package org.ordercycle.scenario;

/**
 * A parameter of the scenario that no source pins down, with the range it may plausibly take.
 * {@code ordercycle robustness} varies every one of them over its range and reports in which share
 * of that range each headline conclusion holds.
 */
@Doc("A parameter nobody measured, and the range it plausibly takes")
public record Assumption(
        @Doc("Path of a numeric field of this scenario, as for --param (e.g. steps.entry.errorPerKeying)") String path,
        @Doc("Lowest plausible value") double low,
        @Doc("Highest plausible value") double high,
        @Doc("Why this range: what it is based on") @Default("\"\"") String why) {
}
