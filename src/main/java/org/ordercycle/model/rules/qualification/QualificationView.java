package org.ordercycle.model.rules.qualification;

/**
 * What sales knows about a new lead when it decides whether to pursue it.
 *
 * @param quantity      units the lead asks for
 * @param lineLoadDays  days of work queued on the line that would make it; only a rule that hears
 *                      from production (capacity-info) reads it
 */
public record QualificationView(int quantity, double lineLoadDays) {
}
