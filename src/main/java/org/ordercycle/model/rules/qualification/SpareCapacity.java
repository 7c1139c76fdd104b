package org.ordercycle.model.rules.qualification;

import static org.ordercycle.model.rules.SalesFormat.fmt;

/**
 * Sales hears from production which lines have spare capacity (capacity-info): a small lead is
 * still pursued when its line is idle (below {@code idleLoadDays}), and a flexible customer whose
 * line is congested (above {@code congestedLoadDays}) is steered to the least loaded uncongested
 * line of the same family (the first in product order on a tie).
 */
public record SpareCapacity(double minQualifiedSize, double idleLoadDays, double congestedLoadDays)
        implements QualificationRule {

    @Override
    public Qualification qualify(QualificationView v) {
        if (v.quantity() >= minQualifiedSize) {
            return new Qualification(true, null);
        }
        if (v.lineLoadDays() < idleLoadDays) {
            return new Qualification(true, () -> "small lead pursued: production reports spare capacity on its line");
        }
        return new SizeOnly(minQualifiedSize).qualify(v);
    }

    @Override
    public Steering steer(SteeringView v) {
        if (!v.flexible() || v.lineLoadDays() <= congestedLoadDays) {
            return Steering.KEPT;
        }
        int best = Steering.KEEP;
        for (int i = 0; i < v.alternatives().size(); i++) {
            double load = v.alternatives().get(i).lineLoadDays();
            if (load < congestedLoadDays && (best == Steering.KEEP || load < v.alternatives().get(best).lineLoadDays())) {
                best = i;
            }
        }
        if (best == Steering.KEEP) {
            return Steering.KEPT;
        }
        String to = v.alternatives().get(best).product();
        return new Steering(best, () -> "line of " + v.product() + " congested (" + fmt(v.lineLoadDays())
                + " days of work): flexible customer steered to " + to);
    }
}
