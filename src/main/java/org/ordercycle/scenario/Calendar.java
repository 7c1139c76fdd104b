package org.ordercycle.scenario;

/** Working days and hours. Use {@code daysPerWeek: 7, hoursPerDay: 24} for a round-the-clock system. */
@Doc("Working calendar: days 0..daysPerWeek-1 of every week are worked from shiftStartHour for hoursPerDay hours")
public record Calendar(
        @Doc("Working days per week (Monday first)") @Default("5") @Range(min = 1, max = 7) int daysPerWeek,
        @Doc("Hour of the day the shift starts") @Default("8") @Range(min = 0, max = 24, maxExclusive = true)
        double shiftStartHour,
        @Doc("Length of the working day in hours") @Default("8") @Range(min = 0, max = 24, minExclusive = true)
        double hoursPerDay) {

    /** True when every instant is working time. */
    public boolean roundTheClock() {
        return daysPerWeek == 7 && hoursPerDay >= 24;
    }
}
