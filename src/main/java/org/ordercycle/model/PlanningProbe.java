package org.ordercycle.model;

import java.util.Map;
import org.ordercycle.stats.Measure;
import umontreal.ssj.stat.Tally;

/** Forecasts and production plans scored against demand, per period and product, and line use. */
final class PlanningProbe implements Probe {
    private final Company c;
    private double forecastSum;
    private double forecastAbsError;
    private double planSum;
    private double demandSum;
    private Tally[] periodDemand;
    private Tally[] periodOrders;

    PlanningProbe(Company c) {
        this.c = c;
    }

    /** Scores one product's forecast and plan against the demand of a period after the warm-up. */
    void period(ProductModel p, double demand, double forecast, double plan, double ordered) {
        if (periodDemand == null) { // products are known once the company is built
            periodDemand = new Tally[c.products.size()];
            periodOrders = new Tally[c.products.size()];
            for (int i = 0; i < periodDemand.length; i++) {
                periodDemand[i] = new Tally();
                periodOrders[i] = new Tally();
            }
        }
        forecastSum += forecast;
        forecastAbsError += Math.abs(forecast - demand);
        planSum += plan;
        demandSum += demand;
        periodDemand[p.index].add(demand);
        periodOrders[p.index].add(ordered);
    }

    /** Mean over make-to-stock products of Var(units ordered from the line) / Var(units demanded), per period. */
    private double varianceAmplification() {
        if (periodDemand == null) {
            return Double.NaN;
        }
        double sum = 0;
        int n = 0;
        for (ProductModel p : c.products) {
            Tally d = periodDemand[p.index];
            if (p.makeToStock && d.numberObs() > 2 && d.variance() > 0) {
                sum += periodOrders[p.index].variance() / d.variance();
                n++;
            }
        }
        return n > 0 ? sum / n : Double.NaN;
    }

    private double utilisation() {
        double busy = 0;
        double available = 0;
        for (LineModel l : c.lines) {
            busy += l.busyHoursAfterWarmup;
            available += l.availableHoursAfterWarmup;
        }
        return available > 0 ? Math.min(1, busy / available) : Double.NaN; // rounding may pass 1
    }

    @Override
    public void report(Map<Measure, Double> out) {
        out.put(Measure.FORECAST_BIAS, demandSum > 0 ? (forecastSum - demandSum) / demandSum : Double.NaN);
        out.put(Measure.FORECAST_ERROR, demandSum > 0 ? forecastAbsError / demandSum : Double.NaN);
        out.put(Measure.PLAN_BIAS, demandSum > 0 ? (planSum - demandSum) / demandSum : Double.NaN);
        out.put(Measure.CAPACITY_UTILISATION, utilisation());
        out.put(Measure.VARIANCE_AMPLIFICATION, varianceAmplification());
    }
}
