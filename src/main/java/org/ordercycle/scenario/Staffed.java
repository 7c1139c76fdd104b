package org.ordercycle.scenario;

/** A department's staff, the time one of them spends on one order, and what an hour of it costs. */
@Doc("A staffed department")
public record Staffed(
        @Doc("Number of staff (parallel servers)") @Default("1") @Range(min = 1, max = 10000) int staff,
        @Doc("Handling time of one order (working time)") @Default("{dist: deterministic, value: 0}") Dist handling,
        @Doc("Cost of one hour of work") @Default("50") @Range(min = 0) double wagePerHour,
        @Doc("Works round the clock instead of following the company calendar") @Default("false")
        boolean roundTheClock) {
}
