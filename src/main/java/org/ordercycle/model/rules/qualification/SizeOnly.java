package org.ordercycle.model.rules.qualification;

import static org.ordercycle.model.rules.SalesFormat.fmt;

/**
 * Siloed sales: pursues a lead when it is large enough and never hears which lines are busy, so
 * it never steers a customer.
 */
public record SizeOnly(double minQualifiedSize) implements QualificationRule {

    @Override
    public Qualification qualify(QualificationView v) {
        if (v.quantity() >= minQualifiedSize) {
            return new Qualification(true, null);
        }
        return new Qualification(false, () -> "not pursued: " + v.quantity() + " units is below sales' threshold of "
                + fmt(minQualifiedSize));
    }

    @Override
    public Steering steer(SteeringView v) {
        return Steering.KEPT;
    }
}
