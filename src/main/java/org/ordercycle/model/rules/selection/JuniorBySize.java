package org.ordercycle.model.rules.selection;

import static org.ordercycle.model.rules.SalesFormat.fmt;

/**
 * Junior staff accept every order of at least {@code juniorMinSize} units, first come first
 * served, and promise the date sales quoted; they do not look at the line.
 */
public record JuniorBySize(double juniorMinSize) implements SelectionRule {

    @Override
    public Selection decide(SelectionView v) {
        if (v.quantity() < juniorMinSize) {
            return Selection.reject(Double.NaN, () -> "rejected by junior staff: " + v.quantity() + " units is below "
                    + fmt(juniorMinSize));
        }
        double promised = v.quotedDate();
        return new Selection(Selection.Verdict.ACCEPT, promised, 0, Double.NaN, () -> "accepted first come first served;"
                + " standard promise: day " + fmt(promised) + " (line load " + fmt(v.lineLoadDays()) + " days not looked at)");
    }
}
