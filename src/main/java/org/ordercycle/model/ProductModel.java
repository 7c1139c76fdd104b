package org.ordercycle.model;

import java.util.ArrayDeque;
import java.util.function.Supplier;
import org.ordercycle.engine.Sampler;
import org.ordercycle.scenario.Product;
import org.ordercycle.scenario.TimeUnit;
import org.ordercycle.stats.TimeAverage;

/** A product at run time: its stock, its backorders and what planning tracks about it. */
public final class ProductModel {
    final Product spec;
    final int index;
    LineModel line;
    final Sampler changeoverTime;
    final Sampler installTime;
    final boolean makeToStock;
    final TimeAverage stock;
    /** Orders waiting for stock, oldest first (make-to-stock). */
    final ArrayDeque<Order> backorders = new ArrayDeque<>();
    int backorderedUnits;
    /** Units ordered from the line for stock and not yet produced. */
    double onOrder;
    /** Units ordered by customers in the current planning period. */
    double periodDemand;
    /** Units asked for by leads in the current planning period, placed or not. */
    double periodLeadUnits;
    /** Units asked for by segment leads now in sales' pipeline (seen, not yet quoted or dropped). */
    double openLeadUnits;
    /** Units asked for by leads service visits passed on, now in sales' pipeline. */
    double openServiceLeadUnits;
    double periodProduced;
    double periodOrdered;
    double forecastForPeriod = Double.NaN;
    double planForPeriod = Double.NaN;
    private Supplier<String> planReason = () -> "no plan yet";

    ProductModel(Product spec, int index, TimeUnit unit, double warmup) {
        this.spec = spec;
        this.index = index;
        this.changeoverTime = Sampler.duration(spec.changeoverTime(), unit);
        this.installTime = Sampler.duration(spec.installTime(), unit);
        this.makeToStock = spec.strategy() == Product.Strategy.makeToStock;
        this.stock = new TimeAverage(warmup, spec.initialStock());
    }

    /** The product as the scenario describes it. */
    public Product spec() {
        return spec;
    }

    /** Working days of installation at the customer. */
    public Sampler installTime() {
        return installTime;
    }

    /** True when the product is made to stock. */
    public boolean makeToStock() {
        return makeToStock;
    }

    /** Adds {@code units} (negative to take them) to the stock at {@code now}. */
    public void addStock(double now, int units) {
        stock.add(now, units);
    }

    /** The order waits for {@code units} units of stock, behind the backorders before it. */
    public void backorder(Order o, int units) {
        backorders.add(o);
        backorderedUnits += units;
    }

    /** The backorder waiting longest, or null when none waits. */
    public Order oldestBackorder() {
        return backorders.peek();
    }

    /** {@code units} units of stock went to backorders. */
    public void backorderServed(int units) {
        backorderedUnits -= units;
    }

    /** The oldest backorder has all its units. */
    public void removeOldestBackorder() {
        backorders.poll();
    }

    /** The id of the line that makes the product. */
    public String lineId() {
        return line.spec.id();
    }

    /** Days of work queued and running on the product's line, at its committed regular hours. */
    public double lineLoadDays() {
        return line.loadDays();
    }

    /** Units asked for by leads now in sales' pipeline change by {@code units} (negative when they leave it). */
    public void addOpenLeadUnits(boolean fromService, int units) {
        if (fromService) {
            openServiceLeadUnits += units;
        } else {
            openLeadUnits += units;
        }
    }

    /** Customers ordered {@code units} units in the current planning period. */
    public void addDemand(int units) {
        periodDemand += units;
    }

    /** The product's position in the scenario, from 0. */
    public int index() {
        return index;
    }

    /** Working days to set the line up for the product. */
    public Sampler changeoverTime() {
        return changeoverTime;
    }

    /** Units asked for by segment leads now in sales' pipeline. */
    public double openLeadUnits() {
        return openLeadUnits;
    }

    /** Units asked for by leads service visits passed on, now in sales' pipeline. */
    public double openServiceLeadUnits() {
        return openServiceLeadUnits;
    }

    /** Units ordered from the line for stock and not yet produced. */
    public double onOrder() {
        return onOrder;
    }

    /** Planning orders {@code units} units from the line for stock. */
    public void orderReplenishment(int units) {
        onOrder += units;
        periodOrdered += units;
    }

    /** The forecast handed to production for the current period. */
    public double forecastForPeriod() {
        return forecastForPeriod;
    }

    public void setForecast(double units) {
        forecastForPeriod = units;
    }

    /** The production plan of the current period. */
    public double planForPeriod() {
        return planForPeriod;
    }

    public void setPlan(double units) {
        planForPeriod = units;
    }

    /** Why the current period's plan (and stock order) is what it is, for a trace; built only when asked. */
    public Supplier<String> planReason() {
        return planReason;
    }

    public void setPlanReason(Supplier<String> reason) {
        planReason = reason;
    }

    /** Units ordered by customers in the current planning period. */
    public double periodDemand() {
        return periodDemand;
    }

    /** Units asked for by leads in the current planning period, placed or not. */
    public double periodLeadUnits() {
        return periodLeadUnits;
    }

    /** Units ordered from the line for stock in the current planning period. */
    public double periodOrdered() {
        return periodOrdered;
    }

    /** Good units made in the current planning period. */
    public double periodProduced() {
        return periodProduced;
    }

    /** The planning period ended: its counters start again. */
    public void closePeriod() {
        periodDemand = 0;
        periodLeadUnits = 0;
        periodOrdered = 0;
        periodProduced = 0;
    }

    /** The line that makes the product. */
    public LineModel line() {
        return line;
    }

    /** Units backordered by customers and not yet served. */
    public int backorderedUnits() {
        return backorderedUnits;
    }

    /** The line made {@code units} good units of the product in the current planning period. */
    public void addProduced(int units) {
        periodProduced += units;
    }

    /** A replenishment of {@code units} units, ordered for stock, arrives in stock at {@code now}. */
    public void replenished(double now, int units) {
        onOrder -= units;
        stock.add(now, units);
    }

    /** Units in stock. */
    public int onHand() {
        return (int) Math.round(stock.value());
    }

    /** Hours of line time to make {@code units} good units (scrap included), without set-up. */
    public double hoursFor(double units) {
        return units / (1 - spec.scrapRate()) / spec.ratePerHour();
    }
}
