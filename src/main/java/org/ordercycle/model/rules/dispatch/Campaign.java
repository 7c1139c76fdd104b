package org.ordercycle.model.rules.dispatch;

/**
 * Siloed production: expedites first; otherwise stay on the product set up until the campaign
 * has run {@code campaignDays} days of regular hours, then switch to the product with the most
 * hours of work waiting (the first such product in arrival order on a tie), taking its oldest job.
 */
public record Campaign(double campaignDays) implements DispatchRule {

    @Override
    public Dispatch choose(DispatchView v) {
        int expedited = Dispatch.firstExpedited(v);
        if (expedited >= 0) {
            return new Dispatch(expedited, DispatchReason.EXPEDITED);
        }
        int setup = v.setup();
        if (setup >= 0 && v.campaignHours() < campaignDays * v.regularHoursPerDay()) {
            for (int i = 0; i < v.jobs(); i++) {
                if (v.product(i) == setup) {
                    return new Dispatch(i, DispatchReason.CAMPAIGN_GOES_ON);
                }
            }
        }
        double[] work = new double[v.products()];
        int biggest = -1;
        for (int i = 0; i < v.jobs(); i++) {
            int p = v.product(i);
            work[p] += v.hours(i);
            if (biggest < 0 || work[p] > work[biggest]) {
                biggest = p;
            }
        }
        for (int i = 0; i < v.jobs(); i++) {
            if (v.product(i) == biggest) {
                return new Dispatch(i, DispatchReason.LARGEST_BACKLOG);
            }
        }
        return new Dispatch(0, DispatchReason.FIRST_COME);
    }
}
