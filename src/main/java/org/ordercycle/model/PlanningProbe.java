package org.ordercycle.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ordercycle.stats.Amplification;
import org.ordercycle.stats.Measure;
import umontreal.ssj.stat.Tally;

/** Forecasts and production plans scored against demand, per period and product, and line use. */
final class PlanningProbe implements Probe {
    /** The products and lines; the lists fill as the company is built, after this probe. */
    private final List<ProductModel> products;
    private final List<LineModel> lines;
    private final double periodDays;
    private double forecastSum;
    private double forecastAbsError;
    private double planSum;
    private double demandSum;
    private Tally[] periodDemand;
    private Tally[] periodOrders;
    private final List<double[]> demandSeries = new ArrayList<>(); // per period after the warm-up: units per product
    private final List<double[]> orderSeries = new ArrayList<>();  // same periods: units ordered from the line

    PlanningProbe(List<ProductModel> products, List<LineModel> lines, double periodDays) {
        this.products = products;
        this.lines = lines;
        this.periodDays = periodDays;
    }

    /** Scores one product's forecast and plan against the demand of a period after the warm-up. */
    void period(ProductModel p, double demand, double forecast, double plan, double ordered) {
        if (periodDemand == null) { // products are known once the company is built
            periodDemand = new Tally[products.size()];
            periodOrders = new Tally[products.size()];
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
        if (p.index == 0) { // products report in index order, the first opens the period's row
            demandSeries.add(new double[products.size()]);
            orderSeries.add(new double[products.size()]);
        }
        demandSeries.get(demandSeries.size() - 1)[p.index] = demand;
        orderSeries.get(orderSeries.size() - 1)[p.index] = ordered;
    }

    /**
     * Mean over make-to-stock products of the same ratio on quarterly sums (Bray and Mendelson's
     * aggregation); NaN when the measured run holds fewer than {@link Amplification#MIN_QUARTERS} quarters.
     */
    private double quarterlyAmplification() {
        int quarter = Amplification.periodsPerQuarter(periodDays);
        double sum = 0;
        int n = 0;
        for (ProductModel p : products) {
            if (!p.makeToStock) {
                continue;
            }
            double[] demand = demandSeries.stream().mapToDouble(row -> row[p.index]).toArray();
            double[] orders = orderSeries.stream().mapToDouble(row -> row[p.index]).toArray();
            double ratio = Amplification.ratio(demand, orders, quarter, Amplification.MIN_QUARTERS);
            if (Double.isNaN(ratio)) {
                return Double.NaN; // too few quarters, or flat demand: no mean over part of the stock
            }
            sum += ratio;
            n++;
        }
        return n > 0 ? sum / n : Double.NaN;
    }

    /** Mean over make-to-stock products of Var(units ordered from the line) / Var(units demanded), per period. */
    private double varianceAmplification() {
        if (periodDemand == null) {
            return Double.NaN;
        }
        double sum = 0;
        int n = 0;
        for (ProductModel p : products) {
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
        for (LineModel l : lines) {
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
        out.put(Measure.QUARTERLY_AMPLIFICATION, quarterlyAmplification());
    }
}
