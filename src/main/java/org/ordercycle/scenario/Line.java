package org.ordercycle.scenario;

/** A production line; its products name it. */
@Doc("A production line")
public record Line(
        @Doc("Identifier, referenced by products") String id,
        @Doc("Most regular hours the line can be staffed per working day") @Default("16")
        @Range(min = 0, max = 24, minExclusive = true) double maxRegularHoursPerDay,
        @Doc("Fewest regular hours per working day that the plan may commit") @Default("4")
        @Range(min = 0, max = 24) double minRegularHoursPerDay,
        @Doc("Overtime hours per working day when the backlog exceeds regular capacity") @Default("4")
        @Range(min = 0, max = 24) double maxOvertimeHoursPerDay,
        @Doc("Cost of one committed regular line hour (staff and overhead), paid whether used or idle")
        @Default("400") @Range(min = 0) double costPerHour,
        @Doc("Cost multiplier of an overtime hour") @Default("1.5") @Range(min = 1) double overtimePremium) {
}
